package org.paintreatment.library.web.system;

import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The host names the library answers to when it has no public address, and the other names it
 * has already refused, remembered so that each is logged once: at most {@value #REMEMBERED} of
 * them, so that a stream of made-up names costs neither memory nor a flood of log lines.
 */
final class HostNames {

	static final int REMEMBERED = 100;

	/** Longer names are remembered and shown cut (a DNS name has at most 253 characters). */
	static final int LONGEST = 253;

	private final Set<String> trusted;

	private final Set<String> refused = ConcurrentHashMap.newKeySet();

	HostNames(Collection<String> trusted) {
		this.trusted = trusted.stream().map(HostNames::normal).collect(Collectors.toUnmodifiableSet());
	}

	/** Whether a request naming this host (as Tomcat read it, without the port) is answered. */
	boolean trusts(String host) {
		return host != null && trusted.contains(normal(host));
	}

	/** True the first time a refused name is seen, while fewer than {@value #REMEMBERED} have been. */
	boolean isNewRefusal(String host) {
		return refused.size() < REMEMBERED && refused.add(shown(host));
	}

	/** The name as logged: lower case, cut at {@value #LONGEST} characters. */
	static String shown(String host) {
		String name = normal(host == null ? "" : host);
		return name.length() > LONGEST ? name.substring(0, LONGEST) + "…" : name;
	}

	private static String normal(String host) {
		return host.strip().toLowerCase(Locale.ROOT);
	}

}
