package org.paintreatment.library.kernel;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the library is addressed from outside, for its absolute links (canonical links, previews,
 * the sitemap and robots.txt).
 *
 * @param publicUrl the site's public address, such as {@code https://library.example.org}: every
 * absolute link is made from it, whatever host a request names; empty to make them from the
 * address each request came to
 * @param trustedHosts without a public address, the host names (with any port) the library
 * answers to; a request naming any other host gets a 400, so that a forged {@code Host} header
 * never reaches a link
 */
@ConfigurationProperties("library")
public record SiteProperties(@DefaultValue("") String publicUrl,
		@DefaultValue({ "localhost", "127.0.0.1", "[::1]" }) List<String> trustedHosts) {

}
