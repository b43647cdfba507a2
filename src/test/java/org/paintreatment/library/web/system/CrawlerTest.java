package org.paintreatment.library.web.system;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.paintreatment.library.support.HttpPagesTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a search engine reads: robots.txt and the sitemap of every permanent page.
 */
class CrawlerTest extends HttpPagesTest {

	@Test
	void robotsKeepCrawlersOutOfTheApiAndPointAtTheSitemap() {
		HttpResponse<String> robots = http.get("/robots.txt");

		assertThat(robots.statusCode()).isEqualTo(200);
		assertThat(robots.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/plain");
		assertThat(robots.body().lines()).contains("User-agent: *", "Disallow: /api/", "Disallow: /library/",
				"Sitemap: http://localhost:" + port + "/sitemap.xml");
	}

	@Test
	void theSitemapListsEveryArticleAndTermPageAndEachAnswers200() {
		HttpResponse<String> response = http.get("/sitemap.xml");
		Document sitemap = Jsoup.parse(response.body(), "", Parser.xmlParser());
		List<String> locations = sitemap.select("urlset > url > loc").eachText();

		List<String> expected = new ArrayList<>(Sitemap.FIXED);
		for (String kind : List.of("treatments", "mechanisms", "caveats", "conditions")) {
			http.json("/api/" + kind).forEach(term -> expected.add("/" + kind + "/" + term.get("slug").asString()));
		}
		JsonNode articles = http.json("/api/articles?size=100");
		articles.get("items").forEach(article -> expected.add(article.get("url").asString()));

		assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/xml");
		assertThat(sitemap.selectFirst("urlset").attr("xmlns")).isEqualTo("http://www.sitemaps.org/schemas/sitemap/0.9");
		assertThat(locations).containsExactlyInAnyOrderElementsOf(
				expected.stream().map(path -> "http://localhost:" + port + path).toList());
		assertThat(locations).hasSize(Sitemap.FIXED.size() + countTerms() + articles.get("total").asInt());
		for (Element location : sitemap.select("loc")) {
			String path = location.text().substring(("http://localhost:" + port).length());
			assertThat(http.get(path).statusCode()).as(path).isEqualTo(200);
		}
		String etag = response.headers().firstValue("ETag").orElseThrow();
		assertThat(http.get("/sitemap.xml", Map.of("If-None-Match", etag)).statusCode()).isEqualTo(304);
	}

	private int countTerms() {
		return http.json("/api/treatments").size() + http.json("/api/mechanisms").size() + http.json("/api/caveats").size()
				+ http.json("/api/conditions").size();
	}

}
