package org.paintreatment.library.web.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.paintreatment.library.kernel.PublicUrl;
import org.paintreatment.library.kernel.Slugs;
import org.paintreatment.library.web.article.ArticlePages;
import org.paintreatment.library.web.article.GzipPage;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers a reader's GET or HEAD of an article page with the page stored after the import
 * ({@link ArticlePages}): one row read by slug, its compressed bytes written with the site's
 * address in its holes, before Spring MVC and the {@link PageCache}. An article whose stored page
 * is missing or not current, and any request with a query, goes on to be rendered as usual.
 */
@Component
@Order(PageCacheConfiguration.FILTER_ORDER - 1)
class StoredArticlePages extends OncePerRequestFilter {

	private static final String ARTICLES = "/articles/";

	private final ArticlePages pages;

	private final LibraryEtags etags;

	private final PublicUrl publicUrl;

	StoredArticlePages(ArticlePages pages, LibraryEtags etags, PublicUrl publicUrl) {
		this.pages = pages;
		this.etags = etags;
		this.publicUrl = publicUrl;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String method = request.getMethod();
		String path = request.getRequestURI();
		return !("GET".equals(method) || "HEAD".equals(method)) || request.getQueryString() != null
				|| !path.startsWith(ARTICLES) || !Slugs.isValid(path.substring(ARTICLES.length()))
				|| !PageCache.acceptsHtml(request.getHeader(HttpHeaders.ACCEPT));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Optional<GzipPage> page = pages.find(request.getRequestURI().substring(ARTICLES.length()));
		if (page.isEmpty()) {
			chain.doFilter(request, response);
			return;
		}
		if (etags.notModified(request, response)) {
			return;
		}
		byte[] address = publicUrl.base(request).getBytes(StandardCharsets.UTF_8);
		boolean withBody = !"HEAD".equals(request.getMethod());
		response.setContentType(MediaType.TEXT_HTML_VALUE + ";charset=UTF-8");
		// the page's own language (its html element's lang), whatever language the reader asked for
		response.setHeader(HttpHeaders.CONTENT_LANGUAGE, "en");
		response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
		if (PageCache.acceptsGzip(request)) {
			response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
			response.setContentLength(page.get().gzipLength(address));
			if (withBody) {
				page.get().writeGzip(response.getOutputStream(), address);
			}
		}
		else {
			byte[] plain = page.get().plain(address);
			response.setContentLength(plain.length);
			if (withBody) {
				response.getOutputStream().write(plain);
			}
		}
	}

}
