package org.paintreatment.library.web.article;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.paintreatment.library.support.BenchmarkLibrary;
import org.paintreatment.library.support.LibraryHttp;
import org.paintreatment.library.support.TempFolders;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A measurement to run by hand, not a test: uncached article pages and their JSON over real HTTP
 * (the page cache off), from a generated library, in random order, one client thread.
 *
 * <pre>./mvnw -q test -Dtest=ArticlePageBenchmark -Dsurefire.failIfNoSpecifiedTests=false</pre>
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:file:./target/benchmark/page-db/library",
				"library.seeds-dir=target/benchmark/page-library", "library.index-dir=target/benchmark/page-index",
				"library.watch=false", "library.page-cache.max-bytes=0", "logging.level.org.paintreatment.library=WARN" })
class ArticlePageBenchmark {

	static final int ARTICLES = Integer.getInteger("page.benchmark.articles", 1_000);

	static final int REQUESTS = Integer.getInteger("page.benchmark.requests", 2_000);

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ArticleService articles;

	@BeforeAll
	static void generate() throws IOException, InterruptedException {
		TempFolders.delete(Path.of("target/benchmark/page-db"));
		TempFolders.delete(Path.of("target/benchmark/page-index"));
		assertThat(BenchmarkLibrary.generate(Path.of("target/benchmark/page-library"), ARTICLES)).isZero();
	}

	/**
	 * Alternates between the stored page facts and none (every article as if stored before them:
	 * the evidence tables and the HTML read per request, as before), so both paths are measured in
	 * the same run.
	 */
	@Test
	void measure() {
		LibraryHttp http = new LibraryHttp(port);
		List<String> slugs = new ArrayList<>(jdbc.queryForList("select slug from article", String.class));
		List<Object[]> stored = jdbc.query("select page_facts, slug from article",
				(row, n) -> new Object[] { row.getString(1), row.getString(2) });
		Random random = new Random(22);
		for (int round = 0; round < 3; round++) {
			for (boolean facts : List.of(true, false)) {
				if (!facts) {
					jdbc.update("update article set page_facts = null");
				}
				Collections.shuffle(slugs, random);
				long started = System.nanoTime();
				for (int i = 0; i < REQUESTS; i++) {
					assertThat(articles.show(slugs.get(i % slugs.size())).toc()).isNotNull();
				}
				long micros = (System.nanoTime() - started) / 1_000;
				System.out.printf("BENCH ArticleService.show %s: %,d calls in %,d ms, %,d µs each%n",
						facts ? "page facts" : "per request", REQUESTS, micros / 1000, micros / REQUESTS);
				jdbc.batchUpdate("update article set page_facts = ? where slug = ?", stored);
			}
		}
		for (String prefix : List.of("/articles/", "/articles/", "/api/articles/")) {
			for (boolean facts : List.of(true, false)) {
				if (!facts) {
					jdbc.update("update article set page_facts = null");
				}
				Collections.shuffle(slugs, random);
				long started = System.nanoTime();
				for (int i = 0; i < REQUESTS; i++) {
					HttpResponse<String> response = http.get(prefix + slugs.get(i % slugs.size()));
					assertThat(response.statusCode()).isEqualTo(200);
				}
				long micros = (System.nanoTime() - started) / 1_000;
				System.out.printf("BENCH %s %s: %,d uncached requests in %,d ms, %,d µs each%n", prefix,
						facts ? "page facts" : "per request", REQUESTS, micros / 1000, micros / REQUESTS);
				jdbc.batchUpdate("update article set page_facts = ? where slug = ?", stored);
			}
		}
	}

}
