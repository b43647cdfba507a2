package org.paintreatment.library.web.system;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.paintreatment.library.article.ReadModel;
import org.paintreatment.library.kernel.PublicUrl;
import org.paintreatment.library.taxonomy.TermKind;
import org.springframework.cache.Cache;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Serves the reading pages from memory. The first GET of a page renders it as usual; its bytes,
 * gzipped, are kept in the {@value #CACHE_NAME} cache under the library version (so any
 * import that changes an article starts afresh), the site's address its links are made from
 * ({@link PublicUrl}: one for all requests when it is configured, else the trusted host the
 * request came to, so one host's page is never served to another) and the path with its query.
 * Later GETs and HEADs of the page are answered from there, before Spring MVC: a matching
 * {@code If-None-Match} with 304 as {@link LibraryEtags} would, else the bytes, gzipped for
 * clients that ask. Requests for a page that is being rendered wait for it rather than render it
 * again (after an import, many readers ask for the same pages at once). Only 200
 * {@code text/html} answers are kept, so error pages are rendered every time.
 */
class PageCache extends OncePerRequestFilter {

	static final String CACHE_NAME = "pages";

	/** How long a request waits for the same page being rendered for another before rendering it itself. */
	static final long WAIT_MILLIS = 10_000;

	/** The page addresses: the home page, the compare page, and each section with its items. */
	private static final List<String> SECTIONS = Stream
		.concat(Stream.of("/articles"), Arrays.stream(TermKind.values()).map(kind -> "/" + kind.path()))
		.toList();

	private final Cache pages;

	private final ReadModel readModel;

	private final LibraryEtags etags;

	private final PublicUrl publicUrl;

	/** Pages being rendered now: a request for one waits for that rendering instead of repeating it. */
	private final ConcurrentMap<Key, CompletableFuture<CachedPage>> inFlight = new ConcurrentHashMap<>();

	PageCache(Cache pages, ReadModel readModel, LibraryEtags etags, PublicUrl publicUrl) {
		this.pages = pages;
		this.readModel = readModel;
		this.etags = etags;
		this.publicUrl = publicUrl;
	}

	/**
	 * What a cached page is kept under: {@code base} is the site's address its links are made
	 * from (the same for every request when {@code library.public-url} is set).
	 */
	record Key(long version, String base, String path, String query) {
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String method = request.getMethod();
		return !("GET".equals(method) || "HEAD".equals(method)) || !isPage(request.getRequestURI())
				|| !acceptsHtml(request.getHeader(HttpHeaders.ACCEPT));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		// The version is read before rendering: a page rendered while an import finishes is kept
		// under the older version, which no request asks for afterwards.
		Key key = new Key(readModel.current().version(), publicUrl.base(request), request.getRequestURI(),
				request.getQueryString());
		CachedPage page = pages.get(key, CachedPage.class);
		if (page == null && "GET".equals(request.getMethod())) {
			CompletableFuture<CachedPage> mine = new CompletableFuture<>();
			CompletableFuture<CachedPage> earlier = inFlight.putIfAbsent(key, mine);
			if (earlier == null) {
				try {
					mine.complete(renderAndKeep(key, request, response, chain));
				}
				finally {
					mine.complete(null);
					inFlight.remove(key, mine);
				}
				return;
			}
			page = awaitQuietly(earlier);
		}
		if (page == null) {
			if ("GET".equals(request.getMethod())) {
				renderAndKeep(key, request, response, chain);
			}
			else {
				chain.doFilter(request, response);
			}
			return;
		}
		if (!etags.notModified(request, response)) {
			page.writeTo(response, acceptsGzip(request), !"HEAD".equals(request.getMethod()));
		}
	}

	/** Renders the page as usual and answers it; keeps and returns it if it can be kept, else null. */
	private CachedPage renderAndKeep(Key key, HttpServletRequest request, HttpServletResponse response,
			FilterChain chain) throws ServletException, IOException {
		ContentCachingResponseWrapper rendering = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, rendering);
		if (!isKeepable(rendering)) {
			rendering.copyBodyToResponse();
			return null;
		}
		CachedPage page = CachedPage.of(rendering.getContentAsByteArray(), rendering.getContentType(),
				rendering.getLocale());
		pages.put(key, page);
		page.writeTo(response, acceptsGzip(request), true);
		return page;
	}

	/** The page another request is rendering, or null if it gives none (an error, or too slow). */
	private static CachedPage awaitQuietly(CompletableFuture<CachedPage> rendering) {
		try {
			return rendering.get(WAIT_MILLIS, TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return null;
		}
		catch (ExecutionException | TimeoutException ex) {
			return null;
		}
	}

	/** A complete 200 HTML page that is the same for every reader. */
	private static boolean isKeepable(ContentCachingResponseWrapper rendering) {
		String contentType = rendering.getContentType();
		return rendering.getStatus() == HttpServletResponse.SC_OK && !rendering.isCommitted() && contentType != null
				&& contentType.startsWith("text/html") && rendering.getHeader(HttpHeaders.CONTENT_ENCODING) == null
				&& rendering.getHeader(HttpHeaders.SET_COOKIE) == null;
	}

	static boolean isPage(String path) {
		if (path.equals("/") || path.equals("/compare")) {
			return true;
		}
		for (String section : SECTIONS) {
			if (path.startsWith(section)) {
				int end = section.length();
				return path.length() == end
						|| path.charAt(end) == '/' && path.length() > end + 1 && path.indexOf('/', end + 1) < 0;
			}
		}
		return false;
	}

	/** No Accept header, or one that takes HTML: an API client asking for JSON is not given a page. */
	static boolean acceptsHtml(String accept) {
		return accept == null || accept.contains("text/html") || accept.contains("*/*") || accept.isBlank();
	}

	/** Whether {@code Accept-Encoding} lists gzip without refusing it with q=0 (as Tomcat reads it). */
	static boolean acceptsGzip(HttpServletRequest request) {
		String header = request.getHeader(HttpHeaders.ACCEPT_ENCODING);
		if (header == null) {
			return false;
		}
		for (String coding : header.split(",")) {
			int semicolon = coding.indexOf(';');
			String name = (semicolon < 0 ? coding : coding.substring(0, semicolon)).strip();
			if (name.equalsIgnoreCase("gzip") || name.equalsIgnoreCase("x-gzip")) {
				return semicolon < 0 || !isZeroQuality(coding.substring(semicolon + 1));
			}
		}
		return false;
	}

	private static boolean isZeroQuality(String parameters) {
		for (String parameter : parameters.split(";")) {
			String value = parameter.strip().toLowerCase(Locale.ROOT);
			if (value.startsWith("q=")) {
				try {
					return Double.parseDouble(value.substring(2).strip()) == 0;
				}
				catch (NumberFormatException ex) {
					return false;
				}
			}
		}
		return false;
	}

}
