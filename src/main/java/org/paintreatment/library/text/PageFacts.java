package org.paintreatment.library.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.paintreatment.library.taxonomy.ConditionStrength;
import org.paintreatment.library.taxonomy.ConditionTag;
import org.paintreatment.library.taxonomy.TermKind;
import org.paintreatment.library.text.ArticleOutline.Heading;

/**
 * Everything the article page shows of an article that its other columns do not hold, found at
 * import and stored in one column of the article's row, so that a request reads the article
 * with one lookup and parses no HTML: the treatment's slug, the outline, and every tag with its
 * evidence, the tags a librarian added and those removed with the reason. Terms are kept by slug:
 * their names, and the order they are shown in, are the taxonomy's at the time of the request.
 *
 * <p>Stored as lines of tab-separated fields (whitespace inside a field made single spaces, as the
 * evidence tables keep a sentence), after a first line naming the format's version.
 *
 * @param mechanisms the mechanisms with their quotes, in the order the import found them
 * @param removed the mechanisms and caveats a librarian removed, each with the reason
 */
public record PageFacts(String treatment, ArticleOutline outline, List<Tag> mechanisms, List<Tag> caveats,
		List<ConditionTag> conditions, List<Removal> removed) {

	static final String VERSION = "page-facts\t1";

	private static final Pattern WHITESPACE = Pattern.compile("\\s+");

	private static final String ADDED = "added";

	private static final String FOUND = "found";

	public PageFacts {
		mechanisms = List.copyOf(mechanisms);
		caveats = List.copyOf(caveats);
		conditions = List.copyOf(conditions);
		removed = List.copyOf(removed);
	}

	/** A mechanism or caveat the article states, with its quotes; {@code addedByLibrarian} when a librarian added it. */
	public record Tag(String slug, List<String> quotes, boolean addedByLibrarian) {

		public Tag {
			quotes = List.copyOf(quotes);
		}

	}

	/** A tag the classifier found and a librarian removed: its kind (mechanism or caveat), slug and the reason. */
	public record Removal(TermKind kind, String slug, String reason) {
	}

	public static PageFacts of(ArticleDraft draft) {
		TagEdits edits = draft.tagEdits();
		List<Removal> removed = new ArrayList<>();
		edits.removedMechanisms().forEach((slug, reason) -> removed.add(new Removal(TermKind.MECHANISM, slug, reason)));
		edits.removedCaveats().forEach((slug, reason) -> removed.add(new Removal(TermKind.CAVEAT, slug, reason)));
		return new PageFacts(draft.treatment(), draft.outline(), tags(draft.mechanisms(), edits.addedMechanisms()),
				tags(draft.caveats(), edits.addedCaveats()), draft.conditions(), removed);
	}

	private static List<Tag> tags(Map<String, List<String>> evidence, Set<String> added) {
		List<Tag> tags = new ArrayList<>();
		evidence.forEach((slug, quotes) -> tags.add(new Tag(slug, quotes, added.contains(slug))));
		return tags;
	}

	/** The facts as the article's {@code page_facts} column holds them. */
	public String stored() {
		StringBuilder lines = new StringBuilder(VERSION);
		line(lines, "treatment", treatment);
		line(lines, "summary-opens-text", Boolean.toString(outline.summaryOpensText()));
		outline.headings().forEach(h -> line(lines, "heading", Integer.toString(h.level()), h.id(), h.text()));
		mechanisms.forEach(tag -> tagLine(lines, TermKind.MECHANISM, tag));
		caveats.forEach(tag -> tagLine(lines, TermKind.CAVEAT, tag));
		for (ConditionTag condition : conditions) {
			line(lines, withQuotes(List.of(TermKind.CONDITION.parameter(), condition.slug(), condition.strength().slug()),
					condition.evidence()));
		}
		removed.forEach(removal -> line(lines, "removed", removal.kind().parameter(), removal.slug(), removal.reason()));
		return lines.toString();
	}

	private static void tagLine(StringBuilder lines, TermKind kind, Tag tag) {
		line(lines, withQuotes(List.of(kind.parameter(), tag.slug(), tag.addedByLibrarian() ? ADDED : FOUND), tag.quotes()));
	}

	private static String[] withQuotes(List<String> fields, List<String> quotes) {
		List<String> all = new ArrayList<>(fields);
		all.addAll(quotes);
		return all.toArray(String[]::new);
	}

	private static void line(StringBuilder lines, String... fields) {
		lines.append('\n');
		for (int i = 0; i < fields.length; i++) {
			if (i > 0) {
				lines.append('\t');
			}
			lines.append(WHITESPACE.matcher(fields[i] == null ? "" : fields[i]).replaceAll(" ").strip());
		}
	}

	/**
	 * The facts stored by {@link #stored}; empty when there are none (an article imported before
	 * they were stored) or they are of another version. A line this version cannot read is passed over.
	 */
	public static Optional<PageFacts> parse(String stored) {
		if (stored == null || !stored.startsWith(VERSION + "\n") && !stored.equals(VERSION)) {
			return Optional.empty();
		}
		Reader reader = new Reader();
		stored.lines().skip(1).map(line -> line.split("\t", -1)).forEach(reader::read);
		return Optional.of(reader.facts());
	}

	/** Collects the lines of stored facts. */
	private static final class Reader {

		private String treatment = "";

		private boolean summaryOpensText;

		private final List<Heading> headings = new ArrayList<>();

		private final List<Tag> mechanisms = new ArrayList<>();

		private final List<Tag> caveats = new ArrayList<>();

		private final List<ConditionTag> conditions = new ArrayList<>();

		private final List<Removal> removed = new ArrayList<>();

		void read(String[] fields) {
			switch (fields[0]) {
				case "treatment" -> treatment = fields.length == 2 ? fields[1] : treatment;
				case "summary-opens-text" -> summaryOpensText = fields.length == 2 && Boolean.parseBoolean(fields[1]);
				case "heading" -> heading(fields);
				case "mechanism" -> tag(fields, mechanisms);
				case "caveat" -> tag(fields, caveats);
				case "condition" -> condition(fields);
				case "removed" -> removal(fields);
				default -> {
				}
			}
		}

		private void heading(String[] fields) {
			if (fields.length == 4 && fields[1].matches("[2-4]")) {
				headings.add(new Heading(fields[2], fields[3], Integer.parseInt(fields[1])));
			}
		}

		private static void tag(String[] fields, List<Tag> tags) {
			if (fields.length >= 4) {
				tags.add(new Tag(fields[1], quotes(fields), fields[2].equals(ADDED)));
			}
		}

		private void condition(String[] fields) {
			Optional<ConditionStrength> strength = ConditionStrength.of(fields.length >= 4 ? fields[2] : "");
			if (strength.isPresent()) {
				conditions.add(new ConditionTag(fields[1], strength.get(), quotes(fields)));
			}
		}

		private static List<String> quotes(String[] fields) {
			return Arrays.asList(fields).subList(3, fields.length);
		}

		private void removal(String[] fields) {
			if (fields.length == 4) {
				Arrays.stream(TermKind.values())
					.filter(kind -> kind.parameter().equals(fields[1]))
					.findFirst()
					.ifPresent(kind -> removed.add(new Removal(kind, fields[2], fields[3])));
			}
		}

		PageFacts facts() {
			return new PageFacts(treatment, new ArticleOutline(headings, summaryOpensText), mechanisms, caveats,
					conditions, removed);
		}

	}

}
