package org.paintreatment.library.text;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.paintreatment.library.kernel.RulesProperties;
import org.paintreatment.library.support.BenchmarkLibrary;
import org.paintreatment.library.taxonomy.TaxonomyLoader;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A measurement to run by hand, not a test ({@code ./mvnw verify} never runs it): the import's
 * text processing alone — decode, parse, clean, render, classify, no database — on one thread,
 * over the benchmark library of {@code bench/Generate.java} (nine scraped-text files in ten, one
 * Markdown file), round after round in the same JVM, so that the first round shows the cold cost
 * and the last ones the warm cost, per file and per kind of file, in the thread's CPU time.
 *
 * <pre>./mvnw -q test -Dtest=PipelineBenchmark -DargLine="-Xmx1g -XX:+UseSerialGC"</pre>
 *
 * {@code -Dpipeline.benchmark.articles=…} (10,000) and {@code -Dpipeline.benchmark.rounds=…} (12)
 * change the size. The figures are printed and written to {@code target/benchmark/pipeline.txt};
 * see docs/performance.md.
 */
@Tag("benchmark")
class PipelineBenchmark {

	static final int ARTICLES = Integer.getInteger("pipeline.benchmark.articles", 10_000);

	static final int ROUNDS = Integer.getInteger("pipeline.benchmark.rounds", 12);

	static final Path LIBRARY = Path.of("target/benchmark/pipeline-library");

	private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

	@Test
	void measure() throws IOException, InterruptedException, BadArticleException {
		List<ArticleFile> files = generatedLibrary();
		long markdownFiles = files.stream().filter(ArticleFile::isMarkdown).count();
		long scrapedFiles = files.size() - markdownFiles;
		ArticlePipeline pipeline = new ArticlePipeline(1_048_576, BoilerplateRules.fromClasspath(),
				TaxonomyLoader.fromClasspath(RulesProperties.TAXONOMY), "benchmark");
		List<String> lines = new ArrayList<>();
		for (int round = 1; round <= ROUNDS; round++) {
			long scrapedNanos = 0;
			long markdownNanos = 0;
			// In name order, as the importer takes them: the Markdown files come between the others.
			for (ArticleFile file : files) {
				long before = threads.getCurrentThreadCpuTime();
				pipeline.process(file, EditorialFields.NONE);
				long spent = threads.getCurrentThreadCpuTime() - before;
				if (file.isMarkdown()) {
					markdownNanos += spent;
				}
				else {
					scrapedNanos += spent;
				}
			}
			lines.add(String.format("round %2d: %,d scraped-text files %,.0f µs each, %,d Markdown files %,.0f µs each; "
					+ "all %,d files %,d ms of CPU", round, scrapedFiles, scrapedNanos / 1e3 / Math.max(1, scrapedFiles),
					markdownFiles, markdownNanos / 1e3 / Math.max(1, markdownFiles), files.size(),
					(scrapedNanos + markdownNanos) / 1_000_000));
		}
		lines.add(String.format("Java %s, %s", System.getProperty("java.version"),
				ManagementFactory.getRuntimeMXBean().getInputArguments()));
		lines.forEach(System.out::println);
		Files.write(Path.of("target/benchmark/pipeline.txt"), lines);
	}

	private static List<ArticleFile> generatedLibrary() throws IOException, InterruptedException {
		assertThat(BenchmarkLibrary.generate(LIBRARY, ARTICLES)).isZero();
		List<ArticleFile> files = new ArrayList<>();
		try (Stream<Path> listed = Files.list(LIBRARY)) {
			for (Path path : listed.sorted().toList()) {
				files.add(new ArticleFile(path.getFileName().toString(), Files.readAllBytes(path)));
			}
		}
		return files;
	}

}
