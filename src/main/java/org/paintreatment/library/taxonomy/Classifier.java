package org.paintreatment.library.taxonomy;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Tags an article with the taxonomy's phrases: the treatment it is about, and the mechanisms and
 * caveats its sentences state, keeping as evidence the sentences that state them about this
 * treatment (see {@link SentenceRoles}).
 */
public final class Classifier {

	/** A treatment named in the title counts as much as this many sentences about it. */
	static final int TITLE_WEIGHT = 5;

	/** The least score for a text to be about a treatment, not just mention it. */
	static final int MIN_TREATMENT_SCORE = 3;

	static final int MAX_EVIDENCE_SENTENCES = 3;

	/** How many words back a negation ("none of the side effects") or a doubt ("any side effects") reaches. */
	static final int NEGATION_WINDOW = 4;

	private final Taxonomy taxonomy;

	/** Every word of every detection phrase: the only words worth indexing in an article's sentences. */
	private final Set<String> phraseWords = new HashSet<>();

	/**
	 * The words any rule compares (phrases, cues, negations, reference words), so that an article's
	 * other words are tokenised as {@link Tokens#OTHER} without becoming Strings.
	 */
	private final Vocabulary vocabulary;

	private final ConditionFinder conditions;

	public Classifier(Taxonomy taxonomy) {
		this.taxonomy = taxonomy;
		Set<String> known = new HashSet<>(taxonomy.negationCues());
		for (TermDefinition term : allTerms()) {
			Stream.concat(term.phrases().stream(), term.inContext().phrases().stream())
				.forEach(phrase -> phraseWords.addAll(phrase.tokens()));
			Stream.concat(term.inContext().cues().stream(), term.inContext().notWith().stream())
				.forEach(phrase -> known.addAll(phrase.tokens()));
		}
		EvidenceRules rules = taxonomy.evidenceRules();
		rules.otherTreatments().forEach(phrase -> known.addAll(phrase.tokens()));
		known.addAll(rules.hypotheticalCues());
		known.addAll(rules.referenceWords());
		phraseWords.remove(Phrase.GAP);
		known.addAll(phraseWords);
		known.remove(Phrase.GAP);
		known.addAll(ConditionFinder.words(taxonomy));
		this.vocabulary = new Vocabulary(known);
		this.conditions = new ConditionFinder(taxonomy, this::mentions);
	}

	private List<TermDefinition> allTerms() {
		return Stream.of(taxonomy.treatments(), taxonomy.mechanisms(), taxonomy.caveats()).flatMap(List::stream).toList();
	}

	public Classification classify(String title, List<String> sentences) {
		List<List<String>> tokenised = sentences.stream().map(sentence -> Tokens.stemmed(sentence, vocabulary)).toList();
		SentenceIndex index = new SentenceIndex(tokenised, phraseWords);
		List<String> titleTokens = Tokens.stemmed(title, vocabulary);
		String treatment = treatmentOf(titleTokens, tokenised, index);
		TermDefinition own = taxonomy.treatment(treatment).filter(term -> !term.phrases().isEmpty()).orElse(null);
		List<TermDefinition> others = taxonomy.treatments().stream().filter(term -> term != own).toList();
		SentenceRoles roles = new SentenceRoles(sentences, tokenised, own, others, taxonomy.evidenceRules(),
				this::mentions);
		List<Claim> claims = new ArrayList<>();
		Stream.concat(taxonomy.mechanisms().stream(), taxonomy.caveats().stream())
			.forEach(term -> claims.addAll(claimsOf(term, tokenised, index, roles)));
		List<Claim> kept = withoutSharedWords(claims);
		return new Classification(treatment, evidence(taxonomy.mechanisms(), kept, sentences),
				evidence(taxonomy.caveats(), kept, sentences), conditions.find(title, titleTokens, sentences, tokenised));
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

	/**
	 * A sentence stating the term, and the sentence quoted for it: the one after, when a general
	 * sentence defining a mechanism leads up to a claim naming the treatment.
	 */
	record Claim(TermDefinition term, int sentence, int start, int end, int rank, int quoted) {

		int length() {
			return end - start;
		}

		boolean sharesWordsWith(Claim other) {
			return sentence == other.sentence && start < other.end && other.start < end;
		}

	}

	private List<Claim> claimsOf(TermDefinition term, List<List<String>> tokenised, SentenceIndex index,
			SentenceRoles roles) {
		List<Claim> claims = new ArrayList<>();
		BitSet candidates = index.candidates(term);
		for (int sentence = candidates.nextSetBit(0); sentence >= 0; sentence = candidates.nextSetBit(sentence + 1)) {
			if (roles.rank(sentence) == SentenceRoles.NOT_EVIDENCE) {
				continue;
			}
			int[] span = bestMatch(term, tokenised.get(sentence), roles.labelLength(sentence));
			if (span == null) {
				continue;
			}
			int rank = span[0] < roles.labelLength(sentence) ? SentenceRoles.LABEL : roles.rank(sentence);
			int quoted = sentence;
			if (rank == SentenceRoles.GENERAL && taxonomy.mechanisms().contains(term) && roles.followedByClaim(sentence)) {
				quoted = sentence + 1;
				rank = SentenceRoles.NAMES_TREATMENT;
			}
			claims.add(new Claim(term, sentence, span[0], span[1], rank, quoted));
		}
		return claims;
	}

	/** The longest claimed match of the term after any leading label, else one inside it; null if none. */
	private int[] bestMatch(TermDefinition term, List<String> tokens, int labelLength) {
		int[] best = null;
		List<Phrase> phrases = new ArrayList<>(term.phrases());
		if (!term.inContext().phrases().isEmpty() && term.inContext().holdsIn(tokens)) {
			phrases.addAll(term.inContext().phrases());
		}
		for (Phrase phrase : phrases) {
			for (int start = phrase.findIn(tokens, 0); start >= 0; start = phrase.findIn(tokens, start + 1)) {
				if (isNegated(tokens, start) || isHypothetical(tokens, start)) {
					continue;
				}
				int[] span = { start, phrase.endOf(tokens, start) };
				if (best == null || better(span, best, labelLength)) {
					best = span;
				}
			}
		}
		return best;
	}

	private static boolean better(int[] span, int[] than, int labelLength) {
		boolean outside = span[0] >= labelLength;
		if (outside != than[0] >= labelLength) {
			return outside;
		}
		return span[1] - span[0] > than[1] - than[0];
	}

	/**
	 * Where two terms were found on the same words of a sentence, only the longer phrase holds:
	 * one sentence is evidence for two tags only when each has words of its own there.
	 */
	private static List<Claim> withoutSharedWords(List<Claim> claims) {
		List<Claim> kept = new ArrayList<>();
		for (Claim claim : claims) {
			boolean beaten = claims.stream()
				.anyMatch(other -> other.term() != claim.term() && claim.sharesWordsWith(other)
						&& (other.length() > claim.length() || other.length() == claim.length() && claims.indexOf(other) < claims.indexOf(claim)));
			if (!beaten) {
				kept.add(claim);
			}
		}
		return kept;
	}

	/**
	 * The quotes of each term, best first: sentences naming the treatment, then those referring to
	 * it; general sentences and labels only when there is nothing better.
	 */
	private static Map<String, List<String>> evidence(List<TermDefinition> terms, List<Claim> claims,
			List<String> sentences) {
		Map<String, List<String>> found = new LinkedHashMap<>();
		for (TermDefinition term : terms) {
			List<Claim> ofTerm = claims.stream()
				.filter(claim -> claim.term() == term)
				.sorted(Comparator.comparingInt(Claim::rank).reversed().thenComparingInt(Claim::quoted))
				.toList();
			if (ofTerm.isEmpty()) {
				continue;
			}
			int floor = ofTerm.get(0).rank() >= SentenceRoles.REFERS ? SentenceRoles.REFERS : SentenceRoles.LABEL;
			List<String> quotes = ofTerm.stream()
				.filter(claim -> claim.rank() >= floor)
				.map(claim -> sentences.get(claim.quoted()))
				.distinct()
				.limit(MAX_EVIDENCE_SENTENCES)
				.toList();
			found.put(term.slug(), quotes);
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

	private boolean isNegated(List<String> tokens, int phraseStart) {
		return Negation.denies(tokens, phraseStart, taxonomy.negationCues(), NEGATION_WINDOW);
	}

	/** "Tell your doctor about any side effects" asks about them; it does not say there are some. */
	private boolean isHypothetical(List<String> tokens, int phraseStart) {
		Set<String> cues = taxonomy.evidenceRules().hypotheticalCues();
		for (int index = phraseStart - 1; index >= Math.max(0, phraseStart - NEGATION_WINDOW); index--) {
			if (cues.contains(tokens.get(index))) {
				return true;
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
			Stream.concat(term.phrases().stream(), term.inContext().phrases().stream())
				.forEach(phrase -> candidates.or(withAllWords(phrase)));
			return candidates;
		}

		private BitSet withAllWords(Phrase phrase) {
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
			return withAllWords == null ? NONE : withAllWords;
		}

	}

}
