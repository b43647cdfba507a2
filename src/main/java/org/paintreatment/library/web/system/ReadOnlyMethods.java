package org.paintreatment.library.web.system;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The library is read-only: every address answers GET and HEAD, and any other method
 * (OPTIONS and TRACE included) gets a 405 with {@code Allow: GET, HEAD} and our error page,
 * before any controller runs.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class ReadOnlyMethods extends OncePerRequestFilter {

	static final String ALLOWED = "GET, HEAD";

	static final String MESSAGE = "This address can only be read (GET or HEAD).";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String method = request.getMethod();
		if ("GET".equals(method) || "HEAD".equals(method)) {
			chain.doFilter(request, response);
			return;
		}
		response.setHeader(HttpHeaders.ALLOW, ALLOWED);
		response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
	}

}
