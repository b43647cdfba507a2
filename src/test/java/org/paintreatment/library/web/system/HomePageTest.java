package org.paintreatment.library.web.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.paintreatment.library.support.LibraryTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The home page over real HTTP, on the library imported from the real seeds folder.
 */
@LibraryTest
class HomePageTest {

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	@LocalServerPort
	private int port;

	private HttpResponse<String> get(String path) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.timeout(Duration.ofSeconds(20))
			.GET()
			.build();
		return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void homePageListsTheFiveImportedArticlesByTitle() throws Exception {
		HttpResponse<String> response = get("/");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("text/html").containsIgnoringCase("charset=UTF-8"));
		Document html = Jsoup.parse(response.body());
		assertThat(html.select("html").attr("lang")).isEqualTo("en");
		assertThat(html.select("h1")).hasSize(1);
		assertThat(html.select("h1").text()).isEqualTo("Pain Treatment Library");
		assertThat(html.title()).isEqualTo("Home \u00B7 Pain Treatment Library");
		assertThat(html.select(".article-cards .article-card-title").eachText()).containsExactly(
				"Can Acupuncture Relieve Pain Right Away?", "How Does Ketamine Work For Pain",
				"How Long Does Ketamine Pain Relief Last? Exploring Treatment Duration",
				"Ketamine Therapy for Chronic Headaches and Migraines",
				"Unraveling Kratom's Role in Pain Regulation: A Deep Dive into Its Mechanisms");
		assertThat(html.select(".article-cards .badge-treatment").eachText()).containsExactly("Acupuncture",
				"Ketamine", "Ketamine", "Ketamine", "Kratom");
		assertThat(html.text()).doesNotContain("The library is empty");
	}

	@Test
	void homePageHasASkipLinkToTheMainContent() throws Exception {
		Document html = Jsoup.parse(get("/").body());

		assertThat(html.select("a.skip-link").attr("href")).isEqualTo("#main");
		assertThat(html.select("main#main")).hasSize(1);
	}

	@Test
	void unknownPathIsNotFound() throws Exception {
		assertThat(get("/no-such-page").statusCode()).isEqualTo(404);
	}

}
