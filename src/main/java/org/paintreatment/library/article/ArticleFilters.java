package org.paintreatment.library.article;

import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.paintreatment.library.system.BadParameterException;
import org.paintreatment.library.taxonomy.TermKind;
import org.springframework.stereotype.Component;

/**
 * Checks the article list's request parameters and turns them into an {@link ArticleFilter},
 * answering a 400 that names any parameter it cannot use.
 */
@Component
public class ArticleFilters {

	public static final int MAX_QUERY_CHARS = 200;

	private final LibraryIndex index;

	ArticleFilters(LibraryIndex index) {
		this.index = index;
	}

	public ArticleFilter parse(ArticleQuery request) {
		Map<TermKind, Set<String>> selected = new EnumMap<>(TermKind.class);
		selected.put(TermKind.TREATMENT, known(TermKind.TREATMENT, request.treatment()));
		selected.put(TermKind.MECHANISM, known(TermKind.MECHANISM, request.mechanism()));
		selected.put(TermKind.CAVEAT, known(TermKind.CAVEAT, request.caveat()));
		String query = request.q() == null ? "" : withoutControlCharacters(request.q()).strip();
		if (query.length() > MAX_QUERY_CHARS) {
			throw new BadParameterException("q", "The search words ('q') may be at most " + MAX_QUERY_CHARS
					+ " characters long; these are " + query.length() + ".");
		}
		int pageNumber = request.page() == null ? 1 : request.page();
		if (pageNumber < 1) {
			throw new BadParameterException("page", "The parameter 'page' must be 1 or more.");
		}
		int pageSize = request.size() == null ? ArticleFilter.DEFAULT_SIZE : request.size();
		if (pageSize < 1 || pageSize > ArticleFilter.MAX_SIZE) {
			throw new BadParameterException("size",
					"The parameter 'size' must be between 1 and " + ArticleFilter.MAX_SIZE + ".");
		}
		return new ArticleFilter(selected, query, pageNumber, pageSize);
	}

	/** A NUL or another control character typed or pasted into the box is a space, never echoed. */
	private static String withoutControlCharacters(String text) {
		StringBuilder clean = new StringBuilder(text.length());
		text.chars().forEach(c -> clean.append(Character.isISOControl(c) ? ' ' : (char) c));
		return clean.toString();
	}

	private Set<String> known(TermKind kind, List<String> values) {
		Set<String> slugs = new LinkedHashSet<>();
		for (String value : values == null ? List.<String>of() : values) {
			if (value.isBlank()) {
				continue;
			}
			if (index.current().term(kind, value).isEmpty()) {
				throw new BadParameterException(kind.parameter(), "The library has no " + kind.label().toLowerCase()
						+ " called '" + abbreviate(value) + "' (parameter '" + kind.parameter() + "').");
			}
			slugs.add(value);
		}
		return slugs;
	}

	private static String abbreviate(String value) {
		return value.length() <= 60 ? value : value.substring(0, 60) + "\u2026";
	}

}
