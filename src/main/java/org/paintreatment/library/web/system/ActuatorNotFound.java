package org.paintreatment.library.web.system;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Actuator answers a health component or group it does not have ({@code /actuator/health/db})
 * with a bare 404 and no body. Under {@code /actuator} a 404 is therefore sent as an error, which
 * the container's error page turns into our 404 like any other.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class ActuatorNotFound extends OncePerRequestFilter {

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !request.getRequestURI().startsWith("/actuator/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		chain.doFilter(request, new HttpServletResponseWrapper(response) {

			@Override
			public void setStatus(int status) {
				if (status != HttpServletResponse.SC_NOT_FOUND) {
					super.setStatus(status);
					return;
				}
				try {
					sendError(status);
				}
				catch (IOException ex) {
					super.setStatus(status);
				}
			}

		});
	}

}
