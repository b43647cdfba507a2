package org.paintreatment.library.kernel;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The absolute address of the site for canonical links and previews: {@code library.public-url}
 * when an operator sets it (behind a proxy), else the address the current request came to, whose
 * host {@link TrustedHosts} has checked.
 */
@Component
public class PublicUrl {

	private final String configured;

	public PublicUrl(SiteProperties site) {
		this.configured = site.publicUrl() == null ? "" : site.publicUrl().strip().replaceAll("/+$", "");
		// A base for links: an http(s) address without a query or a fragment.
		if (!configured.isEmpty() && !(WebAddress.isHttp(configured) && configured.matches("[^?#]*"))) {
			throw new IllegalStateException("library.public-url must be an absolute http or https address, such as "
					+ "https://library.example.org, not '" + configured + "'");
		}
	}

	/** The address for the request being handled by Spring MVC. */
	public String base() {
		return isConfigured() ? configured
				: base(((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest());
	}

	/** The address for the given request, for filters that run before Spring MVC. */
	public String base(HttpServletRequest request) {
		if (isConfigured()) {
			return configured;
		}
		String scheme = request.getScheme();
		int port = request.getServerPort();
		boolean defaultPort = port <= 0 || "http".equals(scheme) && port == 80 || "https".equals(scheme) && port == 443;
		return scheme + "://" + request.getServerName().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port)
				+ request.getContextPath();
	}

	/** Whether every absolute link is made from {@code library.public-url}, whatever the request. */
	public boolean isConfigured() {
		return !configured.isEmpty();
	}

}
