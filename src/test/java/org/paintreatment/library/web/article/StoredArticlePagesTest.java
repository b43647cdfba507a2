package org.paintreatment.library.web.article;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.paintreatment.library.article.ReadModel;
import org.paintreatment.library.support.HttpPagesTest;
import org.paintreatment.library.support.LibraryHttp.Raw;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cache.CacheManager;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An article's page is stored after the import and answered from there: the very page a request
 * would have rendered, for whichever address it was asked at, gzipped or not, and never once the
 * library has changed in a way that changes it.
 */
class StoredArticlePagesTest extends HttpPagesTest {

	private final HttpClient client = HttpClient.newHttpClient();

	@Autowired
	ArticlePages pages;

	@Autowired
	ReadModel readModel;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	CacheManager caches;

	@Autowired
	ArticleJsonCopies jsonCopies;

	@BeforeEach
	void pagesAreStored() {
		pages.renderChanged();
		assertThat(pages.isCurrent()).isTrue();
	}

	@Test
	void everyArticleHasAStoredPageThatIsThePageARequestRenders() throws Exception {
		List<String> slugs = jdbc.queryForList("select slug from article order by slug", String.class);
		assertThat(slugs).isNotEmpty();
		for (String slug : slugs) {
			assertThat(pages.find(slug)).as(slug).isPresent();
			String stored = http.get("/articles/" + slug).body();
			String gzipped = gunzip(getGzipped("/articles/" + slug));

			// a query (here a tracking parameter) is answered by rendering the page
			String rendered = http.get("/articles/" + slug + "?ref=stored-pages-test").body();

			assertThat(stored).as(slug).isEqualTo(rendered).contains("<link rel=\"canonical\"");
			assertThat(gzipped).as(slug).isEqualTo(rendered);
		}
	}

	@Test
	void theAddressInAStoredPageIsTheOneItWasAskedAt() {
		String slug = anySlug();
		assertThat(pages.find(slug)).isPresent();

		for (String host : List.of("localhost:" + port, "127.0.0.1:" + port)) {
			Raw page = http.raw("GET", "/articles/" + slug, Map.of("Host", host));

			assertThat(page.status()).isEqualTo(200);
			assertThat(page.body()).contains("<link rel=\"canonical\" href=\"http://" + host + "/articles/" + slug + "\">")
				.contains("\"url\":\"http://" + host + "/articles/" + slug + "\"")
				.doesNotContain(ArticlePageRenderer.SITE_ADDRESS);
		}
	}

	@Test
	void aStoredPageHasItsLengthAValidatorAndNoBodyForHead() {
		String slug = anySlug();
		assertThat(pages.find(slug)).isPresent();
		Raw page = http.raw("GET", "/articles/" + slug, Map.of("Accept-Encoding", "gzip"));
		Raw head = http.raw("HEAD", "/articles/" + slug, Map.of("Accept-Encoding", "gzip"));

		assertThat(page.header("Content-Encoding")).isEqualTo("gzip");
		assertThat(page.header("Content-Type")).isEqualTo("text/html;charset=UTF-8");
		assertThat(page.header("Content-Security-Policy")).isNotBlank();
		assertThat(head.header("Content-Length")).isEqualTo(page.header("Content-Length"));
		assertThat(head.body()).isEmpty();
		assertThat(http.raw("GET", "/articles/" + slug, Map.of("If-None-Match", page.header("ETag"))).status())
			.isEqualTo(304);
	}

	@Test
	void aPageIsNotServedFromStoreOnceATermItShowsIsRenamedUntilItIsRenderedAgain() {
		String slug = anySlug();
		withItsTreatmentRenamed(slug, "Renamed today", () -> {
			assertThat(pages.find(slug)).isEmpty();
			assertThat(http.page("/articles/" + slug).select(".badge-treatment").text()).isEqualTo("Renamed today");
			pages.renderChanged();
			assertThat(pages.find(slug)).isPresent();
			assertThat(http.page("/articles/" + slug).select(".badge-treatment").text()).isEqualTo("Renamed today");
		});
		assertThat(pages.find(slug)).isEmpty();
	}

	@Test
	void aStoredPageAReaderGotIsCopiedAndTheCopyIsServedOnlyUnderTheKeyItWasRenderedUnder() {
		String slug = anySlug();
		String fromDatabase = http.get("/articles/" + slug).body();
		int copied = pages.copied();
		assertThat(copied).isPositive();
		http.get("/articles/" + slug);
		assertThat(pages.copied()).isEqualTo(copied);

		try {
			jdbc.update("delete from article_page where slug = ?", slug);
			assertThat(pages.find(slug)).isPresent();
			assertThat(http.get("/articles/" + slug).body()).isEqualTo(fromDatabase);

			withItsTreatmentRenamed(slug, "Renamed for the copy", () -> {
				assertThat(pages.find(slug)).isEmpty();
				assertThat(http.page("/articles/" + slug).select(".badge-treatment").text())
					.isEqualTo("Renamed for the copy");
			});
		}
		finally {
			pages.renderChanged();
		}
		assertThat(http.get("/articles/" + slug).body()).isEqualTo(fromDatabase);
	}

	@Test
	void anArticlesJsonIsWrittenOnceUnderItsPagesKeyAndAgainOnceThatKeyChanges() {
		String slug = anySlug();
		Raw first = http.raw("GET", "/api/articles/" + slug, Map.of("Accept", "application/json"));
		int copied = jsonCopies.copied();
		Raw again = http.raw("GET", "/api/articles/" + slug, Map.of("Accept", "application/json"));

		assertThat(copied).isPositive();
		assertThat(jsonCopies.copied()).isEqualTo(copied);
		assertThat(again.status()).isEqualTo(200);
		assertThat(again.header("Content-Type")).isEqualTo(first.header("Content-Type")).startsWith("application/json");
		assertThat(again.body()).isEqualTo(first.body());

		try {
			withItsTreatmentRenamed(slug, "Renamed for the JSON", () -> {
				assertThat(treatmentNameInJson(slug)).isEqualTo("Renamed for the JSON");
				pages.renderChanged();
				assertThat(treatmentNameInJson(slug)).isEqualTo("Renamed for the JSON");
				assertThat(jsonCopies.copied()).isEqualTo(copied + 1);
			});
		}
		finally {
			pages.renderChanged();
		}
		assertThat(http.raw("GET", "/api/articles/" + slug, Map.of("Accept", "application/json")).body())
			.isEqualTo(first.body());
	}

	@Test
	void anUnchangedLibraryRendersNoPageAgain() {
		assertThat(pages.renderChanged()).isZero();
	}

	/**
	 * Renames the article's treatment while {@code check} runs (the read model rebuilt, the stored
	 * pages' pass not run), then gives it its name back.
	 */
	private void withItsTreatmentRenamed(String slug, String newName, Runnable check) {
		String treatment = readModel.current().article(slug).orElseThrow().treatment();
		String name = jdbc.queryForObject("select name from treatment where slug = ?", String.class, treatment);
		try {
			jdbc.update("update treatment set name = ? where slug = ?", newName, treatment);
			readModel.rebuild();
			emptyThePageCache();
			check.run();
		}
		finally {
			jdbc.update("update treatment set name = ? where slug = ?", name, treatment);
			readModel.rebuild();
			emptyThePageCache();
		}
	}

	private String treatmentNameInJson(String slug) {
		return http.json("/api/articles/" + slug).get("treatment").get("name").asString();
	}

	private String anySlug() {
		return readModel.current().articles().get(0).slug();
	}

	private byte[] getGzipped(String path) throws Exception {
		HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Accept-Encoding", "gzip")
			.timeout(Duration.ofSeconds(15))
			.build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Encoding")).hasValue("gzip");
		return response.body();
	}

	private static String gunzip(byte[] gzip) throws IOException {
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip))) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private void emptyThePageCache() {
		caches.getCacheNames().forEach(name -> caches.getCache(name).clear());
	}

}
