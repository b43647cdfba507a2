package org.paintreatment.library.web.system;

import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.paintreatment.library.support.HttpPagesTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every page shares: the layout's landmarks, one h1, a unique title, our own error pages,
 * validators tied to the import, gzip and long-lived static files.
 */
class ReaderPagesTest extends HttpPagesTest {

	static final List<String> PAGES = List.of("/", "/articles", "/articles?treatment=ketamine", "/treatments",
			"/treatments/ketamine", "/mechanisms", "/mechanisms/endorphin-release", "/caveats",
			"/caveats/side-effects", "/compare", "/conditions", "/conditions/migraine-and-headache");

	@Test
	void everyPageHasTheLandmarksASkipLinkAndOneH1() {
		for (String path : PAGES) {
			Document page = http.page(path);
			assertThat(page.select("html").attr("lang")).as(path).isEqualTo("en");
			assertThat(page.select("header")).as(path).isNotEmpty();
			assertThat(page.select("nav[aria-label=Main]")).as(path).hasSize(1);
			assertThat(page.select("main#main")).as(path).hasSize(1);
			assertThat(page.select("footer")).as(path).isNotEmpty();
			assertThat(page.select("a.skip-link").attr("href")).as(path).isEqualTo("#main");
			assertThat(page.select("h1")).as(path).hasSize(1);
		}
	}

	@Test
	void everyPageHasItsOwnTitle() {
		Set<String> titles = new HashSet<>();
		for (String path : List.of("/", "/articles", "/treatments", "/treatments/ketamine", "/mechanisms",
				"/mechanisms/endorphin-release", "/caveats", "/caveats/side-effects", "/compare")) {
			assertThat(titles.add(http.page(path).title())).as(path).isTrue();
		}
	}

	@Test
	void homeShowsTreatmentsMechanismsCaveatsArticlesAndASearchForm() {
		Document home = http.page("/");

		assertThat(home.select(".notice").text()).contains("not medical advice");
		assertThat(home.select("#home-treatments + ul a[href=/treatments/ketamine] + .count").text()).isEqualTo("3 articles");
		assertThat(home.select("#home-mechanisms + ul li")).isNotEmpty();
		assertThat(home.select("#home-caveats + ul li")).isNotEmpty();
		assertThat(home.select(".article-card")).hasSize(5);
		assertThat(home.select("form.home-search[method=get][action=/articles] input[name=q]")).hasSize(1);
	}

	@Test
	void unknownAddressesGetOurOwn404Page() {
		for (String path : List.of("/no-such-page", "/articles/x/y", "/treatments/", "/css/missing.css")) {
			HttpResponse<String> response = http.get(path);
			assertThat(response.statusCode()).as(path).isEqualTo(404);
			assertThat(response.body()).as(path).doesNotContain("Whitelabel").doesNotContain("Exception");
		}
		assertThat(http.page("/no-such-page", 404).select("h1").text()).isEqualTo("Page not found");
	}

	@Test
	void pagesAnswerAMatchingValidatorWith304() {
		HttpResponse<String> first = http.get("/articles/" + anySlug());
		String etag = first.headers().firstValue("ETag").orElseThrow();

		HttpResponse<String> again = http.get("/articles/" + anySlug(), Map.of("If-None-Match", etag));

		assertThat(again.statusCode()).isEqualTo(304);
		assertThat(again.body()).isEmpty();
		assertThat(http.get("/", Map.of("If-None-Match", "W/\"stale\"")).statusCode()).isEqualTo(200);
	}

	@Test
	void textIsGzippedForClientsThatAskForIt() {
		HttpResponse<String> response = http.get("/articles", Map.of("Accept-Encoding", "gzip"));

		assertThat(response.headers().firstValue("Content-Encoding")).hasValue("gzip");
	}

	@Test
	void stylesheetsAreServedUnderHashedUrlsWithLongCaching() {
		String href = http.page("/").select("link[rel=stylesheet]").first().attr("href");

		HttpResponse<String> css = http.get(href);

		assertThat(href).matches("/css/library-[0-9a-f]{32}\\.css");
		assertThat(css.statusCode()).isEqualTo(200);
		assertThat(css.headers().firstValue("Cache-Control").orElseThrow()).contains("max-age=31536000");
	}

	@Test
	void safetyHeadersAreOnPagesErrorsStaticFilesAndJson() {
		for (String path : List.of("/", "/no-such-page", "/api/articles", "/articles?page=0")) {
			HttpResponse<String> response = http.get(path);
			assertThat(response.headers().firstValue("Content-Security-Policy")).as(path)
				.hasValueSatisfying(csp -> assertThat(csp).contains("default-src 'self'").doesNotContain("unsafe-inline"));
			assertThat(response.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
			assertThat(response.headers().firstValue("Referrer-Policy")).as(path).hasValue("strict-origin-when-cross-origin");
		}
	}

	private String anySlug() {
		return http.json("/api/articles").get("items").get(0).get("slug").asString();
	}

}
