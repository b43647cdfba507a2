package org.paintreatment.library.web.system;

import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.paintreatment.library.kernel.PublicUrl;
import org.paintreatment.library.kernel.SiteProperties;
import org.paintreatment.library.support.DatabaseTest;
import org.paintreatment.library.support.LibraryHttp;
import org.paintreatment.library.support.LibraryHttp.Raw;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * With {@code library.public-url} set, every absolute link is made from it, whatever host a
 * request names: any host is answered, with the same page, the same links and the same ETag.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "library.test.schema=public_url", "library.watch=false",
				"library.public-url=" + PublicUrlTest.PUBLIC_URL + "/" })
@DatabaseTest
class PublicUrlTest {

	static final String PUBLIC_URL = "https://library.example";

	@LocalServerPort
	int port;

	LibraryHttp http;

	@BeforeEach
	void connect() {
		http = new LibraryHttp(port);
	}

	@Test
	void everyHostGetsThePublicUrlsAndTheSamePage() {
		String article = http.json("/api/articles").get("items").get(0).get("url").asString();
		Raw first = null;
		for (String host : List.of("evil.example", "localhost:" + port, "127.0.0.1:" + port, "evil.example:8443")) {
			Raw page = http.raw("GET", article, Map.of("Host", host));
			Document html = Jsoup.parse(page.body());
			Document sitemap = Jsoup.parse(http.raw("GET", "/sitemap.xml", Map.of("Host", host)).body(), "",
					Parser.xmlParser());
			String robots = http.raw("GET", "/robots.txt", Map.of("Host", host)).body();

			assertThat(page.status()).as(host).isEqualTo(200);
			assertThat(html.select("link[rel=canonical]").attr("href")).as(host).isEqualTo(PUBLIC_URL + article);
			assertThat(html.select("meta[property=og:url]").attr("content")).as(host).isEqualTo(PUBLIC_URL + article);
			assertThat(sitemap.select("loc").eachText()).as(host).isNotEmpty()
				.allMatch(url -> url.startsWith(PUBLIC_URL + "/"));
			assertThat(robots).as(host).contains("Sitemap: " + PUBLIC_URL + "/sitemap.xml");
			for (String body : List.of(page.body(), sitemap.outerHtml(), robots)) {
				assertThat(body).as(host).doesNotContain("evil").doesNotContain("localhost").doesNotContain("127.0.0.1");
			}
			first = first == null ? page : first;
			assertThat(page.body()).as(host).isEqualTo(first.body());
			assertThat(page.header("ETag")).as(host).isEqualTo(first.header("ETag"));
		}
	}

	@Test
	void aPublicUrlThatIsNotAnAbsoluteAddressStopsTheStart() {
		for (String wrong : List.of("library.example", "/library", "ftp://library.example", "https://")) {
			assertThatIllegalStateException()
				.isThrownBy(() -> new PublicUrl(new SiteProperties(wrong, List.of())))
				.withMessageContaining("library.public-url")
				.withMessageContaining(wrong);
		}
	}

}
