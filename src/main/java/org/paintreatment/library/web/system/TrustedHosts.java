package org.paintreatment.library.web.system;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.paintreatment.library.kernel.PublicUrl;
import org.paintreatment.library.kernel.SiteProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Without {@code library.public-url}, absolute links are made from the host a request names, so
 * only the names of {@code library.trusted-hosts} are answered: any other host gets a 400 page
 * (a problem document under {@code /api}) that does not repeat it, and one WARN line per name.
 * Health checks are answered whatever the host: orchestrators probe an instance by its address,
 * and the answer names no host.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 3)
class TrustedHosts extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(TrustedHosts.class);

	static final String MESSAGE = "This library does not answer to the host name this request was sent to. "
			+ "An operator sets library.public-url (the site's public address) or library.trusted-hosts "
			+ "(the host names it answers to).";

	private final PublicUrl publicUrl;

	private final HostNames hosts;

	TrustedHosts(PublicUrl publicUrl, SiteProperties site) {
		this.publicUrl = publicUrl;
		this.hosts = new HostNames(site.trustedHosts());
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI();
		return publicUrl.isConfigured() || path.equals("/actuator/health") || path.startsWith("/actuator/health/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String host = request.getServerName();
		if (hosts.trusts(host)) {
			chain.doFilter(request, response);
			return;
		}
		if (hosts.isNewRefusal(host)) {
			log.warn("Refused requests for the host name '{}': it is not in library.trusted-hosts, and library.public-url "
					+ "is not set (each refused name is logged once, the first {})", HostNames.shown(host),
					HostNames.REMEMBERED);
		}
		request.setAttribute(LibraryErrorController.MESSAGE_ATTRIBUTE, MESSAGE);
		response.sendError(HttpServletResponse.SC_BAD_REQUEST);
	}

}
