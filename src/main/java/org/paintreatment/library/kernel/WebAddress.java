package org.paintreatment.library.kernel;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * What the library takes as a web address wherever one is given (a source's URL, a fact's
 * source, the public URL): an absolute http or https address with a host.
 */
public final class WebAddress {

	private WebAddress() {
	}

	public static boolean isHttp(String address) {
		try {
			URI uri = new URI(address);
			String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
			return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}

}
