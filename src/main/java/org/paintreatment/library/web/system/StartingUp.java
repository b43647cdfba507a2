package org.paintreatment.library.web.system;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Until the library is ready (the seeds imported and indexed at start-up), and again while it
 * shuts down, pages and the API answer 503 with {@code Retry-After}, not a library that looks
 * empty: a permanent link asked for then would otherwise get a 404, and a filter a 400. The web
 * server is listening meanwhile, so health checks (and the stylesheets) are answered as usual.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class StartingUp extends OncePerRequestFilter {

	static final String RETRY_AFTER_SECONDS = "5";

	static final String MESSAGE = "The library is starting: its articles are being imported. "
			+ "Please try again in a few seconds.";

	private final ObjectProvider<ApplicationAvailability> availability;

	/** Found once: looking the bean up cost 6 % of an article page's time. */
	private volatile ApplicationAvailability found;

	StartingUp(ObjectProvider<ApplicationAvailability> availability) {
		this.availability = availability;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (isReady() || isAlwaysAnswered(request.getRequestURI())) {
			chain.doFilter(request, response);
			return;
		}
		response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
		response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
	}

	private boolean isReady() {
		ApplicationAvailability state = found;
		if (state == null) {
			state = availability.getIfAvailable();
			found = state;
		}
		return state == null || state.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC;
	}

	private static boolean isAlwaysAnswered(String path) {
		return path.startsWith("/actuator/") || path.startsWith("/css/");
	}

}
