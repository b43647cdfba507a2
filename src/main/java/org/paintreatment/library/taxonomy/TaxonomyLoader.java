package org.paintreatment.library.taxonomy;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.paintreatment.library.kernel.SafeYaml;

/**
 * Reads the librarian's taxonomy file (YAML) and checks it, so that a typo fails loudly at
 * start-up instead of silently tagging nothing.
 */
public final class TaxonomyLoader {

	private TaxonomyLoader() {
	}

	public static Taxonomy load(InputStream in, String source) {
		if (!(SafeYaml.readRuleFile(in, source) instanceof Map<?, ?> root)) {
			throw new IllegalStateException(source + ": expected 'treatments', 'mechanisms' and 'caveats' sections");
		}
		List<TermDefinition> treatments = terms(root, "treatments", source);
		if (treatments.stream().noneMatch(term -> term.slug().equals(Taxonomy.UNCLASSIFIED))) {
			treatments.add(new TermDefinition(Taxonomy.UNCLASSIFIED, "Unclassified",
					"Articles about a treatment the library does not describe yet.", List.of()));
		}
		Set<String> cues = new HashSet<>(strings(root.get("negation-cues"), source + " negation-cues"));
		List<TermDefinition> conditions = root.containsKey("conditions") ? terms(root, "conditions", source) : List.of();
		return new Taxonomy(treatments, terms(root, "mechanisms", source), terms(root, "caveats", source), cues, conditions,
				phrases(strings(root.get("condition-side-notes"), source + " condition-side-notes"),
						source + " condition-side-notes"));
	}

	public static Taxonomy load(InputStream in) {
		return load(in, "taxonomy");
	}

	public static Taxonomy fromClasspath(String resource) {
		try (InputStream in = TaxonomyLoader.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("missing taxonomy resource " + resource);
			}
			return load(in, resource);
		}
		catch (IOException ex) {
			throw new IllegalStateException("cannot read " + resource, ex);
		}
	}

	private static List<TermDefinition> terms(Map<?, ?> root, String section, String source) {
		Object value = root.get(section);
		if (!(value instanceof List<?> entries)) {
			throw new IllegalStateException(source + ": '" + section + "' must be a list of terms");
		}
		List<TermDefinition> terms = new ArrayList<>();
		Set<String> slugs = new HashSet<>();
		for (Object entry : entries) {
			TermDefinition term = term(entry, source + " " + section);
			if (!slugs.add(term.slug())) {
				throw new IllegalStateException(source + ": " + section + " has slug '" + term.slug() + "' twice");
			}
			terms.add(term);
		}
		return terms;
	}

	private static TermDefinition term(Object entry, String where) {
		if (!(entry instanceof Map<?, ?> map)) {
			throw new IllegalStateException(where + ": each term needs slug, name, description and phrases");
		}
		String slug = required(map, "slug", where);
		if (!slug.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
			throw new IllegalStateException(where + ": slug '" + slug + "' must be lowercase words joined by hyphens");
		}
		String here = where + " '" + slug + "'";
		List<Phrase> phrases = phrases(strings(map.get("phrases"), here + " phrases"), here);
		if (phrases.isEmpty() && !slug.equals(Taxonomy.UNCLASSIFIED)) {
			throw new IllegalStateException(here + ": needs at least one detection phrase");
		}
		if (map.containsKey("except") && !where.endsWith(" conditions")) {
			throw new IllegalStateException(here + ": 'except' is only read for conditions");
		}
		return new TermDefinition(slug, required(map, "name", here), required(map, "description", here), phrases,
				phrases(strings(map.get("except"), here + " except"), here));
	}

	private static List<Phrase> phrases(List<String> written, String where) {
		List<Phrase> phrases = new ArrayList<>();
		for (String phrase : written) {
			try {
				phrases.add(Phrase.of(phrase));
			}
			catch (IllegalArgumentException ex) {
				throw new IllegalStateException(where + ": " + ex.getMessage(), ex);
			}
		}
		return phrases;
	}

	private static String required(Map<?, ?> map, String key, String where) {
		Object value = map.get(key);
		if (value instanceof String text && !text.isBlank()) {
			return text.strip();
		}
		boolean blank = value == null || value instanceof String;
		throw new IllegalStateException(where + ": '" + key + "' " + (blank ? "is missing" : "must be text"));
	}

	private static List<String> strings(Object value, String where) {
		if (value == null) {
			return List.of();
		}
		if (!(value instanceof List<?> list)) {
			throw new IllegalStateException(where + " must be a list");
		}
		if (!list.stream().allMatch(String.class::isInstance)) {
			throw new IllegalStateException(where + " must be a list of words or phrases, each of them text");
		}
		return list.stream().map(String.class::cast).toList();
	}

}
