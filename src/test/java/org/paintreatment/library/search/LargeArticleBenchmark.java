package org.paintreatment.library.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.paintreatment.library.kernel.RulesProperties;
import org.paintreatment.library.support.BundledRules;
import org.paintreatment.library.taxonomy.TaxonomyLoader;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A measurement to run by hand, not a test ({@code ./mvnw verify} never runs it): one search for
 * a common word through the real {@link SearchService} (the hits, then the snippet) on an article
 * of ordinary size and on two large shapes under the importer's 1 MB limit: 600 KB of short
 * sentences and 40,000 short heading lines, each of which has the word. Each is timed twice in the
 * same run: with the snippet builder as it is, and as it was ({@link QuadraticSnippetBuilder}).
 *
 * <pre>./mvnw -q test -Dtest=LargeArticleBenchmark</pre>
 *
 * {@code -Dlarge.benchmark.rounds=…} (5) sets how often each search is timed. The figures are
 * printed and written to {@code target/benchmark/large-articles.txt}.
 */
@Tag("benchmark")
class LargeArticleBenchmark {

	static final int ROUNDS = Integer.getInteger("large.benchmark.rounds", 5);

	static final Path FOLDER = Path.of("target/benchmark/large-articles-index");

	static final String QUERY = "pain";

	@Test
	void measure() throws IOException {
		FileSystemUtils.deleteRecursively(FOLDER);
		Map<String, String> bodies = new LinkedHashMap<>();
		bodies.put("ordinary article (5 KB of sentences)", shortSentences(new Random(1), 5_000));
		bodies.put("600 KB of short sentences", shortSentences(new Random(2), 600_000));
		bodies.put("40,000 short heading lines", headingLines(40_000));
		SearchIndex index = new SearchIndex(new SearchProperties(FOLDER));
		List<String> lines = new ArrayList<>();
		try {
			SearchService search = new SearchService(index, TaxonomyLoader.fromClasspath(RulesProperties.TAXONOMY), BundledRules.properties());
			Map<Long, Document> documents = new LinkedHashMap<>();
			long id = 1;
			for (String body : bodies.values()) {
				documents.put(id, ArticleDocument.of(new ArticleSource(id, "article-" + id, "Article " + id,
						"A summary of article " + id + ".", body, Instant.EPOCH, "kratom", "Kratom", 2), List.of(), List.of()));
				id++;
			}
			index.write(documents, List.of(), false);
			index.commit();
			id = 1;
			for (Map.Entry<String, String> body : bodies.entrySet()) {
				lines.add(beforeAndAfter(index, search, id++, body.getKey(), body.getValue()));
			}
		}
		finally {
			index.destroy();
		}
		lines.add(String.format(Locale.ROOT, "Java %s, %d processors, load average %.1f at the end",
				System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
				ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
		lines.forEach(line -> System.out.println("[large-article benchmark] " + line));
		Files.createDirectories(Path.of("target/benchmark"));
		Files.write(Path.of("target/benchmark/large-articles.txt"), lines);
	}

	/**
	 * Search, then the snippet of this one article as the list page asks for it: through the
	 * service (after), and through the same steps with the builder as it was (before). Untimed
	 * rounds first, ten or as many as fit in two seconds, so that the compiler is done with the
	 * fast code and the slow code takes no minutes.
	 */
	private static String beforeAndAfter(SearchIndex index, SearchService search, long id, String name, String body) {
		QuadraticSnippetBuilder quadratic = new QuadraticSnippetBuilder(SnippetBuilder.DEFAULT_MAX_CHARS);
		Timed after = timed(() -> {
			SearchHits hits = search.search(QUERY);
			return search.snippets(hits, List.of(id)).get(id);
		});
		Timed before = timed(() -> {
			SearchHits hits = search.search(QUERY);
			return index.search(searcher -> bodySnippet(searcher, hits, id, quadratic));
		});
		assertThat(after.snippet()).contains("<mark>").isEqualTo(before.snippet());
		return String.format(Locale.ROOT,
				"%-36s %,7d chars, search + snippet, median: before %8.2f ms (CPU %8.2f) | after %6.2f ms (CPU %6.2f)"
						+ " | before/after CPU %,7.1f; %s",
				name, body.length(), before.wall(), before.cpu(), after.wall(), after.cpu(), before.cpu() / after.cpu(),
				after.snippet());
	}

	/** What {@link SearchService#snippets} does for an article whose text matched, with the old builder. */
	private static String bodySnippet(LibrarySearcher searcher, SearchHits hits, long id, QuadraticSnippetBuilder builder) {
		try {
			int doc = searcher.docOf(id);
			List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
			LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
			Document text = searcher.storedFields().document(doc, Set.of(ArticleFields.BODY, ArticleFields.SUMMARY));
			List<SnippetBuilder.Match> matches = SearchService.matches(leaf.reader(), doc - leaf.docBase, ArticleFields.BODY,
					hits.patterns());
			return builder.best(text.get(ArticleFields.BODY), matches, text.get(ArticleFields.SUMMARY)).orElseThrow();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Wall-clock time, and the thread's CPU time, which other processes on the machine disturb much less. */
	private static Timed timed(Supplier<String> search) {
		long warmUpUntil = System.nanoTime() + 2_000_000_000L;
		for (int round = 0; round < 10 && System.nanoTime() < warmUpUntil; round++) {
			search.get();
		}
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		long[] nanos = new long[ROUNDS];
		long[] cpu = new long[ROUNDS];
		String snippet = null;
		for (int round = 0; round < ROUNDS; round++) {
			long cpuStarted = threads.getCurrentThreadCpuTime();
			long started = System.nanoTime();
			snippet = search.get();
			nanos[round] = System.nanoTime() - started;
			cpu[round] = threads.getCurrentThreadCpuTime() - cpuStarted;
		}
		Arrays.sort(nanos);
		Arrays.sort(cpu);
		return new Timed(nanos[ROUNDS / 2] / 1e6, cpu[ROUNDS / 2] / 1e6, snippet);
	}

	/** Medians in milliseconds. */
	private record Timed(double wall, double cpu, String snippet) {
	}

	/** Sentences of two to six words, each with the query's word, up to {@code size} characters. */
	static String shortSentences(Random random, int size) {
		String[] words = { "relief", "came", "back", "at", "night", "the", "patient", "slept", "better", "worse", "again",
				"after", "tea", "needles", "ketamine", "dose", "eased", "stayed" };
		StringBuilder text = new StringBuilder(size + 64);
		while (text.length() < size) {
			int length = 2 + random.nextInt(5);
			int at = random.nextInt(length);
			for (int i = 0; i < length; i++) {
				String word = i == at ? QUERY : words[random.nextInt(words.length)];
				text.append(i == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word);
				text.append(i + 1 < length ? " " : ". ");
			}
		}
		return text.toString().strip();
	}

	/** Headings of two or three words, each a block of its own, as the importer joins blocks. */
	static String headingLines(int count) {
		StringBuilder text = new StringBuilder();
		for (int n = 1; n <= count; n++) {
			text.append("Pain, part ").append(n).append("\n\n");
		}
		return text.toString().strip();
	}

}
