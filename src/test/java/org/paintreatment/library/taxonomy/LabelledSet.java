package org.paintreatment.library.taxonomy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.paintreatment.library.kernel.SafeYaml;

/**
 * A folder of labelled articles and the tags a librarian gave each in its labels.yml: the answers
 * the classifier is measured against.
 */
final class LabelledSet {

	/** The set the taxonomy's phrases were written against, so its figures flatter the classifier. */
	static final Path FOLDER = Path.of("src/test/resources/labelled");

	/** Articles written and labelled without sight of the phrases or of the set above. */
	static final Path HELD_OUT = Path.of("src/test/resources/heldout");

	private LabelledSet() {
	}

	record Labelled(String file, String treatment, Set<String> mechanisms, Set<String> caveats, Set<String> conditions) {
	}

	static List<Labelled> load(Path folder) throws IOException {
		Map<?, ?> entries;
		try (InputStream in = Files.newInputStream(folder.resolve("labels.yml"))) {
			entries = (Map<?, ?>) SafeYaml.readRuleFile(in, "labels.yml");
		}
		List<Labelled> labelled = new ArrayList<>();
		entries.forEach((file, value) -> {
			Map<?, ?> labels = (Map<?, ?>) value;
			labelled.add(new Labelled((String) file, (String) labels.get("treatment"), slugs(labels, "mechanisms"),
					slugs(labels, "caveats"), slugs(labels, "conditions")));
		});
		return labelled;
	}

	private static Set<String> slugs(Map<?, ?> labels, String key) {
		Object value = labels.get(key);
		if (!(value instanceof List<?> list)) {
			throw new IllegalStateException("labels.yml: '" + key + "' must be a list (empty: [])");
		}
		Set<String> slugs = new TreeSet<>();
		list.forEach(slug -> slugs.add((String) slug));
		return slugs;
	}

}
