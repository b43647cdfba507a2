package org.paintreatment.library.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
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
import org.paintreatment.library.taxonomy.TaxonomyLoader;
import org.springframework.core.io.ClassPathResource;
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
			SearchService search = new SearchService(index, TaxonomyLoader.fromClasspath("/library/taxonomy.yml"),
					new ClassPathResource("library/synonyms.txt"), new ClassPathResource("library/filler-words.txt"));
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
				lines.add(measure(index, search, id++, body.getKey(), body.getValue()));
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
	 * service (after), and through the same steps with the builder as it was (before). The first
	 * round of each warms up.
	 */
	private static String measure(SearchIndex index, SearchService search, long id, String name, String body) {
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
		return String.format(Locale.ROOT, "%-36s %,7d chars, search + snippet, median (max): before %8.2f ms (%8.2f)"
				+ " | after %6.2f ms (%6.2f) | %,6.0f× faster; %s", name, body.length(), before.median(), before.max(),
				after.median(), after.max(), before.median() / after.median(), after.snippet());
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

	private static Timed timed(Supplier<String> search) {
		long[] nanos = new long[ROUNDS];
		String snippet = null;
		for (int round = -1; round < ROUNDS; round++) {
			long started = System.nanoTime();
			snippet = search.get();
			if (round >= 0) {
				nanos[round] = System.nanoTime() - started;
			}
		}
		Arrays.sort(nanos);
		return new Timed(nanos[ROUNDS / 2] / 1e6, nanos[ROUNDS - 1] / 1e6, snippet);
	}

	private record Timed(double median, double max, String snippet) {
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
