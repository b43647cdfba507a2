package org.paintreatment.library.taxonomy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.stream.Collectors;

/**
 * Finds the conditions an article names and how much it is about each. A sentence naming a
 * condition counts one; a sentence naming many conditions at once (a list) or calling them a side
 * note ("also used for other conditions, such as ...") counts none; a title naming it counts as
 * much as the threshold. An article is about a condition when its count reaches
 * {@value #MIN_ABOUT_SCORE} and a {@value #MIN_SHARE_PERCENT}% share of the leading condition's,
 * so that a migraine article's few words on depression leave depression a mention. A broad
 * condition named only around another ("chronic low back pain": chronic pain's "chronic * pain"
 * around low back pain's "back pain") yields to the one inside, which says what the pain is.
 */
final class ConditionFinder {

	/** Focused sentences (or a title) that make a condition an article's main topic. */
	static final int MIN_ABOUT_SCORE = 3;

	/** A condition scoring under this share of the leading condition's score is a side topic. */
	static final int MIN_SHARE_PERCENT = 25;

	/** A sentence naming this many conditions or more is a list: it mentions each, is about none. */
	static final int LIST_SIZE = 3;

	static final int MAX_EVIDENCE_SENTENCES = 3;

	/** Words that set two conditions side by side: "chronic or acute pain" is both, not a kind of one. */
	static final Set<String> COORDINATORS = Set.of("and", "or");

	private final List<TermDefinition> conditions;

	private final List<Phrase> sideNotes;

	/** Each condition's phrases' first words: a sentence with none of them does not name it. */
	private final Map<TermDefinition, Set<String>> firstWords = new LinkedHashMap<>();

	private final Set<String> anyFirstWord = new HashSet<>();

	/** Whether the tokens name the term outside a negation: the classifier's own test. */
	private final BiPredicate<TermDefinition, List<String>> mentions;

	ConditionFinder(Taxonomy taxonomy, BiPredicate<TermDefinition, List<String>> mentions) {
		this.conditions = taxonomy.conditions();
		this.sideNotes = taxonomy.sideNoteCues();
		this.mentions = mentions;
		conditions.forEach(condition -> firstWords.put(condition,
				condition.phrases().stream().map(phrase -> phrase.tokens().get(0)).collect(Collectors.toSet())));
		firstWords.values().forEach(anyFirstWord::addAll);
	}

	/** Every word the conditions' phrases, exceptions and side-note cues hold, for the classifier's vocabulary. */
	static Set<String> words(Taxonomy taxonomy) {
		Set<String> words = new HashSet<>();
		for (TermDefinition condition : taxonomy.conditions()) {
			condition.phrases().forEach(phrase -> words.addAll(phrase.tokens()));
			condition.exceptions().forEach(phrase -> words.addAll(phrase.tokens()));
		}
		taxonomy.sideNoteCues().forEach(phrase -> words.addAll(phrase.tokens()));
		words.addAll(COORDINATORS);
		words.remove(Phrase.GAP);
		return words;
	}

	List<ConditionTag> find(String title, List<String> titleTokens, List<String> sentences,
			List<List<String>> tokenised) {
		if (conditions.isEmpty()) {
			return List.of();
		}
		Map<TermDefinition, Count> counts = new LinkedHashMap<>();
		List<TermDefinition> inTitle = named(titleTokens);
		// A title listing many conditions ("Ketamine for migraine, CRPS, depression and more") is a list too.
		int titleScore = inTitle.size() < LIST_SIZE ? MIN_ABOUT_SCORE : 1;
		inTitle.forEach(condition -> counts.computeIfAbsent(condition, key -> new Count()).score += titleScore);
		for (int index = 0; index < sentences.size(); index++) {
			List<TermDefinition> named = named(tokenised.get(index));
			boolean weak = named.size() >= LIST_SIZE || named.size() > 0 && isSideNote(tokenised.get(index));
			for (TermDefinition condition : named) {
				counts.computeIfAbsent(condition, key -> new Count()).add(sentences.get(index), weak);
			}
		}
		int best = counts.values().stream().mapToInt(count -> count.score).max().orElse(0);
		return conditions.stream()
			.filter(counts::containsKey)
			.map(condition -> tagOf(condition, counts.get(condition), best, title))
			.toList();
	}

	private static ConditionTag tagOf(TermDefinition condition, Count count, int best, String title) {
		boolean about = count.score >= MIN_ABOUT_SCORE && count.score * 100 >= best * MIN_SHARE_PERCENT;
		List<String> evidence = count.evidence(MAX_EVIDENCE_SENTENCES);
		return new ConditionTag(condition.slug(), about ? ConditionStrength.ABOUT : ConditionStrength.MENTIONED,
				evidence.isEmpty() ? List.of(title) : evidence);
	}

	/** The conditions the tokens name, outside a negation and outside a look-alike ("respiratory depression"). */
	private List<TermDefinition> named(List<String> tokens) {
		List<TermDefinition> named = new ArrayList<>();
		Set<String> words = new HashSet<>();
		for (String token : tokens) {
			// Most words are the OTHER marker: skipped without a hash lookup.
			if (token != Tokens.OTHER && anyFirstWord.contains(token)) {
				words.add(token);
			}
		}
		if (words.isEmpty()) {
			return named;
		}
		for (TermDefinition condition : conditions) {
			if (!Collections.disjoint(firstWords.get(condition), words) && mentions.test(condition, tokens) && condition.exceptions().stream().noneMatch(
					exception -> exception.findIn(tokens, 0) >= 0)) {
				named.add(condition);
			}
		}
		return named.size() < 2 ? named : withoutEnclosing(named, tokens);
	}

	/**
	 * The named conditions less the broad ones whose every match holds another named condition's
	 * shorter match, not set beside it by "and" or "or".
	 */
	private static List<TermDefinition> withoutEnclosing(List<TermDefinition> named, List<String> tokens) {
		if (named.stream().noneMatch(TermDefinition::broad)) {
			return named;
		}
		Map<TermDefinition, List<Span>> spans = new LinkedHashMap<>();
		named.forEach(condition -> spans.put(condition, Span.allOf(condition, tokens)));
		return named.stream().filter(condition -> !condition.broad() || !yields(condition, spans, tokens)).toList();
	}

	/** Whether every match of the broad condition holds a narrower match of another named one. */
	private static boolean yields(TermDefinition broad, Map<TermDefinition, List<Span>> spans, List<String> tokens) {
		List<Span> others = spans.entrySet()
			.stream()
			.filter(entry -> entry.getKey() != broad)
			.flatMap(entry -> entry.getValue().stream())
			.toList();
		return spans.get(broad).stream().allMatch(span -> others.stream().anyMatch(inner -> span.narrowsTo(inner, tokens)));
	}

	/** Where one match of a condition's phrase lies in the tokens: from {@code start}, to {@code end} exclusive. */
	private record Span(int start, int end) {

		static List<Span> allOf(TermDefinition condition, List<String> tokens) {
			List<Span> spans = new ArrayList<>();
			for (Phrase phrase : condition.phrases()) {
				for (int start = phrase.findIn(tokens, 0); start >= 0; start = phrase.findIn(tokens, start + 1)) {
					spans.add(new Span(start, phrase.endOf(tokens, start)));
				}
			}
			return spans;
		}

		/** Whether this match holds {@code inner} as a kind of itself ("chronic [low back pain]"), not beside it. */
		boolean narrowsTo(Span inner, List<String> tokens) {
			return start <= inner.start && inner.end <= end && end - start > inner.end - inner.start
					&& tokens.subList(start, inner.start).stream().noneMatch(COORDINATORS::contains);
		}

	}

	private boolean isSideNote(List<String> tokens) {
		return sideNotes.stream().anyMatch(cue -> cue.findIn(tokens, 0) >= 0);
	}

	/** A condition's score and its sentences, the focused ones first. */
	private static final class Count {

		int score;

		final List<String> focused = new ArrayList<>();

		final List<String> weak = new ArrayList<>();

		void add(String sentence, boolean isWeak) {
			if (!isWeak) {
				score++;
			}
			List<String> list = isWeak ? weak : focused;
			if (list.size() < MAX_EVIDENCE_SENTENCES && !focused.contains(sentence) && !weak.contains(sentence)) {
				list.add(sentence);
			}
		}

		List<String> evidence(int limit) {
			List<String> all = new ArrayList<>(focused);
			all.addAll(weak);
			return all.subList(0, Math.min(limit, all.size()));
		}

	}

}
