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
 * The labelled articles of src/test/resources/labelled and the tags a librarian gave each in its
 * labels.yml: the answers the classifier is measured against.
 */
final class LabelledSet {

	static final Path FOLDER = Path.of("src/test/resources/labelled");

	private LabelledSet() {
	}

	record Labelled(String file, String treatment, Set<String> mechanisms, Set<String> caveats, Set<String> conditions) {
	}

	static List<Labelled> load() throws IOException {
		Map<?, ?> entries;
		try (InputStream in = Files.newInputStream(FOLDER.resolve("labels.yml"))) {
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
