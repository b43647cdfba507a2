package org.paintreatment.library.taxonomy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Micro-averaged precision and recall of one kind of tag over a labelled set, with the articles
 * each term was wrongly given (false positives) or missed on (false negatives).
 */
final class KindScore {

	private final String kind;

	private int truePositives;

	private final Map<String, List<String>> falsePositives = new TreeMap<>();

	private final Map<String, List<String>> falseNegatives = new TreeMap<>();

	private final Map<String, List<String>> falseEvidence = new TreeMap<>();

	KindScore(String kind) {
		this.kind = kind;
	}

	void add(String file, Set<String> expected, Set<String> found) {
		for (String slug : found) {
			if (expected.contains(slug)) {
				truePositives++;
			}
			else {
				falsePositives.computeIfAbsent(slug, key -> new ArrayList<>()).add(file);
			}
		}
		expected.stream()
			.filter(slug -> !found.contains(slug))
			.forEach(slug -> falseNegatives.computeIfAbsent(slug, key -> new ArrayList<>()).add(file));
	}

	/** As above, keeping the sentence each wrongly given tag was quoted from, for the report. */
	void add(String file, Set<String> expected, Map<String, List<String>> found) {
		add(file, expected, found.keySet());
		found.forEach((slug, evidence) -> {
			if (!expected.contains(slug) && !evidence.isEmpty()) {
				falseEvidence.computeIfAbsent(slug, key -> new ArrayList<>())
					.add(file + ": \"" + evidence.get(0) + "\"");
			}
		});
	}

	String kind() {
		return kind;
	}

	double precision() {
		int found = truePositives + count(falsePositives);
		return found == 0 ? 1 : truePositives / (double) found;
	}

	double recall() {
		int expected = truePositives + count(falseNegatives);
		return expected == 0 ? 1 : truePositives / (double) expected;
	}

	String row() {
		return String.format("| %s | %.2f | %.2f | %d | %d | %d |", kind, precision(), recall(), truePositives,
				count(falsePositives), count(falseNegatives));
	}

	List<String> errors() {
		List<String> lines = new ArrayList<>();
		falsePositives.forEach((slug, files) -> {
			lines.add("- " + kind + " `" + slug + "` wrongly given: " + files);
			falseEvidence.getOrDefault(slug, List.of()).forEach(quote -> lines.add("  - " + quote));
		});
		falseNegatives.forEach((slug, files) -> lines.add("- " + kind + " `" + slug + "` missed: " + files));
		return lines;
	}

	private static int count(Map<String, List<String>> errors) {
		return errors.values().stream().mapToInt(List::size).sum();
	}

}
