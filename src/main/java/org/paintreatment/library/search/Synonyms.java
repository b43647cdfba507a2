package org.paintreatment.library.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The librarian's synonyms ({@code library/synonyms.txt}), applied to the reader's words when
 * searching (the index holds the articles' own words, so editing the file needs no re-indexing).
 * <p>
 * One rule per line; {@code #} starts a comment.
 * <ul>
 * <li>{@code kratom, mitragyna speciosa} — the phrases mean the same: searching any finds them all;</li>
 * <li>{@code nmda blocker => nmda receptor antagonism} — searching the left side also finds the
 * right side, not the other way round.</li>
 * </ul>
 * Rules match whole words, ignoring case, accents and plural endings; the longest rule starting at
 * a word wins.
 */
public final class Synonyms {

	/** One rule: the words it is triggered by and the phrases a match stands for. */
	record Rule(List<String> words, Set<String> phrases) {
	}

	private final List<Rule> rules;

	private final Set<String> vocabulary;

	private Synonyms(List<Rule> rules, Set<String> vocabulary) {
		this.rules = List.copyOf(rules);
		this.vocabulary = Set.copyOf(vocabulary);
	}

	public static Synonyms none() {
		return new Synonyms(List.of(), Set.of());
	}

	/**
	 * Reads the rules; {@code normaliser} turns a phrase into the words rules are compared by.
	 * @throws IllegalArgumentException naming the line of a rule that cannot be used
	 */
	public static Synonyms parse(String text, Function<String, List<String>> normaliser) {
		List<Rule> rules = new ArrayList<>();
		Set<String> vocabulary = new LinkedHashSet<>();
		String[] lines = text.split("\\R");
		for (int number = 1; number <= lines.length; number++) {
			String line = lines[number - 1];
			int comment = line.indexOf('#');
			String rule = (comment >= 0 ? line.substring(0, comment) : line).strip();
			if (rule.isEmpty()) {
				continue;
			}
			String[] sides = rule.split("=>", -1);
			if (sides.length > 2) {
				throw new IllegalArgumentException("line " + number + ": more than one '=>' in '" + rule + "'");
			}
			List<String> left = phrases(sides[0]);
			List<String> right = sides.length == 2 ? phrases(sides[1]) : left;
			if (left.isEmpty() || right.isEmpty() || (sides.length == 1 && left.size() < 2)) {
				throw new IllegalArgumentException("line " + number + ": a rule needs two or more phrases ('a, b' or 'a => b'), not '"
						+ rule + "'");
			}
			Set<String> meaning = new LinkedHashSet<>(right);
			right.forEach(phrase -> vocabulary.addAll(normaliser.apply(phrase)));
			for (String phrase : left) {
				List<String> words = normaliser.apply(phrase);
				if (words.isEmpty()) {
					throw new IllegalArgumentException("line " + number + ": '" + phrase + "' has no words");
				}
				vocabulary.addAll(words);
				Set<String> phrases = new LinkedHashSet<>();
				phrases.add(phrase);
				phrases.addAll(meaning);
				rules.add(new Rule(words, phrases));
			}
		}
		return new Synonyms(rules, vocabulary);
	}

	/** {@link #parse}, with a mistake reported as the file's, by {@code source}: start-up stops on it. */
	public static Synonyms read(String text, String source, Function<String, List<String>> normaliser) {
		try {
			return parse(text, normaliser);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalStateException("the synonyms file " + source + " has a mistake: " + ex.getMessage(), ex);
		}
	}

	public static Synonyms fromClasspath(String resource, Function<String, List<String>> normaliser) {
		try (InputStream in = Synonyms.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("the synonyms file " + resource + " is missing");
			}
			return read(new String(in.readAllBytes(), StandardCharsets.UTF_8), resource, normaliser);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + resource, ex);
		}
	}

	private static List<String> phrases(String side) {
		return Arrays.stream(side.split(",")).map(String::strip).filter(phrase -> !phrase.isEmpty()).toList();
	}

	/** A match: the rule covering {@code length} words from word {@code from}, standing for these phrases. */
	public record Match(int from, int length, Set<String> phrases) {
	}

	/** The longest rule matching the normalised words from position {@code from}, if any. */
	public Optional<Match> longestAt(List<String> words, int from) {
		Rule best = null;
		for (Rule rule : rules) {
			int length = rule.words().size();
			if (from + length <= words.size() && words.subList(from, from + length).equals(rule.words())
					&& (best == null || length > best.words().size())) {
				best = rule;
			}
		}
		return best == null ? Optional.empty()
				: Optional.of(new Match(from, best.words().size(), best.phrases()));
	}

	/** Every word the rules mention, normalised: words the library knows even if no article has them. */
	public Set<String> vocabulary() {
		return vocabulary;
	}

	public int size() {
		return rules.size();
	}

}
