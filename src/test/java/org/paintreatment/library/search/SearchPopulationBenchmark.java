package org.paintreatment.library.search;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.paintreatment.library.article.ArticleFilter;
import org.paintreatment.library.article.IndexedArticle;
import org.paintreatment.library.article.ReadModel;
import org.paintreatment.library.support.LibraryHttp;
import org.paintreatment.library.web.article.ArticleService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A measurement to run by hand, not a test ({@code ./mvnw verify} never runs it): a population of
 * random two-word searches made of the library's own words, as {@code bench/Population.java} makes
 * them (words of four letters or more from titles, summaries and article texts; half the time both
 * from one text), on the generated library of {@code bench/generate} (10,000 articles, written to
 * {@code target/benchmark/population-library} when that folder is missing), imported at start-up
 * into the in-memory database. The page cache is off: a population of searches seldom asks for one
 * twice, so the cache would only hide the search.
 *
 * <pre>./mvnw -q test -Dtest=SearchPopulationBenchmark</pre>
 *
 * Every search is timed alone (three rounds, {@code -Dsearch.population.rounds=…}; the round least
 * disturbed by other processes, by its median, is reported), then all of them from several threads
 * at once: the engine
 * ({@link SearchService#search}), the snippets of the page shown, the list (search, facets and
 * snippets) and the page over HTTP. {@code -Dsearch.population.library=…} names another generated
 * folder, {@code -Dsearch.population.queries=…} (2,000) the number of searches,
 * {@code -Dsearch.population.threads=…} (8) the threads; {@code -Dsearch.population.database=…} and
 * {@code -Dsearch.population.index=…} a database and an index where the library was imported
 * before (such as the H2 file and index folder of a {@code java -jar} run on it), to skip the
 * import. The figures are printed and written to
 * {@code target/benchmark/search-population.txt}.
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "library.watch=false",
				"library.page-cache.max-bytes=0",
				"logging.level.org.paintreatment.library=WARN" })
class SearchPopulationBenchmark {

	static final Path LIBRARY = Path.of(System.getProperty("search.population.library",
			"target/benchmark/population-library"));

	static final int ARTICLES = Integer.getInteger("search.population.articles", 10_000);

	static final int QUERIES = Integer.getInteger("search.population.queries", 2_000);

	static final int THREADS = Integer.getInteger("search.population.threads", 8);

	static final int ROUNDS = Integer.getInteger("search.population.rounds", 3);

	static final Set<String> STOPWORDS = Set.of("about", "after", "also", "among", "and", "are", "article", "articles",
			"been", "before", "being", "between", "both", "but", "can", "case", "could", "does", "each", "even", "every",
			"from", "have", "here", "into", "just", "least", "many", "more", "most", "much", "only", "other", "over",
			"part", "some", "such", "than", "that", "their", "them", "then", "there", "these", "they", "this", "those",
			"through", "very", "what", "when", "where", "which", "while", "with", "without", "would", "your", "will",
			"were", "whom", "whose", "library");

	static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'-]*\\p{L}");

	@LocalServerPort
	int port;

	@Autowired
	SearchService search;

	@Autowired
	ArticleService articles;

	@Autowired
	ReadModel library;

	@Autowired
	JdbcTemplate jdbc;

	@DynamicPropertySource
	static void library(DynamicPropertyRegistry registry) throws IOException, InterruptedException {
		if (!Files.isDirectory(LIBRARY)) {
			Process generate = new ProcessBuilder("bench/generate", LIBRARY.toString(), Integer.toString(ARTICLES))
				.inheritIO()
				.start();
			assertThat(generate.waitFor()).isZero();
		}
		registry.add("library.seeds-dir", () -> LIBRARY.toAbsolutePath().toString());
		registry.add("spring.datasource.url", () -> System.getProperty("search.population.database",
				"jdbc:h2:mem:search-population;DB_CLOSE_DELAY=-1"));
		registry.add("library.index-dir", () -> System.getProperty("search.population.index",
				"target/benchmark/population-index"));
	}

	@Test
	void measure() throws Exception {
		StringBuilder report = new StringBuilder();
		List<IndexedArticle> all = library.current().articles();
		List<String> queries = queries(all, new SplittableRandom(1));
		List<ArticleFilter> filters = queries.stream()
			.map(q -> new ArticleFilter(Map.of(), q, 1, ArticleFilter.DEFAULT_SIZE))
			.toList();
		LibraryHttp http = new LibraryHttp(port);
		for (int round = 0; round < 2; round++) { // warm-up: JIT, caches
			filters.forEach(filter -> articles.list(filter));
		}
		long found = filters.stream().filter(filter -> articles.list(filter).total() > 0).count();
		long some = queries.stream().filter(q -> search.search(q).someWordsOnly()).count();
		long corrected = queries.stream().filter(q -> search.search(q).correctedFrom().isPresent()).count();
		line(report, "%,d articles; %,d two-word searches of the library's own words: %,d find articles, "
				+ "%,d only by some words, %,d corrected", all.size(), queries.size(), found, some, corrected);
		line(report, "%-52s %s", "Engine: SearchService.search", alone(queries, q -> search.search(q)));
		List<SearchHits> hits = queries.stream().map(search::search).toList();
		List<List<Long>> pages = hits.stream().map(hit -> hit.ids().stream().limit(20).toList()).toList();
		List<Integer> each = IntStream.range(0, queries.size()).boxed().toList();
		line(report, "%-52s %s", "Snippets: SearchService.snippets (page of 20)",
				alone(each, i -> search.snippets(hits.get(i), pages.get(i))));
		line(report, "%-52s %s", "List: ArticleService.list (search, facets, snippets)",
				alone(filters, filter -> articles.list(filter)));
		line(report, "%-52s %s", "Page: GET /articles?q=… over HTTP", alone(filters, filter -> {
			assertThat(http.get(filter.url()).statusCode()).isEqualTo(200);
		}));
		line(report, "%-52s %s", "List, " + THREADS + " threads at once", together(filters, filter -> articles.list(filter)));
		line(report, "%-52s %s", "Page over HTTP, " + THREADS + " threads at once", together(filters, filter -> {
			assertThat(new LibraryHttp(port).get(filter.url()).statusCode()).isEqualTo(200);
		}));
		line(report, "Java %s, %d processors, max heap %,d MB, load average %.1f at the end",
				System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
				Runtime.getRuntime().maxMemory() / (1024 * 1024),
				ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
		Path out = Path.of("target/benchmark/search-population.txt");
		Files.createDirectories(out.getParent());
		Files.writeString(out, report);
	}

	/** As bench/Population.java: two different words, half the time from one text, else from two. */
	private List<String> queries(List<IndexedArticle> all, SplittableRandom random) {
		List<List<String>> documents = new ArrayList<>();
		for (int i = 0; i < Math.min(2_000, all.size()); i++) {
			IndexedArticle article = all.get(random.nextInt(all.size()));
			documents.add(words(article.title() + " " + article.summary()));
		}
		for (int i = 0; i < Math.min(50, all.size()); i++) {
			long id = all.get(random.nextInt(all.size())).id();
			documents.add(words(jdbc.queryForObject("select plain_text from article where id = ?", String.class, id)));
		}
		documents.removeIf(words -> words.size() < 2);
		List<String> queries = new ArrayList<>();
		while (queries.size() < QUERIES) {
			List<String> first = documents.get(random.nextInt(documents.size()));
			List<String> second = random.nextBoolean() ? first : documents.get(random.nextInt(documents.size()));
			String one = first.get(random.nextInt(first.size()));
			String two = second.get(random.nextInt(second.size()));
			if (!one.equals(two)) {
				queries.add(one + " " + two);
			}
		}
		return queries;
	}

	private static List<String> words(String text) {
		List<String> words = new ArrayList<>();
		Matcher word = WORD.matcher(text.toLowerCase(Locale.ROOT));
		while (word.find()) {
			if (word.group().length() >= 4 && !STOPWORDS.contains(word.group())) {
				words.add(word.group());
			}
		}
		return words;
	}

	/**
	 * One at a time, {@link #ROUNDS} times over: the round with the lowest median, the one other
	 * processes on the machine disturbed least.
	 */
	private static <T> String alone(List<T> work, Consumer<T> call) {
		String best = null;
		double bestMedian = Double.MAX_VALUE;
		for (int round = 0; round < ROUNDS; round++) {
			long[] nanos = new long[work.size()];
			String summary = alone(work, call, nanos);
			double median = SearchBenchmark.percentile(sorted(nanos), 50);
			if (median < bestMedian) {
				best = summary;
				bestMedian = median;
			}
		}
		return best;
	}

	/** One at a time: wall-clock and this thread's CPU time of each. */
	private static <T> String alone(List<T> work, Consumer<T> call, long[] nanos) {
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		long[] cpu = new long[work.size()];
		long began = System.nanoTime();
		for (int i = 0; i < work.size(); i++) {
			long cpuStarted = threads.getCurrentThreadCpuTime();
			long started = System.nanoTime();
			call.accept(work.get(i));
			nanos[i] = System.nanoTime() - started;
			cpu[i] = threads.getCurrentThreadCpuTime() - cpuStarted;
		}
		return summary(nanos, System.nanoTime() - began) + String.format(Locale.ROOT, "  | CPU p50 %6.2f  p99 %6.2f",
				SearchBenchmark.percentile(sorted(cpu), 50), SearchBenchmark.percentile(sorted(cpu), 99));
	}

	/** {@link #THREADS} threads taking the next search from the list until every one is done. */
	private static <T> String together(List<T> work, Consumer<T> call) throws Exception {
		long[] nanos = new long[work.size()];
		AtomicInteger next = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(THREADS);
		long began = System.nanoTime();
		List<Future<?>> running = new ArrayList<>();
		for (int t = 0; t < THREADS; t++) {
			running.add(pool.submit(() -> {
				for (int i = next.getAndIncrement(); i < work.size(); i = next.getAndIncrement()) {
					long started = System.nanoTime();
					call.accept(work.get(i));
					nanos[i] = System.nanoTime() - started;
				}
			}));
		}
		for (Future<?> each : running) {
			each.get();
		}
		pool.shutdown();
		pool.awaitTermination(1, TimeUnit.MINUTES);
		return summary(nanos, System.nanoTime() - began);
	}

	private static String summary(long[] nanos, long totalNanos) {
		long[] sorted = sorted(nanos);
		return String.format(Locale.ROOT, "%,7.0f/s  p50 %6.2f  p99 %6.2f  max %7.2f ms", nanos.length / (totalNanos / 1e9),
				SearchBenchmark.percentile(sorted, 50), SearchBenchmark.percentile(sorted, 99), sorted[sorted.length - 1] / 1e6);
	}

	private static long[] sorted(long[] values) {
		long[] copy = values.clone();
		Arrays.sort(copy);
		return copy;
	}

	private static void line(StringBuilder report, String format, Object... arguments) {
		String line = String.format(Locale.ROOT, format, arguments);
		System.out.println("[search population] " + line);
		report.append(line).append('\n');
	}

}
