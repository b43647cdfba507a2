package org.paintreatment.library.text;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.paintreatment.library.importer.ImportWorkers;
import org.paintreatment.library.kernel.RulesProperties;
import org.paintreatment.library.kernel.Slugs;
import org.paintreatment.library.taxonomy.TaxonomyLoader;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Jazzer fuzz tests of the import pipeline. The property throughout: whatever the bytes, a file is
 * either skipped with a reason (a {@link BadArticleException}) or becomes a draft whose HTML is
 * safe; nothing else may escape.
 *
 * <p>In the normal build they run in regression mode, once over each committed input under
 * {@code src/test/resources/org/paintreatment/library/importer/ArticleFuzzTestInputs/<method>/}.
 * To fuzz one of them (see docs/reliability.md):
 * {@code JAZZER_FUZZ=1 ./mvnw test -Dtest='ArticleFuzzTest#markdownFile' -Djazzer.max_duration=5m}.
 */
class ArticleFuzzTest {

	/** Generous: instrumented code runs several times slower than in production. */
	static final long MILLIS = 2000;

	static final ArticlePipeline PIPELINE = new ArticlePipeline(1_048_576, BoilerplateRules.fromClasspath(),
			TaxonomyLoader.fromClasspath(RulesProperties.TAXONOMY), "fuzz");

	static final ScrapedTextParser PARSER = new ScrapedTextParser();

	static final BoilerplateCleaner CLEANER = new BoilerplateCleaner(BoilerplateRules.fromClasspath());

	static final ArticleRenderer RENDERER = new ArticleRenderer();

	static final SourceDecoder DECODER = new SourceDecoder(1_048_576);

	/** The production workers: one thread with the same bounded stack. */
	static final ImportWorkers WORKERS = new ImportWorkers(1);

	@AfterAll
	static void stopWorkers() {
		WORKERS.close();
	}

	/**
	 * The scraped-text parser and the boilerplate cleaner take any text; blocks come out as
	 * single non-blank lines; rendered, the text is shown as written (nothing in it becomes
	 * markup), the HTML is safe, and it is the HTML flexmark makes of the blocks written as
	 * escaped Markdown.
	 */
	@FuzzTest(maxDuration = "30s")
	void scrapedText(byte[] input) {
		checkBlocks(CLEANER.clean("fuzz.txt", PARSER.parse(new String(input, StandardCharsets.UTF_8)), Deadline.none()));
		String text;
		try {
			text = DECODER.decode(new ArticleFile("fuzz.txt", input));
		}
		catch (BadArticleException ex) {
			return;
		}
		List<Block> blocks = CLEANER.clean("fuzz.txt", PARSER.parse(text), Deadline.none());
		checkBlocks(blocks);
		String html = RENDERER.render(blocks);
		SafeHtml.assertSafe(html);
		assertShownAsWritten(blocks, html);
		String throughFlexmark;
		try {
			throughFlexmark = RENDERER.render(MarkdownWriter.write(blocks), Deadline.inMillis(MILLIS));
		}
		catch (Deadline.Exceeded ex) {
			return;
		}
		// The direct rendering stands in for flexmark only as long as the two agree (ScrapedHtmlTest).
		assertThat(html).isEqualTo(throughFlexmark);
	}

	/**
	 * Any Markdown renders to safe HTML, or gives up on time, depth or stack, which the pipeline turns
	 * into "skipped because ...". Runs on the test thread (a smaller stack than the workers'), so
	 * it overflows sooner than production would.
	 */
	@FuzzTest(maxDuration = "30s")
	void renderMarkdown(byte[] input) {
		try {
			SafeHtml.assertSafe(RENDERER.render(new String(input, StandardCharsets.UTF_8), Deadline.inMillis(MILLIS)));
		}
		catch (Deadline.Exceeded | BlockNesting.TooDeep | StackOverflowError ex) {
			// skipped, with a reason, by ArticlePipeline.process
		}
	}

	/** A whole {@code .md} file through the pipeline, on a worker as in production. */
	@FuzzTest(maxDuration = "30s")
	void markdownFile(byte[] input) throws Exception {
		processFile("fuzz.md", input);
	}

	/** A whole {@code .txt} file through the pipeline, on a worker as in production. */
	@FuzzTest(maxDuration = "30s")
	void scrapedFile(byte[] input) throws Exception {
		processFile("fuzz.txt", input);
	}

	private static void processFile(String name, byte[] input) throws Exception {
		ArticleDraft draft;
		try {
			draft = onWorker(() -> PIPELINE.process(new ArticleFile(name, input), EditorialFields.NONE,
					Deadline.inMillis(MILLIS)));
		}
		catch (BadArticleException ex) {
			if (ex.getMessage() == null || ex.getMessage().isBlank()) {
				throw new AssertionError("skipped without a reason", ex);
			}
			return;
		}
		SafeHtml.assertSafe(draft.html());
		check(Slugs.isValid(draft.slug()), "slug '" + draft.slug() + "'");
		check(draft.title() != null && !draft.title().isBlank(), "blank title");
		check(draft.title().length() <= Headlines.MAX_TITLE_CHARS, "title too long: " + draft.title());
		check(draft.summary() != null, "no summary");
		check(draft.treatment() != null, "no treatment");
		check(draft.readingMinutes() >= 1, "reading minutes " + draft.readingMinutes());
	}

	private static void checkBlocks(List<Block> blocks) {
		for (Block block : blocks) {
			check(!block.text().isBlank() && block.text().indexOf('\n') < 0, "block " + block);
		}
	}

	/** Every visible character of the blocks, in order, and no other: the escaping kept it all text. */
	private static void assertShownAsWritten(List<Block> blocks, String html) {
		Document document = Jsoup.parseBodyFragment(html);
		document.select("a.heading-anchor").remove();
		check(document.body().select("*").stream().allMatch(element -> element == document.body()
				|| element.is("p, h2, ul, li")), "markup from text: " + html);
		StringBuilder expected = new StringBuilder();
		blocks.forEach(block -> expected.append(block.text()));
		check(visible(expected.toString()).equals(visible(document.body().text())),
				"text changed: " + visible(expected.toString()) + " -> " + visible(document.body().text()));
	}

	private static String visible(String text) {
		return text.codePoints()
			.filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))
			.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
			.toString();
	}

	private static void check(boolean condition, String problem) {
		if (!condition) {
			throw new AssertionError(problem);
		}
	}

	private interface Work<T> {

		T run() throws Exception;

	}

	/** Runs on the production worker thread; what the work throws is thrown here unchanged. */
	private static <T> T onWorker(Work<T> work) throws Exception {
		Future<T> result = WORKERS.submit(work::run);
		try {
			return result.get();
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof Exception cause) {
				throw cause;
			}
			if (ex.getCause() instanceof Error error) {
				throw error;
			}
			throw ex;
		}
	}

}
