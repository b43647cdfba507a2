package org.paintreatment.library.taxonomy;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Tags an article with the taxonomy's phrases: the treatment it is about, and the mechanisms and
 * caveats its sentences state, keeping those sentences as evidence.
 */
public final class Classifier {

	/** A treatment named in the title counts as much as this many sentences about it. */
	static final int TITLE_WEIGHT = 5;

	/** The least score for a text to be about a treatment, not just mention it. */
	static final int MIN_TREATMENT_SCORE = 3;

	static final int MAX_EVIDENCE_SENTENCES = 3;

	static final int NEGATION_WINDOW = 3;

	private final Taxonomy taxonomy;

	/** Every word of every phrase: the only words worth indexing in an article's sentences. */
	private final Set<String> phraseWords = new HashSet<>();

	/**
	 * The phrase words and negation cues: the only words a phrase match or a negation compares,
	 * so an article's other words are tokenised as {@link Tokens#OTHER} without becoming Strings.
	 */
	private final Vocabulary vocabulary;

	private final ConditionFinder conditions;

	public Classifier(Taxonomy taxonomy) {
		this.taxonomy = taxonomy;
		for (List<TermDefinition> terms : List.of(taxonomy.treatments(), taxonomy.mechanisms(), taxonomy.caveats())) {
			terms.forEach(term -> term.phrases().forEach(phrase -> phraseWords.addAll(phrase.tokens())));
		}
		phraseWords.remove(Phrase.GAP);
		Set<String> known = new HashSet<>(phraseWords);
		known.addAll(taxonomy.negationCues());
		known.addAll(ConditionFinder.words(taxonomy));
		this.vocabulary = new Vocabulary(known);
		this.conditions = new ConditionFinder(taxonomy, this::mentions);
	}

	public Classification classify(String title, List<String> sentences) {
		List<List<String>> tokenised = sentences.stream().map(sentence -> Tokens.stemmed(sentence, vocabulary)).toList();
		SentenceIndex index = new SentenceIndex(tokenised, phraseWords);
		List<String> titleTokens = Tokens.stemmed(title, vocabulary);
		return new Classification(treatmentOf(titleTokens, tokenised, index),
				evidence(taxonomy.mechanisms(), sentences, tokenised, index),
				evidence(taxonomy.caveats(), sentences, tokenised, index),
				conditions.find(title, titleTokens, sentences, tokenised));
	}

	private String treatmentOf(List<String> title, List<List<String>> sentences, SentenceIndex index) {
		String best = Taxonomy.UNCLASSIFIED;
		int bestScore = MIN_TREATMENT_SCORE - 1;
		for (TermDefinition treatment : taxonomy.treatments()) {
			int score = mentions(treatment, title) ? TITLE_WEIGHT : 0;
			BitSet candidates = index.candidates(treatment);
			for (int sentence = candidates.nextSetBit(0); sentence >= 0; sentence = candidates.nextSetBit(sentence + 1)) {
				score += mentions(treatment, sentences.get(sentence)) ? 1 : 0;
			}
			if (score > bestScore) {
				best = treatment.slug();
				bestScore = score;
			}
		}
		return best;
	}

	private Map<String, List<String>> evidence(List<TermDefinition> terms, List<String> sentences,
			List<List<String>> tokenised, SentenceIndex sentenceIndex) {
		Map<String, List<String>> found = new LinkedHashMap<>();
		for (TermDefinition term : terms) {
			List<String> quotes = new ArrayList<>();
			BitSet candidates = sentenceIndex.candidates(term);
			for (int index = candidates.nextSetBit(0); index >= 0 && quotes.size() < MAX_EVIDENCE_SENTENCES;
					index = candidates.nextSetBit(index + 1)) {
				if (mentions(term, tokenised.get(index)) && !quotes.contains(sentences.get(index))) {
					quotes.add(sentences.get(index));
				}
			}
			if (!quotes.isEmpty()) {
				found.put(term.slug(), List.copyOf(quotes));
			}
		}
		return found;
	}

	private boolean mentions(TermDefinition term, List<String> tokens) {
		for (Phrase phrase : term.phrases()) {
			for (int start = phrase.findIn(tokens, 0); start >= 0; start = phrase.findIn(tokens, start + 1)) {
				if (!isNegated(tokens, start)) {
					return true;
				}
			}
		}
		return false;
	}

	/**
	 * "without side effects" negates; "not without side effects" does not. The cue nearest the
	 * phrase decides, so that the cue before it can cancel it.
	 */
	private boolean isNegated(List<String> tokens, int phraseStart) {
		for (int index = phraseStart - 1; index >= Math.max(0, phraseStart - NEGATION_WINDOW); index--) {
			if (taxonomy.negationCues().contains(tokens.get(index))) {
				boolean doubled = index > 0 && taxonomy.negationCues().contains(tokens.get(index - 1));
				return !doubled;
			}
		}
		return false;
	}

	/**
	 * Which sentences hold which words, so that a phrase is only tried on the sentences that have
	 * every one of its words: the same answers as trying every sentence, in a fraction of the time.
	 */
	private static final class SentenceIndex {

		private static final BitSet NONE = new BitSet();

		private final Map<String, BitSet> sentencesByToken = new HashMap<>();

		SentenceIndex(List<List<String>> sentences, Set<String> wordsOfInterest) {
			for (int index = 0; index < sentences.size(); index++) {
				for (String token : sentences.get(index)) {
					// Most words are the OTHER marker itself: skipped without a hash lookup.
					if (token != Tokens.OTHER && wordsOfInterest.contains(token)) {
						sentencesByToken.computeIfAbsent(token, word -> new BitSet()).set(index);
					}
				}
			}
		}

		/** The sentences that could mention the term: those holding all the words of one of its phrases. */
		BitSet candidates(TermDefinition term) {
			BitSet candidates = new BitSet();
			for (Phrase phrase : term.phrases()) {
				BitSet withAllWords = null;
				for (String token : phrase.tokens()) {
					if (Phrase.GAP.equals(token)) {
						continue;
					}
					BitSet with = sentencesByToken.getOrDefault(token, NONE);
					if (withAllWords == null) {
						withAllWords = (BitSet) with.clone();
					}
					else {
						withAllWords.and(with);
					}
					if (withAllWords.isEmpty()) {
						break;
					}
				}
				if (withAllWords != null) {
					candidates.or(withAllWords);
				}
			}
			return candidates;
		}

	}

}
