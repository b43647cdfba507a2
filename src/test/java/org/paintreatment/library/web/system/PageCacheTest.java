package org.paintreatment.library.web.system;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import java.util.zip.GZIPInputStream;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.paintreatment.library.importer.LibraryImporter;
import org.paintreatment.library.support.OwnSeedsFolder;
import org.paintreatment.library.support.SeedsFolders;
import org.paintreatment.library.taxonomy.TermKind;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.cache.CacheManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pages are rendered once per library version and then answered from memory: the same bytes,
 * the same headers, gzipped for clients that ask; an import that changes an article shows at
 * once; errors are never kept.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		// the article pages here are the cache's (stored pages answer them first otherwise: StoredArticlePagesTest)
		properties = { "library.test.schema=page_cache", "library.watch=false", "library.stored-pages=false",
				"spring.jpa.properties.hibernate.generate_statistics=true",
				"logging.level.org.hibernate.engine.internal.StatisticalLoggingSessionEventListener=WARN" })
@OwnSeedsFolder
class PageCacheTest {

	static final Path SEEDS = SeedsFolders.of(PageCacheTest.class);

	static final String KETAMINE = "Ketamine for Nerve Pain\nKetamine blocks NMDA receptors in the spinal cord. "
			+ "Ketamine is given as an infusion under medical supervision.\nDoctors use ketamine for nerve pain.\n";

	static final String KRATOM = "# Kratom and Pain\n\nKratom leaves come from Southeast Asia. Kratom binds opioid "
			+ "receptors in the brain.\n\nThe legal status of kratom varies.\n";

	/** Headers a cached answer must repeat exactly. */
	static final List<String> REPEATED_HEADERS = List.of("Content-Type", "Content-Language", "ETag", "Cache-Control",
			"Vary", "Content-Security-Policy", "X-Content-Type-Options", "Referrer-Policy", "X-Frame-Options");

	@LocalServerPort
	int port;

	@Autowired
	LibraryImporter importer;

	@Autowired
	CacheManager caches;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	final HttpClient client = HttpClient.newHttpClient();

	@BeforeEach
	void library() throws IOException {
		write("ketamine.txt", KETAMINE);
		write("kratom.md", KRATOM);
		importer.importAll();
	}

	@Test
	void aSecondGetIsAnsweredFromMemoryWithTheSameBytesAndHeaders() {
		caches.getCache(PageCache.CACHE_NAME).clear();
		HttpResponse<byte[]> first = get("/articles/ketamine-for-nerve-pain", Map.of());
		Statistics statistics = statistics();
		HttpResponse<byte[]> second = get("/articles/ketamine-for-nerve-pain", Map.of());

		assertThat(first.statusCode()).isEqualTo(200);
		assertThat(second.statusCode()).isEqualTo(200);
		assertThat(statistics.getPrepareStatementCount()).as("statements for the second GET").isZero();
		assertThat(second.body()).isEqualTo(first.body());
		assertThat(new String(second.body(), StandardCharsets.UTF_8)).contains("<h1>Ketamine for Nerve Pain</h1>");
		for (String header : REPEATED_HEADERS) {
			assertThat(second.headers().allValues(header)).as(header)
				.isNotEmpty()
				.isEqualTo(first.headers().allValues(header));
		}
		assertThat(second.headers().firstValue("Content-Type")).hasValue("text/html;charset=UTF-8");
		assertThat(second.headers().firstValue("Content-Length")).hasValue(String.valueOf(second.body().length));
		assertThat(second.headers().firstValue("Content-Encoding")).isEmpty();
	}

	@Test
	void everyKindOfTermPageIsAnsweredFromMemoryTheSecondTime() {
		for (TermKind kind : TermKind.values()) {
			String page = kind.urlOf(switch (kind) {
				case TREATMENT -> "ketamine";
				case MECHANISM -> "nmda-receptor-antagonism";
				case CAVEAT -> "side-effects";
				case CONDITION -> "neuropathic-pain";
			});
			caches.getCache(PageCache.CACHE_NAME).clear();
			assertThat(get(page, Map.of()).statusCode()).as(page).isEqualTo(200);
			Statistics statistics = statistics();
			assertThat(get(page, Map.of()).statusCode()).as(page).isEqualTo(200);
			assertThat(statistics.getPrepareStatementCount()).as("statements for the second GET of %s", page).isZero();
		}
	}

	@Test
	void gzipIsSentToClientsThatAskAndHoldsTheSameHtml() {
		caches.getCache(PageCache.CACHE_NAME).clear();
		byte[] html = get("/articles", Map.of()).body();
		HttpResponse<byte[]> rendered = get("/articles/kratom-and-pain", Map.of("Accept-Encoding", "gzip"));
		HttpResponse<byte[]> cached = get("/articles", Map.of("Accept-Encoding", "gzip, deflate"));

		for (HttpResponse<byte[]> response : List.of(rendered, cached)) {
			assertThat(response.headers().firstValue("Content-Encoding")).hasValue("gzip");
			assertThat(response.headers().allValues("Vary")).containsExactly("Accept-Encoding");
			assertThat(response.headers().firstValue("Content-Length")).hasValue(String.valueOf(response.body().length));
		}
		assertThat(gunzip(cached.body())).isEqualTo(html);
		assertThat(gunzip(rendered.body())).isEqualTo(get("/articles/kratom-and-pain", Map.of()).body());
	}

	@Test
	void anImportThatChangesAnArticleShowsAtOnce() throws IOException {
		assertThat(page("/articles/ketamine-for-nerve-pain")).contains("spinal cord").doesNotContain("nasal spray");
		assertThat(page("/articles")).doesNotContain("Revised");
		String etag = get("/articles/ketamine-for-nerve-pain", Map.of()).headers().firstValue("ETag").orElseThrow();

		write("ketamine.txt", KETAMINE.replace("Ketamine for Nerve Pain", "Ketamine for Nerve Pain, Revised")
			.replace("in the spinal cord", "as a nasal spray"));
		importer.importAll();

		assertThat(page("/articles/ketamine-for-nerve-pain")).contains("nasal spray").doesNotContain("spinal cord");
		assertThat(page("/articles")).contains("Ketamine for Nerve Pain, Revised");
		assertThat(get("/articles/ketamine-for-nerve-pain", Map.of("If-None-Match", etag)).statusCode()).isEqualTo(200);
	}

	@Test
	void aMatchingValidatorGets304AndHeadGetsTheHeadersOnly() {
		HttpResponse<byte[]> page = get("/treatments/ketamine", Map.of());
		String etag = page.headers().firstValue("ETag").orElseThrow();

		HttpResponse<byte[]> again = get("/treatments/ketamine", Map.of("If-None-Match", etag));
		HttpResponse<byte[]> head = send(HttpRequest.newBuilder(uri("/treatments/ketamine"))
			.method("HEAD", HttpRequest.BodyPublishers.noBody())
			.build());

		assertThat(again.statusCode()).isEqualTo(304);
		assertThat(again.body()).isEmpty();
		assertThat(again.headers().firstValue("ETag")).hasValue(etag);
		assertThat(head.statusCode()).isEqualTo(200);
		assertThat(head.body()).isEmpty();
		assertThat(head.headers().firstValue("Content-Length")).hasValue(String.valueOf(page.body().length));
	}

	@Test
	void readersAskingForTheSamePageAtOnceGetItRenderedOnce() throws Exception {
		caches.getCache(PageCache.CACHE_NAME).clear();
		Statistics statistics = statistics();

		List<CompletableFuture<HttpResponse<byte[]>>> responses = IntStream.range(0, 16)
			.mapToObj(reader -> CompletableFuture.supplyAsync(() -> get("/articles/kratom-and-pain", Map.of())))
			.toList();

		byte[] first = responses.get(0).get().body();
		for (CompletableFuture<HttpResponse<byte[]>> response : responses) {
			assertThat(response.get().statusCode()).isEqualTo(200);
			assertThat(response.get().body()).isEqualTo(first);
		}
		assertThat(statistics.getPrepareStatementCount()).as("statements of one rendering").isEqualTo(1);
	}

	@Test
	void errorsAndApiAnswersAreNeverKept() {
		caches.getCache(PageCache.CACHE_NAME).clear();
		for (int time = 0; time < 2; time++) {
			assertThat(get("/articles/no-such-article", Map.of()).statusCode()).isEqualTo(404);
			assertThat(get("/articles?page=0", Map.of()).statusCode()).isEqualTo(400);
			assertThat(get("/articles?treatment=homeopathy", Map.of()).statusCode()).isEqualTo(400);
			assertThat(get("/api/articles", Map.of()).statusCode()).isEqualTo(200);
			assertThat(get("/library/import", Map.of()).statusCode()).isEqualTo(200);
		}
		assertThat(keptPaths()).isEmpty();

		get("/articles?treatment=ketamine", Map.of());
		assertThat(keptPaths()).containsExactly("/articles?treatment=ketamine");
		HttpResponse<byte[]> missing = get("/articles/no-such-article", Map.of());
		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(Jsoup.parse(new String(missing.body(), StandardCharsets.UTF_8)).select("h1").text())
			.isEqualTo("Page not found");
	}

	@Test
	void headersNamedLikeTheListsParametersNeitherFilterTheListNorReachTheCache() {
		caches.getCache(PageCache.CACHE_NAME).clear();
		// Spring's binding of a record reads request headers too: a client could have filtered
		// /articles with a header, and every reader after it would have been given that page
		String poisoned = new String(get("/articles", Map.of("treatment", "kratom", "q", "leaves", "page", "2")).body(),
				StandardCharsets.UTF_8);
		String plain = page("/articles");

		assertThat(Jsoup.parse(poisoned).select(".results-count").text()).isEqualTo("2 articles");
		assertThat(Jsoup.parse(plain).select(".results-count").text()).isEqualTo("2 articles");
		assertThat(Jsoup.parse(plain).select("#list-q").attr("value")).isEmpty();
		assertThat(new String(get("/api/articles", Map.of("treatment", "kratom", "q", "leaves")).body(),
				StandardCharsets.UTF_8)).contains("ketamine-for-nerve-pain", "kratom-and-pain");
	}

	private List<String> keptPaths() {
		@SuppressWarnings("unchecked")
		Map<PageCache.Key, ?> kept = ((com.github.benmanes.caffeine.cache.Cache<PageCache.Key, ?>) caches
			.getCache(PageCache.CACHE_NAME)
			.getNativeCache()).asMap();
		return kept.keySet().stream().map(key -> key.path() + (key.query() == null ? "" : "?" + key.query())).toList();
	}

	private Statistics statistics() {
		Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		statistics.clear();
		return statistics;
	}

	private String page(String path) {
		HttpResponse<byte[]> response = get(path, Map.of());
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return new String(response.body(), StandardCharsets.UTF_8);
	}

	private HttpResponse<byte[]> get(String path, Map<String, String> headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
		headers.forEach(request::header);
		return send(request.build());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

	private HttpResponse<byte[]> send(HttpRequest request) {
		try {
			return client.send(request, HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static byte[] gunzip(byte[] gzip) {
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip))) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void write(String name, String text) throws IOException {
		Files.writeString(SEEDS.resolve(name), text);
	}

}
