package org.paintreatment.library.taxonomy;

import java.util.List;
import java.util.function.BiPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How strongly each sentence of an article can state a claim about the article's own treatment:
 * best when it names the treatment, then when it refers to it ("it", "the therapy"), last when it
 * does neither, as a definition does ("NMDA receptors play a key role in pain"). A question, or a
 * sentence about another treatment that does not name this one, states nothing about it.
 */
final class SentenceRoles {

	static final int NOT_EVIDENCE = -1;

	static final int LABEL = 0;

	static final int GENERAL = 1;

	static final int REFERS = 2;

	static final int NAMES_TREATMENT = 3;

	/** A leading "Neural Modulation:" names what follows; it states nothing itself. */
	private static final Pattern LABEL_PREFIX = Pattern.compile("^\\s*([^:.!?]{1,60}):\\s+\\S");

	private static final int MAX_LABEL_WORDS = 5;

	private final int[] ranks;

	private final int[] labelLengths;

	private final boolean[] complete;

	private final boolean[] refers;

	/**
	 * @param treatment the article's treatment, or null for an unclassified article, for which
	 * only the taxonomy's treatments count as other treatments
	 * @param mentions whether a term is named, not negated, in a sentence's tokens
	 */
	SentenceRoles(List<String> sentences, List<List<String>> tokenised, TermDefinition treatment,
			List<TermDefinition> otherTreatments, EvidenceRules rules, BiPredicate<TermDefinition, List<String>> mentions) {
		this.ranks = new int[sentences.size()];
		this.labelLengths = new int[sentences.size()];
		this.complete = new boolean[sentences.size()];
		this.refers = new boolean[sentences.size()];
		for (int index = 0; index < sentences.size(); index++) {
			String sentence = sentences.get(index).strip();
			List<String> tokens = tokenised.get(index);
			boolean names = treatment != null && mentions.test(treatment, tokens);
			boolean other = otherTreatments.stream().anyMatch(term -> mentions.test(term, tokens))
					|| treatment != null && rules.otherTreatments().stream().anyMatch(phrase -> phrase.findIn(tokens, 0) >= 0);
			complete[index] = sentence.endsWith(".") || sentence.endsWith("!");
			refers[index] = tokens.stream().anyMatch(rules.referenceWords()::contains);
			labelLengths[index] = labelLength(sentence);
			if (sentence.endsWith("?") || other && !names) {
				ranks[index] = NOT_EVIDENCE;
			}
			else if (names) {
				ranks[index] = NAMES_TREATMENT;
			}
			else {
				ranks[index] = refers[index] ? REFERS : GENERAL;
			}
		}
	}

	private static int labelLength(String sentence) {
		Matcher label = LABEL_PREFIX.matcher(sentence);
		if (!label.find()) {
			return 0;
		}
		int words = Tokens.stemmed(label.group(1)).size();
		return words <= MAX_LABEL_WORDS ? words : 0;
	}

	int rank(int sentence) {
		return ranks[sentence];
	}

	/** How many tokens the sentence's leading label holds (0 without one). */
	int labelLength(int sentence) {
		return labelLengths[sentence];
	}

	/**
	 * Whether the sentence after a general one is a full sentence naming the treatment and
	 * referring back: the claim a definition leads up to ("NMDA receptors carry pain signals.
	 * Ketamine blocks those signals.").
	 */
	boolean followedByClaim(int sentence) {
		int next = sentence + 1;
		return next < ranks.length && ranks[next] == NAMES_TREATMENT && complete[next] && refers[next];
	}

}
