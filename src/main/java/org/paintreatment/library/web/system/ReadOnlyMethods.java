package org.paintreatment.library.web.system;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The library is read-only: every address answers GET and HEAD, and any other method
 * (OPTIONS and TRACE included) gets a 405 with {@code Allow: GET, HEAD} and our error page,
 * before any controller runs. A GET or HEAD that carries a body gets a 413: the library reads
 * none (and {@link UnreadBodies} closes such a connection without reading it).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class ReadOnlyMethods extends OncePerRequestFilter {

	static final String ALLOWED = "GET, HEAD";

	static final String MESSAGE = "This address can only be read (GET or HEAD).";

	static final String NO_BODY = "The library takes no request body: send the request again without one.";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String method = request.getMethod();
		if (!"GET".equals(method) && !"HEAD".equals(method)) {
			response.setHeader(HttpHeaders.ALLOW, ALLOWED);
			response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
		}
		else if (hasBody(request)) {
			response.sendError(HttpStatus.CONTENT_TOO_LARGE.value());
		}
		else {
			chain.doFilter(request, response);
		}
	}

	/** A body announced by its length or sent in chunks. */
	static boolean hasBody(HttpServletRequest request) {
		return request.getContentLengthLong() > 0 || request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null;
	}

}
