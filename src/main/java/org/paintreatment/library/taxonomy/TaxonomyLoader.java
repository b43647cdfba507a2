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
		Set<String> cues = new HashSet<>(RuleLists.strings(root.get("negation-cues"), source + " negation-cues"));
		List<TermDefinition> conditions = root.containsKey("conditions") ? terms(root, "conditions", source) : List.of();
		return new Taxonomy(treatments, terms(root, "mechanisms", source), terms(root, "caveats", source), cues,
				evidenceRules(root, source), conditions,
				RuleLists.phrases(root.get("condition-side-notes"), source + " condition-side-notes"));
	}

	private static EvidenceRules evidenceRules(Map<?, ?> root, String source) {
		return new EvidenceRules(words(root.get("hypothetical-cues"), source + " hypothetical-cues"),
				words(root.get("reference-words"), source + " reference-words"),
				RuleLists.phrases(root.get("other-treatments"), source + " other-treatments"));
	}

	/** Single words, stemmed as the article's words are, so that "these" and "its" compare as tokens do. */
	private static Set<String> words(Object value, String where) {
		Set<String> words = new HashSet<>();
		for (String written : RuleLists.strings(value, where)) {
			List<String> tokens = Tokens.stemmed(written);
			if (tokens.size() != 1) {
				throw new IllegalStateException(where + ": '" + written + "' must be one word");
			}
			words.add(tokens.get(0));
		}
		return words;
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
		List<Phrase> phrases = RuleLists.phrases(map.get("phrases"), here + " phrases");
		if (phrases.isEmpty() && !slug.equals(Taxonomy.UNCLASSIFIED)) {
			throw new IllegalStateException(here + ": needs at least one detection phrase");
		}
		for (String conditionsOnly : List.of("except", "broad")) {
			if (map.containsKey(conditionsOnly) && !where.endsWith(" conditions")) {
				throw new IllegalStateException(here + ": '" + conditionsOnly + "' is only read for conditions");
			}
		}
		return new TermDefinition(slug, required(map, "name", here), required(map, "description", here), phrases,
				contextRule(map.get("in-context"), here + " in-context"), RuleLists.phrases(map.get("except"), here + " except"),
				flag(map, "broad", here));
	}

	/** A yes-or-no key, absent meaning no; YAML's text is read as written, so only these two words. */
	private static boolean flag(Map<?, ?> map, String key, String where) {
		Object value = map.get(key);
		if (value == null || "false".equals(value)) {
			return false;
		}
		if ("true".equals(value)) {
			return true;
		}
		throw new IllegalStateException(where + ": '" + key + "' must be true or false");
	}

	/** Phrases that count only with a cue in the same sentence: both lists are needed, or neither. */
	private static ContextRule contextRule(Object value, String where) {
		if (value == null) {
			return ContextRule.NONE;
		}
		if (!(value instanceof Map<?, ?> map)) {
			throw new IllegalStateException(where + " must have 'phrases', 'cues' and, if any, 'not-with'");
		}
		ContextRule rule = new ContextRule(RuleLists.phrases(map.get("phrases"), where + " phrases"),
				RuleLists.phrases(map.get("cues"), where + " cues"), RuleLists.phrases(map.get("not-with"), where + " not-with"));
		if (rule.phrases().isEmpty() || rule.cues().isEmpty()) {
			throw new IllegalStateException(where + ": needs both 'phrases' and 'cues'");
		}
		return rule;
	}

	private static String required(Map<?, ?> map, String key, String where) {
		Object value = map.get(key);
		if (value instanceof String text && !text.isBlank()) {
			return text.strip();
		}
		boolean blank = value == null || value instanceof String;
		throw new IllegalStateException(where + ": '" + key + "' " + (blank ? "is missing" : "must be text"));
	}

}
