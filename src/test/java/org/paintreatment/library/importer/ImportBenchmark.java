package org.paintreatment.library.importer;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.paintreatment.library.support.BenchmarkLibrary;
import org.paintreatment.library.support.TempFolders;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A measurement to run by hand, not a test: it is not named like one, so {@code ./mvnw verify}
 * never runs it. It generates the benchmark library with {@code bench/Generate.java} (the same
 * 10,000 articles as {@code bench/run}), lets the application import it at start-up as it always
 * does (a cold JVM), then empties the article tables and imports the whole library again, six
 * times, in the now warming JVM (the compilers keep working through the first four or five). It
 * prints wall time, the process's CPU time and GC time of each, and the median of the last three
 * as the steady state. Last, it imports the library twice more with every article marked as
 * imported under other rules, as after an edit of the taxonomy: every article is updated.
 *
 * <pre>./mvnw -q test -Dtest=ImportBenchmark -DargLine="-Xmx256m -XX:+UseSerialGC"</pre>
 *
 * The database is an H2 file, as in {@code bench/run}; {@code -Dimport.benchmark.url=jdbc:h2:mem:bench}
 * (with {@code -Xmx768m}: it holds the text on the heap) measures the in-memory default instead.
 *
 * The figures are printed and written to {@code target/benchmark/import.txt}; see
 * docs/performance.md.
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
		properties = { "spring.datasource.url=${import.benchmark.url:jdbc:h2:file:./target/benchmark/import-db/library}",
				"library.seeds-dir=target/benchmark/import-library", "library.index-dir=target/benchmark/import-index",
				"library.watch=false", "logging.level.org.paintreatment.library=WARN" })
class ImportBenchmark {

	/** 10,000 unless {@code -Dimport.benchmark.articles=…} says otherwise. */
	static final int ARTICLES = Integer.getInteger("import.benchmark.articles", 10_000);

	static final int WARM_RUNS = Integer.getInteger("import.benchmark.warm-runs", 6);

	/**
	 * Then every article is marked as imported under other rules (as after an edit of the taxonomy)
	 * and the library imported again, this many times: every article is updated.
	 */
	static final int UPDATE_RUNS = Integer.getInteger("import.benchmark.update-runs", 2);

	static final Path LIBRARY = Path.of("target/benchmark/import-library");

	@Autowired
	LibraryImporter importer;

	@Autowired
	ImportHistory history;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeAll
	static void generateTheLibraryAndStartEmpty() throws IOException, InterruptedException {
		TempFolders.delete(Path.of("target/benchmark/import-db"));
		TempFolders.delete(Path.of("target/benchmark/import-index"));
		assertThat(BenchmarkLibrary.generate(LIBRARY, ARTICLES)).isZero();
	}

	@Test
	void measure() throws IOException {
		List<String> lines = new ArrayList<>();
		ImportReport cold = history.last().orElseThrow();
		assertThat(cold.imported()).hasSize(ARTICLES);
		lines.add(String.format("start-up import (cold JVM): %,d articles in %,d ms", cold.imported().size(), millis(cold)));
		List<Long> warmMillis = new ArrayList<>();
		for (int run = 1; run <= WARM_RUNS; run++) {
			emptyTheArticleTables();
			long cpu = processCpuNanos();
			long gc = gcMillis();
			ImportReport warm = importer.importAll();
			assertThat(warm.imported()).hasSize(ARTICLES);
			warmMillis.add(millis(warm));
			lines.add(String.format("warm import %d: %,d articles in %,d ms (%s to %s); with the search indexing and "
					+ "the snapshot that follow: process CPU %,d ms, GC %,d ms", run, warm.imported().size(), millis(warm),
					warm.startedAt(), warm.finishedAt(), (processCpuNanos() - cpu) / 1_000_000, gcMillis() - gc));
		}
		List<Long> lastThree = warmMillis.subList(Math.max(0, warmMillis.size() - 3), warmMillis.size()).stream().sorted().toList();
		lines.add(String.format("steady state: median of the last %d warm imports %,d ms (%,d to %,d ms)", lastThree.size(),
				lastThree.get(lastThree.size() / 2), lastThree.get(0), lastThree.get(lastThree.size() - 1)));
		for (int run = 1; run <= UPDATE_RUNS; run++) {
			markEveryArticleAsImportedUnderOtherRules();
			ImportReport update = importer.importAll();
			assertThat(update.updated()).hasSize(ARTICLES);
			lines.add(String.format("re-import under changed rules %d: %,d articles updated in %,d ms", run,
					update.updated().size(), millis(update)));
		}
		lines.add(String.format("Java %s, %d processors, max heap %,d MB, %s; load average %.1f at the end",
				System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
				Runtime.getRuntime().maxMemory() / (1024 * 1024), ManagementFactory.getRuntimeMXBean().getInputArguments(),
				ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
		lines.forEach(System.out::println);
		Files.write(Path.of("target/benchmark/import.txt"), lines);
	}

	/**
	 * A hundred rows per statement: H2 keeps every row an open transaction changed in memory, and
	 * at 256 MB larger statements once ran it out of memory writing its file.
	 */
	private void markEveryArticleAsImportedUnderOtherRules() {
		List<Long> ids = jdbc.queryForList("select id from article order by id", Long.class);
		for (int from = 0; from < ids.size(); from += 100) {
			List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + 100));
			jdbc.update("update article set rules_fingerprint = 'changed rules' where id between ? and ?", chunk.get(0),
					chunk.get(chunk.size() - 1));
		}
	}

	/** Truncated (H2): a delete of 10,000 articles keeps them all in memory until it commits. */
	private void emptyTheArticleTables() {
		jdbc.execute("set referential_integrity false");
		List.of("article_mechanism", "article_caveat", "file_stamp", "article").forEach(table -> jdbc.execute("truncate table " + table));
		jdbc.execute("set referential_integrity true");
	}

	private static long millis(ImportReport report) {
		return report.finishedAt().toEpochMilli() - report.startedAt().toEpochMilli();
	}

	private static long processCpuNanos() {
		return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
	}

	private static long gcMillis() {
		return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
	}

}
