import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Writes N generated article files into a folder, for benchmarks: deterministic (file i is the
 * same bytes on every run, whatever N), about 10 KB each, shaped like the seeds. Scraped-text
 * files have a title line, an intro, an inline table of contents as "- " items, headed sections
 * and blog boilerplate ("Leave a Reply", "Comments", a by-line, share widgets) for the cleaner to
 * drop; every tenth file is Markdown with front matter. Each article is about one of five
 * treatments and states mechanism and caveat phrases read from the taxonomy file, so that the
 * classifier tags it and the facets have counts.
 *
 * <p>Run with the JDK's source launcher (no build, no dependencies):
 * {@code java bench/Generate.java <folder> [count] [taxonomy.yml]}.
 */
public class Generate {

	static final String[][] TREATMENTS = {
			{ "Acupuncture", "acupuncture", "an acupuncturist", "acupoint" },
			{ "Kratom", "kratom", "kratom tea", "mitragynine" },
			{ "Ketamine", "ketamine", "a ketamine infusion", "esketamine" },
			{ "TENS Therapy", "a TENS unit", "TENS therapy", "transcutaneous electrical nerve stimulation" },
			{ "Cannabis", "cannabis", "CBD oil", "medical marijuana" } };

	static final String[] CONDITIONS = { "chronic back pain", "migraine", "fibromyalgia", "arthritis", "nerve pain",
			"neck pain", "post-surgical pain", "knee pain", "sciatica", "cancer pain", "tension headaches",
			"menstrual cramps", "shoulder pain", "neuropathy", "joint stiffness" };

	static final String[] TITLE_PATTERNS = { "%s for %s: What Patients Report", "How %s Eases %s",
			"A Practical Guide to %s and %s", "Understanding %s in the Treatment of %s", "%s and %s Explained",
			"Living With %s: Where %s Fits", "Is %s Worth Trying for %s" };

	static final String[] SECTION_PATTERNS = { "How %s Works on the Body", "What the Research Says About %s",
			"Safety and Side Effects of %s", "Who Might Benefit From %s", "Getting Started With %s",
			"Comparing %s With Other Options", "The History of %s in Pain Care", "Costs and Access to %s",
			"What to Expect From %s Sessions" };

	static final String[] FILLER = {
			"Many people living with %s look for options beyond the usual prescriptions.",
			"Patients describe the experience in very different ways, and the details matter.",
			"A typical course starts with a conversation about goals, history and current medication.",
			"The first weeks are usually about finding a routine that fits daily life.",
			"Clinics often keep a diary of symptoms so that changes can be seen over time.",
			"Sleep, movement and mood all interact with how %s is felt from day to day.",
			"Some readers combine several approaches and report that the mix works better than any one alone.",
			"Costs vary widely between clinics, and insurance coverage is patchy at best.",
			"Practitioners differ in training, and it is worth asking about their experience.",
			"Small practical details, such as the time of day, can change how a session feels.",
			"Friends and family often notice improvements before the patient does.",
			"Keeping expectations realistic helps people stay with a plan long enough to judge it.",
			"Questions about dosage, frequency and duration come up in almost every first visit.",
			"There is a long tradition behind the practice, but modern clinics adapt it freely.",
			"Writers on patient forums share tips that range from the useful to the doubtful." };

	static final String[] BOILERPLATE = { "Leave a Reply",
			"Your email address will not be published. Required fields are marked *", "Comments", "By SARAH",
			"Share this:", "Like this:", "Post Comment", "Cancel reply" };

	public static void main(String[] args) throws IOException {
		if (args.length < 1) {
			System.err.println("usage: java bench/Generate.java <folder> [count] [taxonomy.yml]");
			System.exit(2);
		}
		Path folder = Path.of(args[0]);
		int count = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
		Path taxonomyFile = Path.of(args.length > 2 ? args[2] : "src/main/resources/library/taxonomy.yml");
		Map<String, List<String>> mechanisms = phrases(taxonomyFile, "mechanisms");
		Map<String, List<String>> caveats = phrases(taxonomyFile, "caveats");
		Files.createDirectories(folder);
		long bytes = 0;
		for (int i = 0; i < count; i++) {
			Article article = new Article(i, new SplittableRandom(0x5eedL * 1_000_003L + i), mechanisms, caveats);
			byte[] content = article.text().getBytes(StandardCharsets.UTF_8);
			Files.write(folder.resolve(article.fileName()), content);
			bytes += content.length;
		}
		System.out.printf("Wrote %d articles (%.1f KB on average) to %s%n", count, count == 0 ? 0 : bytes / 1024.0 / count,
				folder);
	}

	/** Term slug → detection phrases of one section of the taxonomy file, "*" filled in with words. */
	static Map<String, List<String>> phrases(Path taxonomy, String section) throws IOException {
		Map<String, List<String>> phrases = new LinkedHashMap<>();
		String current = null;
		String slug = null;
		boolean inPhraseList = false;
		for (String line : Files.readAllLines(taxonomy)) {
			if (!line.startsWith(" ") && line.endsWith(":")) {
				current = line.substring(0, line.length() - 1);
				continue;
			}
			if (!section.equals(current)) {
				continue;
			}
			String trimmed = line.strip();
			if (trimmed.startsWith("- slug:")) {
				slug = trimmed.substring("- slug:".length()).strip();
				phrases.put(slug, new ArrayList<>());
				inPhraseList = false;
			}
			else if (trimmed.startsWith("phrases:")) {
				String rest = trimmed.substring("phrases:".length()).strip();
				if (rest.startsWith("[")) {
					for (String phrase : rest.substring(1, rest.length() - 1).split(",")) {
						add(phrases.get(slug), phrase);
					}
				}
				else {
					inPhraseList = true;
				}
			}
			else if (inPhraseList && trimmed.startsWith("- ")) {
				add(phrases.get(slug), trimmed.substring(2));
			}
			else {
				inPhraseList = false;
			}
		}
		phrases.values().removeIf(List::isEmpty);
		return phrases;
	}

	private static void add(List<String> list, String phrase) {
		String clean = phrase.strip().replace("\"", "").replace("*", "quite clearly among");
		if (!clean.isEmpty()) {
			list.add(clean);
		}
	}

	/** One generated article. */
	static final class Article {

		final int number;

		final SplittableRandom random;

		final String[] treatment;

		final String condition;

		final String title;

		final List<String> statements = new ArrayList<>();

		Article(int number, SplittableRandom random, Map<String, List<String>> mechanisms,
				Map<String, List<String>> caveats) {
			this.number = number;
			this.random = random;
			this.treatment = TREATMENTS[random.nextInt(TREATMENTS.length)];
			this.condition = pick(CONDITIONS);
			this.title = "Case " + (number + 1) + ": "
					+ String.format(pick(TITLE_PATTERNS), treatment[0], capitalise(condition));
			for (List<String> phrases : pickSome(mechanisms, 1 + random.nextInt(3))) {
				statements.add(mechanismSentence(pickFrom(phrases)));
			}
			for (List<String> phrases : pickSome(caveats, 1 + random.nextInt(4))) {
				statements.add(caveatSentence(pickFrom(phrases)));
			}
		}

		String fileName() {
			return String.format("gen-%05d.%s", number, isMarkdown() ? "md" : "txt");
		}

		boolean isMarkdown() {
			return number % 10 == 9;
		}

		String text() {
			List<String> sections = new ArrayList<>();
			List<String> patterns = new ArrayList<>(List.of(SECTION_PATTERNS));
			int sectionCount = 5 + random.nextInt(3);
			for (int s = 0; s < sectionCount; s++) {
				sections.add(String.format(patterns.remove(random.nextInt(patterns.size())), treatment[0]));
			}
			StringBuilder out = new StringBuilder(12_000);
			if (isMarkdown()) {
				out.append("---\ntitle: \"").append(title).append("\"\n---\n\n");
			}
			else {
				out.append(title).append('\n');
			}
			out.append(paragraph(7, true)).append(isMarkdown() ? "\n\n" : "\n");
			if (!isMarkdown()) {
				out.append("Table of Contents\n");
				sections.forEach(section -> out.append("- ").append(section).append('\n'));
			}
			List<String> pending = new ArrayList<>(statements);
			for (String section : sections) {
				out.append(isMarkdown() ? "## " : "").append(section).append(isMarkdown() ? "\n\n" : "\n");
				int paragraphs = 1 + random.nextInt(2);
				for (int p = 0; p < paragraphs; p++) {
					StringBuilder paragraph = new StringBuilder(paragraph(8 + random.nextInt(5), false));
					if (!pending.isEmpty() && random.nextInt(3) > 0) {
						paragraph.append(' ').append(pending.remove(0));
					}
					out.append(paragraph).append(isMarkdown() ? "\n\n" : "\n");
				}
				if (random.nextInt(3) == 0) {
					for (int item = 0; item < 3; item++) {
						out.append("- ").append(capitalise(pick(CONDITIONS))).append(" and ")
							.append(treatment[1 + random.nextInt(2)]).append('\n');
					}
					out.append(isMarkdown() ? "\n" : "");
				}
			}
			StringBuilder closing = new StringBuilder(paragraph(5, false));
			pending.forEach(statement -> closing.append(' ').append(statement));
			out.append(closing).append(isMarkdown() ? "\n\n" : "\n");
			if (!isMarkdown()) {
				for (String line : BOILERPLATE) {
					if (random.nextInt(4) > 0) {
						out.append(line).append('\n');
					}
				}
			}
			return out.toString();
		}

		private String paragraph(int sentences, boolean intro) {
			StringBuilder text = new StringBuilder();
			if (intro) {
				text.append(capitalise(treatment[1])).append(" is one of the options people with ").append(condition)
					.append(" ask about, and article ").append(number + 1).append(" of this library collects what they found.");
			}
			for (int i = 0; i < sentences; i++) {
				text.append(text.length() == 0 ? "" : " ");
				if (random.nextInt(4) == 0) {
					text.append("With ").append(treatment[1 + random.nextInt(3)]).append(", patients with ")
						.append(pick(CONDITIONS)).append(" report relief of ").append(10 + random.nextInt(60))
						.append(" percent after ").append(2 + random.nextInt(10)).append(" weeks.");
				}
				else {
					text.append(String.format(pick(FILLER), condition));
				}
			}
			return text.toString();
		}

		private String mechanismSentence(String phrase) {
			return switch (random.nextInt(3)) {
				case 0 -> "Researchers think " + treatment[1] + " works through " + phrase + ", at least in part.";
				case 1 -> "One proposed explanation involves " + phrase + " in the nervous system.";
				default -> "Supporters point to " + phrase + " as the reason " + treatment[1] + " helps.";
			};
		}

		private String caveatSentence(String phrase) {
			return switch (random.nextInt(3)) {
				case 0 -> "Readers should keep in mind: " + phrase + ".";
				case 1 -> "As the clinic puts it, " + phrase + " matters here.";
				default -> "Please note " + phrase + " before starting.";
			};
		}

		private String pick(String[] values) {
			return values[random.nextInt(values.length)];
		}

		private String pickFrom(List<String> values) {
			return values.get(random.nextInt(values.size()));
		}

		private List<List<String>> pickSome(Map<String, List<String>> terms, int count) {
			List<List<String>> all = new ArrayList<>(terms.values());
			List<List<String>> picked = new ArrayList<>();
			for (int i = 0; i < count && !all.isEmpty(); i++) {
				picked.add(all.remove(random.nextInt(all.size())));
			}
			return picked;
		}

		private static String capitalise(String text) {
			return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
		}

	}

}
