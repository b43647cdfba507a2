package org.paintreatment.library.article;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

import org.paintreatment.library.quality.Question;
import org.paintreatment.library.taxonomy.TermKind;

/**
 * The reader's filters on the article list: term values (OR within a kind, AND across kinds),
 * words to find, the page, and the quality questions the articles must all meet. Knows the URLs
 * that add or remove a filter.
 *
 * @param asTyped search the words as typed, without correcting their spelling ({@code spell=off})
 */
public record ArticleFilter(Map<TermKind, Set<String>> selected, String query, int page, int size, Set<Question> meets,
		boolean asTyped) {

	/** The value of the {@code spell} parameter that searches the words as typed. */
	public static final String SPELLING_OFF = "off";

	public static final int DEFAULT_SIZE = 20;

	public static final int MAX_SIZE = 100;

	/** The parameter of the quality filter: {@code meets=risks}. */
	public static final String MEETS = "meets";

	public ArticleFilter {
		Map<TermKind, Set<String>> copy = new EnumMap<>(TermKind.class);
		for (TermKind kind : TermKind.values()) {
			copy.put(kind, Set.copyOf(new LinkedHashSet<>(selected.getOrDefault(kind, Set.of()))));
		}
		selected = copy;
		query = query == null ? "" : query.strip();
		meets = meets.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(meets));
	}

	public ArticleFilter(Map<TermKind, Set<String>> selected, String query, int page, int size) {
		this(selected, query, page, size, Set.of(), false);
	}

	public ArticleFilter(Map<TermKind, Set<String>> selected, String query, int page, int size, Set<Question> meets) {
		this(selected, query, page, size, meets, false);
	}

	public static ArticleFilter all() {
		return new ArticleFilter(Map.of(), "", 1, DEFAULT_SIZE);
	}

	public boolean isMeeting(Question question) {
		return meets.contains(question);
	}

	public Set<String> selected(TermKind kind) {
		return selected.get(kind);
	}

	public boolean isSelected(TermKind kind, String slug) {
		return selected(kind).contains(slug);
	}

	public boolean hasQuery() {
		return !query.isEmpty();
	}

	/** Whether any term or quality filter is chosen (words aside). */
	public boolean hasFilters() {
		return !meets.isEmpty() || selected.values().stream().anyMatch(set -> !set.isEmpty());
	}

	public boolean isEmpty() {
		return !hasQuery() && meets.isEmpty() && selected.values().stream().allMatch(Set::isEmpty);
	}

	/** Whether the article passes every term filter, leaving out the kind {@code ignored}. */
	public boolean matchesTerms(IndexedArticle article, TermKind ignored) {
		for (TermKind kind : TermKind.values()) {
			Set<String> wanted = selected(kind);
			if (kind != ignored && !wanted.isEmpty() && wanted.stream().noneMatch(slug -> article.has(kind, slug))) {
				return false;
			}
		}
		return true;
	}

	public String url() {
		return urlWith(selected, query, page, meets);
	}

	/** The same filters and page with other words, their spelling corrected when needed. */
	public ArticleFilter withQuery(String words) {
		return new ArticleFilter(selected, words, page, size, meets, false);
	}

	/** The same filters with these words searched as typed, without spelling correction, from page 1. */
	public String urlAsTyped(String words) {
		return new ArticleFilter(selected, words, 1, size, meets, true).url();
	}

	public String urlForPage(int number) {
		return urlWith(selected, query, number, meets);
	}

	public String urlRemoving(TermKind kind, String slug) {
		return urlWith(without(kind, slug), query, 1, meets);
	}

	public String urlWithoutQuery() {
		return urlWith(selected, "", 1, meets);
	}

	/** The same filters with other words (a corrected search), from page 1. */
	public String urlWithQuery(String words) {
		return withQuery(words).urlForPage(1);
	}

	public String urlRemoving(Question question) {
		Set<Question> fewer = EnumSet.noneOf(Question.class);
		fewer.addAll(meets);
		fewer.remove(question);
		return urlWith(selected, query, 1, fewer);
	}

	/** The quality questions chosen, in the checklist's order, each with the URL that removes it. */
	public List<ActiveQuality> activeQuality() {
		return meets.stream().sorted().map(question -> new ActiveQuality(question, urlRemoving(question))).toList();
	}

	public record ActiveQuality(Question question, String removeUrl) {
	}

	/** The active filters, each with the URL that removes it. */
	public List<ActiveFilter> activeFilters() {
		List<ActiveFilter> active = new ArrayList<>();
		for (TermKind kind : TermKind.values()) {
			selected(kind).stream().sorted().forEach(slug -> active.add(new ActiveFilter(kind, slug, urlRemoving(kind, slug))));
		}
		return active;
	}

	public record ActiveFilter(TermKind kind, String slug, String removeUrl) {
	}

	/** The active filters by kind, only the kinds with a choice: any of a group's values may hold. */
	public List<ActiveGroup> activeGroups() {
		List<ActiveGroup> groups = new ArrayList<>();
		for (TermKind kind : TermKind.values()) {
			List<ActiveFilter> filters = activeFilters().stream().filter(active -> active.kind() == kind).toList();
			if (!filters.isEmpty()) {
				groups.add(new ActiveGroup(kind, filters));
			}
		}
		return groups;
	}

	public record ActiveGroup(TermKind kind, List<ActiveFilter> filters) {
	}

	/** How many term values and quality questions are chosen (words aside). */
	public int choiceCount() {
		return meets.size() + selected.values().stream().mapToInt(Set::size).sum();
	}

	/** Whether anything narrows the list besides the choices of {@code kind}: words, quality or another kind. */
	public boolean narrowsBesides(TermKind kind) {
		return hasQuery() || !meets.isEmpty()
				|| selected.entrySet().stream().anyMatch(entry -> entry.getKey() != kind && !entry.getValue().isEmpty());
	}

	/** Whether anything narrows the list besides the quality question {@code question}. */
	public boolean narrowsBesides(Question question) {
		return hasQuery() || meets.stream().anyMatch(other -> other != question)
				|| selected.values().stream().anyMatch(set -> !set.isEmpty());
	}

	private Map<TermKind, Set<String>> without(TermKind kind, String slug) {
		Map<TermKind, Set<String>> changed = new EnumMap<>(selected);
		Set<String> values = new LinkedHashSet<>(selected(kind));
		values.remove(slug);
		changed.put(kind, values);
		return changed;
	}

	private String urlWith(Map<TermKind, Set<String>> terms, String words, int pageNumber, Set<Question> questions) {
		StringJoiner query = new StringJoiner("&", "?", "").setEmptyValue("");
		for (TermKind kind : TermKind.values()) {
			terms.get(kind).stream().sorted().forEach(slug -> query.add(parameter(kind.parameter(), slug)));
		}
		questions.stream().sorted().forEach(question -> query.add(parameter(MEETS, question.id())));
		if (!words.isEmpty()) {
			query.add(parameter("q", words));
			if (asTyped) {
				query.add("spell=" + SPELLING_OFF);
			}
		}
		if (pageNumber > 1) {
			query.add("page=" + pageNumber);
		}
		if (size != DEFAULT_SIZE) {
			query.add("size=" + size);
		}
		return "/articles" + query;
	}

	private static String parameter(String name, String value) {
		return name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
