package org.paintreatment.library.web.system;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.paintreatment.library.support.HttpPagesTest;
import org.paintreatment.library.support.LibraryHttp.Raw;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Without {@code library.public-url} the absolute links are made from the host a request names,
 * so only trusted host names are answered: a forged {@code Host} gets a 400 that never repeats
 * it, and each trusted name gets its own links, ETags and cached pages.
 */
class HostHeaderTest extends HttpPagesTest {

	static final String EVIL = "evil.example";

	@Test
	void anUntrustedHostGetsA400OfOursThatNeverNamesIt() {
		for (String path : List.of("/", article(), "/articles", "/treatments/ketamine", "/sitemap.xml", "/robots.txt",
				"/api/articles", "/actuator", "/no-such-page")) {
			for (String host : List.of(EVIL, EVIL + ":" + port, "localhost.evil.example")) {
				Raw answer = http.raw("GET", path, Map.of("Host", host));

				assertThat(answer.status()).as(host + " " + path).isEqualTo(400);
				assertThat(answer.body()).as(host + " " + path).doesNotContain("evil").contains("library.trusted-hosts");
				assertThat(answer.header("Content-Security-Policy")).as(path).isNotNull();
				assertThat(answer.header("Content-Type")).as(path)
					.startsWith(path.startsWith("/api") ? "application/problem+json" : "text/html");
			}
		}
	}

	@Test
	void healthChecksAreAnsweredWhateverTheHostAndNameNone() {
		for (String path : List.of("/actuator/health", "/actuator/health/readiness", "/actuator/health/liveness")) {
			Raw answer = http.raw("GET", path, Map.of("Host", EVIL));

			assertThat(answer.status()).as(path).isEqualTo(200);
			assertThat(answer.body()).as(path).contains("UP").doesNotContain("evil");
		}
	}

	@Test
	void forwardedHeadersAndAbsoluteTargetsNamingAnotherHostAreNotBelieved() {
		for (Map<String, String> headers : List.of(Map.of("X-Forwarded-Host", EVIL), Map.of("Forwarded", "host=" + EVIL),
				Map.of("X-Forwarded-Host", EVIL, "X-Forwarded-Proto", "https", "X-Forwarded-Port", "443"))) {
			for (String path : List.of(article(), "/sitemap.xml", "/robots.txt")) {
				Raw answer = http.raw("GET", path, headers);

				assertThat(answer.status()).as(path + " " + headers).isEqualTo(200);
				assertThat(answer.body()).as(path + " " + headers).doesNotContain("evil").contains("http://localhost:" + port);
			}
		}
		Raw absolute = http.raw("GET", "http://" + EVIL + "/sitemap.xml");
		assertThat(absolute.status()).isEqualTo(400);
		assertThat(absolute.body()).doesNotContain("evil");
	}

	@Test
	void eachTrustedHostGetsItsOwnLinksEtagsAndCachedPages() {
		String article = article();
		List<String> hosts = List.of("localhost:" + port, "127.0.0.1:" + port, "[::1]:" + port, "LOCALHOST:" + port);
		for (int round = 0; round < 2; round++) {
			for (String host : hosts) {
				String base = "http://" + host.toLowerCase();
				Document page = Jsoup.parse(http.raw("GET", article, Map.of("Host", host)).body());
				Document sitemap = Jsoup.parse(http.raw("GET", "/sitemap.xml", Map.of("Host", host)).body(), "",
						Parser.xmlParser());

				assertThat(page.select("link[rel=canonical]").attr("href")).as(host).isEqualTo(base + article);
				assertThat(page.select("meta[property=og:url]").attr("content")).as(host).isEqualTo(base + article);
				assertThat(sitemap.select("loc").eachText()).as(host).isNotEmpty().allMatch(url -> url.startsWith(base + "/"));
				assertThat(http.raw("GET", "/robots.txt", Map.of("Host", host)).body()).as(host)
					.contains("Sitemap: " + base + "/sitemap.xml");
			}
		}
		String localhostEtag = http.raw("GET", article, Map.of("Host", hosts.get(0))).header("ETag");
		String loopbackEtag = http.raw("GET", article, Map.of("Host", hosts.get(1))).header("ETag");
		assertThat(localhostEtag).isNotEqualTo(loopbackEtag);
		assertThat(http.raw("GET", article, Map.of("Host", hosts.get(1), "If-None-Match", localhostEtag)).status())
			.isEqualTo(200);
		assertThat(http.raw("GET", article, Map.of("Host", hosts.get(1), "If-None-Match", loopbackEtag)).status())
			.isEqualTo(304);
	}

	@Test
	@ExtendWith(OutputCaptureExtension.class)
	void eachRefusedHostNameIsLoggedOnceWithoutATrace(CapturedOutput output) {
		String host = "once-" + UUID.randomUUID() + ".example";
		for (int request = 0; request < 3; request++) {
			assertThat(http.raw("GET", "/", Map.of("Host", host)).status()).isEqualTo(400);
			assertThat(http.raw("GET", "/api/articles", Map.of("Host", host)).status()).isEqualTo(400);
		}

		assertThat(output.getAll().lines().filter(line -> line.contains(host)).toList()).singleElement()
			.satisfies(line -> assertThat(line).contains("WARN").contains("library.trusted-hosts"));
		assertThat(output.getAll()).doesNotContain("Exception").doesNotContain("\tat ");
	}

	private String article() {
		return http.json("/api/articles").get("items").get(0).get("url").asString();
	}

}
