package org.paintreatment.library.quality;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.paintreatment.library.kernel.RulesProperties;
import org.paintreatment.library.kernel.SafeYaml;
import org.paintreatment.library.taxonomy.Phrase;
import org.paintreatment.library.taxonomy.RuleLists;

/**
 * The cue phrases a librarian keeps in {@code quality.yml}, by kind: what names a source, what
 * makes a formal reference, what discloses an owner or sponsor, what sells, what describes
 * benefits, risks, uncertainty and other choices, what is hype, and what credentials look like.
 */
public record QualityRules(Set<String> negationCues, Map<String, Cue> cues) {

	/** How many words before a phrase a negation cue cancels it: "no known cure", "is not a cure". */
	static final int NEGATION_WINDOW = 3;

	/** The kinds of cue the file must have. */
	static final List<String> KINDS = List.of("sources", "citations", "disclosure", "commercial", "benefits", "risks",
			"uncertainty", "choices", "hype", "credentials");

	private static final Set<String> CUE_FIELDS = Set.of("phrases", "patterns", "tags", "except");

	public QualityRules {
		negationCues = Set.copyOf(negationCues);
		cues = Map.copyOf(cues);
	}

	public static QualityRules fromClasspath() {
		try (InputStream in = QualityRules.class.getResourceAsStream(RulesProperties.QUALITY)) {
			if (in == null) {
				throw new IllegalStateException("missing resource " + RulesProperties.QUALITY);
			}
			return parse(in, RulesProperties.QUALITY);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** @param source the file's name, for the message that stops start-up on a mistake */
	public static QualityRules parse(InputStream yaml, String source) {
		if (!(SafeYaml.readRuleFile(yaml, source) instanceof Map<?, ?> root)) {
			throw new IllegalStateException(source + ": expected the kinds of cue " + String.join(", ", KINDS));
		}
		Set<String> negation = new HashSet<>();
		RuleLists.strings(root.get("negation-cues"), source + ": 'negation-cues'").forEach(cue -> negation.addAll(Phrase.of(cue).tokens()));
		Map<String, Cue> cues = new HashMap<>();
		for (String kind : KINDS) {
			cues.put(kind, cue(root.get(kind), source + ": '" + kind + "'"));
		}
		for (Object key : root.keySet()) {
			if (!cues.containsKey(key) && !"negation-cues".equals(key)) {
				throw new IllegalStateException(source + ": unknown kind of cue '" + key + "'; the kinds are negation-cues, "
						+ String.join(", ", KINDS));
			}
		}
		return new QualityRules(negation, cues);
	}

	Cue cue(String kind) {
		return cues.get(kind);
	}

	private static Cue cue(Object value, String where) {
		if (!(value instanceof Map<?, ?> map)) {
			throw new IllegalStateException(where + " is missing, or is not a mapping of phrases, patterns, tags, except");
		}
		for (Object field : map.keySet()) {
			if (!CUE_FIELDS.contains(field)) {
				throw new IllegalStateException(where + ": unknown field '" + field + "'; the fields are phrases, patterns, tags, except");
			}
		}
		return new Cue(RuleLists.phrases(map.get("phrases"), where + " phrases"), patterns(map.get("patterns"), where + " patterns"),
				RuleLists.strings(map.get("tags"), where + " tags"), RuleLists.phrases(map.get("except"), where + " except"));
	}

	private static List<Pattern> patterns(Object value, String where) {
		List<Pattern> patterns = new ArrayList<>();
		for (String regex : RuleLists.strings(value, where)) {
			try {
				patterns.add(Pattern.compile(regex));
			}
			catch (PatternSyntaxException ex) {
				throw new IllegalStateException(where + ": bad pattern " + regex, ex);
			}
		}
		return patterns;
	}

}
