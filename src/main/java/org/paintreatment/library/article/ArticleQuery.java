package org.paintreatment.library.article;

import java.util.List;

/**
 * The article list's request parameters as they arrive, before {@link ArticleFilters} checks them.
 */
public record ArticleQuery(List<String> treatment, List<String> mechanism, List<String> caveat, String q, Integer page,
		Integer size) {

}
