package org.paintreatment.library.quality;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The checklist of one article: every question answered, the Flesch-Kincaid reading grade (null
 * when the article has no prose to measure), and the hype found.
 */
public record QualityReport(List<Check> checks, Double readingGrade, List<HypeFlag> hype) {

	/** Health information for the public should read at grade 8 or below (see /about/quality). */
	public static final double RECOMMENDED_GRADE = 8.0;

	public static final QualityReport NONE = new QualityReport(List.of(), null, List.of());

	private static final String CHECK = "check";

	private static final String HYPE = "hype";

	private static final Pattern WHITESPACE = Pattern.compile("\\s+");

	public QualityReport {
		checks = List.copyOf(checks);
		hype = List.copyOf(hype);
	}

	public long metCount() {
		return checks.stream().filter(Check::met).count();
	}

	public Optional<Check> check(Question question) {
		return checks.stream().filter(check -> check.question() == question).findFirst();
	}

	public boolean hardToRead() {
		return readingGrade != null && readingGrade > RECOMMENDED_GRADE;
	}

	/** The ids of the questions answered yes, space-separated, as the read model reads them. */
	public String metIds() {
		return checks.stream().filter(Check::met).map(check -> check.question().id()).collect(Collectors.joining(" "));
	}

	/**
	 * The checks and hype flags as the article's quality column holds them: one per line, fields
	 * separated by tabs, whitespace inside a field made single spaces.
	 */
	public String stored() {
		List<String> lines = new ArrayList<>();
		checks.forEach(check -> lines.add(line(CHECK, check.question().id(), check.answer().slug(), check.support())));
		hype.forEach(flag -> lines.add(line(HYPE, flag.phrase(), flag.sentence())));
		return String.join("\n", lines);
	}

	private static String line(String... fields) {
		List<String> clean = new ArrayList<>();
		for (String field : fields) {
			clean.add(WHITESPACE.matcher(field == null ? "" : field).replaceAll(" ").strip());
		}
		return String.join("\t", clean);
	}

	/**
	 * The report stored by {@link #stored}; a line this version cannot read (a question it does
	 * not know) is passed over, so an older row still shows what it can.
	 */
	public static QualityReport parse(String stored, Double readingGrade) {
		Map<Question, Check> checks = new EnumMap<>(Question.class);
		List<HypeFlag> hype = new ArrayList<>();
		for (String line : stored == null ? new String[0] : stored.split("\n")) {
			String[] fields = line.split("\t", -1);
			if (fields.length == 4 && fields[0].equals(CHECK)) {
				Optional<Question> question = Question.of(fields[1]);
				Optional<Answer> answer = Answer.of(fields[2]);
				if (question.isPresent() && answer.isPresent()) {
					checks.put(question.get(), new Check(question.get(), answer.get(), fields[3]));
				}
			}
			else if (fields.length == 3 && fields[0].equals(HYPE)) {
				hype.add(new HypeFlag(fields[1], fields[2]));
			}
		}
		return new QualityReport(new ArrayList<>(checks.values()), readingGrade, hype);
	}

}
