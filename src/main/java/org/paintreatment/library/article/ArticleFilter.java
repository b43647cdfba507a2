package org.paintreatment.library.article;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

import org.paintreatment.library.taxonomy.TermKind;

/**
 * The reader's filters on the article list: term values (OR within a kind, AND across kinds),
 * words to find, and the page. Knows the URLs that add or remove a filter.
 *
 * @param asTyped search the words as typed, without correcting their spelling ({@code spell=off})
 */
public record ArticleFilter(Map<TermKind, Set<String>> selected, String query, int page, int size, boolean asTyped) {

	/** The value of the {@code spell} parameter that searches the words as typed. */
	public static final String SPELLING_OFF = "off";

	public static final int DEFAULT_SIZE = 20;

	public static final int MAX_SIZE = 100;

	public ArticleFilter {
		Map<TermKind, Set<String>> copy = new EnumMap<>(TermKind.class);
		for (TermKind kind : TermKind.values()) {
			copy.put(kind, Set.copyOf(new LinkedHashSet<>(selected.getOrDefault(kind, Set.of()))));
		}
		selected = copy;
		query = query == null ? "" : query.strip();
	}

	public ArticleFilter(Map<TermKind, Set<String>> selected, String query, int page, int size) {
		this(selected, query, page, size, false);
	}

	public static ArticleFilter all() {
		return new ArticleFilter(Map.of(), "", 1, DEFAULT_SIZE);
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

	public boolean isEmpty() {
		return !hasQuery() && selected.values().stream().allMatch(Set::isEmpty);
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
		return urlWith(selected, query, page);
	}

	/** The same filters and page with other words, their spelling corrected when needed. */
	public ArticleFilter withQuery(String words) {
		return new ArticleFilter(selected, words, page, size, false);
	}

	/** The same filters with these words searched as typed, without spelling correction, from page 1. */
	public String urlAsTyped(String words) {
		return new ArticleFilter(selected, words, 1, size, true).url();
	}

	public String urlForPage(int number) {
		return urlWith(selected, query, number);
	}

	public String urlAdding(TermKind kind, String slug) {
		return urlWith(changed(kind, slug, true), query, 1);
	}

	public String urlRemoving(TermKind kind, String slug) {
		return urlWith(changed(kind, slug, false), query, 1);
	}

	public String urlWithoutQuery() {
		return urlWith(selected, "", 1);
	}

	/** The same filters with other words (a corrected search), from page 1. */
	public String urlWithQuery(String words) {
		return withQuery(words).urlForPage(1);
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

	private Map<TermKind, Set<String>> changed(TermKind kind, String slug, boolean add) {
		Map<TermKind, Set<String>> changed = new EnumMap<>(selected);
		Set<String> values = new LinkedHashSet<>(selected(kind));
		if (add) {
			values.add(slug);
		}
		else {
			values.remove(slug);
		}
		changed.put(kind, values);
		return changed;
	}

	private String urlWith(Map<TermKind, Set<String>> terms, String words, int pageNumber) {
		StringJoiner query = new StringJoiner("&", "?", "").setEmptyValue("");
		for (TermKind kind : TermKind.values()) {
			terms.get(kind).stream().sorted().forEach(slug -> query.add(parameter(kind.parameter(), slug)));
		}
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
