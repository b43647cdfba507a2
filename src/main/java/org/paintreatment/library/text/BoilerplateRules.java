package org.paintreatment.library.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.paintreatment.library.kernel.RulesProperties;
import org.paintreatment.library.kernel.SafeYaml;

/**
 * The boilerplate patterns a librarian keeps in {@code boilerplate.yml}: whole blocks to drop,
 * the labels that open an inline table of contents, and the sentences an automatic summary
 * passes over (hype, sales lines).
 */
public record BoilerplateRules(List<Pattern> removeBlocks, List<Pattern> tableOfContentsLabels,
		List<Pattern> summarySkips) {

	public static BoilerplateRules fromClasspath() {
		try (InputStream in = BoilerplateRules.class.getResourceAsStream(RulesProperties.BOILERPLATE)) {
			if (in == null) {
				throw new IllegalStateException("missing resource " + RulesProperties.BOILERPLATE);
			}
			return parse(in, RulesProperties.BOILERPLATE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** @param source the file's name, for the message that stops start-up on a mistake */
	public static BoilerplateRules parse(InputStream yaml, String source) {
		Map<?, ?> root = SafeYaml.readRuleFile(yaml, source) instanceof Map<?, ?> map ? map : Map.of();
		return new BoilerplateRules(patterns(root, "remove-blocks", source),
				patterns(root, "table-of-contents-labels", source),
				root.containsKey("summary-skips") ? patterns(root, "summary-skips", source) : List.of());
	}

	private static List<Pattern> patterns(Map<?, ?> root, String key, String source) {
		if (!(root.get(key) instanceof List<?> list) || !list.stream().allMatch(String.class::isInstance)) {
			throw new IllegalStateException(source + ": '" + key + "' must be a list of regular expressions");
		}
		return list.stream().map(item -> compile(key, (String) item, source)).toList();
	}

	private static Pattern compile(String key, String regex, String source) {
		try {
			return Pattern.compile(regex);
		}
		catch (PatternSyntaxException ex) {
			throw new IllegalStateException(source + ": bad pattern in '" + key + "': " + regex, ex);
		}
	}

	/** Matchers for the patterns, for one thread: made once per article, not once per block and pattern. */
	Matchers matchers() {
		return new Matchers(matchersOf(removeBlocks), matchersOf(tableOfContentsLabels), matchersOf(summarySkips));
	}

	private static List<Matcher> matchersOf(List<Pattern> patterns) {
		return patterns.stream().map(pattern -> pattern.matcher("")).toList();
	}

	/** The rules' matchers; not thread-safe. */
	record Matchers(List<Matcher> removeBlocks, List<Matcher> tableOfContentsLabels, List<Matcher> summarySkips) {

		boolean isBoilerplate(CharSequence text) {
			return any(removeBlocks, matcher -> matcher.reset(text).matches());
		}

		boolean isTableOfContentsLabel(CharSequence text) {
			return any(tableOfContentsLabels, matcher -> matcher.reset(text).matches());
		}

		/** Whether a summary passes over this sentence: a skip pattern is found anywhere in it. */
		boolean isSkippedInSummary(CharSequence sentence) {
			return any(summarySkips, matcher -> matcher.reset(sentence).find());
		}

		private static boolean any(List<Matcher> matchers, Predicate<Matcher> test) {
			for (Matcher matcher : matchers) {
				if (test.test(matcher)) {
					return true;
				}
			}
			return false;
		}

	}

}
