package org.paintreatment.library.web.article;

import java.util.List;

/**
 * The article list's request parameters as they arrive, before {@link ArticleFilterParser} checks them.
 * The numbers are text: Spring's conversion would read {@code 0x2}, {@code +2}, {@code 2 } or a
 * full-width {@code ２} as 2, so {@link ArticleFilterParser} reads them itself.
 */
public record ListParameters(List<String> treatment, List<String> mechanism, List<String> caveat, String q, String page,
		String size, List<String> meets, String spell, List<String> condition) {

}
