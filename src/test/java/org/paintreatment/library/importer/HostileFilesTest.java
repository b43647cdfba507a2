package org.paintreatment.library.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.paintreatment.library.article.Article;
import org.paintreatment.library.article.ArticleRepository;
import org.paintreatment.library.importer.ImportReport.SkippedFile;
import org.paintreatment.library.support.DatabaseTest;
import org.paintreatment.library.support.OwnSeedsFolder;
import org.paintreatment.library.support.SeedsFolders;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Files built to break the importer: each is skipped with a reason or imported harmlessly, and
 * the good article beside them always imports.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
		properties = { "library.test.schema=hostile_files", "library.watch=false",
				"library.max-render-millis=1500" })
@DatabaseTest
@OwnSeedsFolder
class HostileFilesTest {

	static final Path SEEDS = SeedsFolders.of(HostileFilesTest.class);

	static final String GOOD = "Ketamine blocks NMDA receptors. Ketamine is used for pain under medical supervision.\n"
			+ "Doctors give ketamine as an infusion.\n";

	static final Map<String, String> HOSTILE = Map.ofEntries(
			Map.entry("quote-bomb.md", ">".repeat(1000) + " deep\n"),
			Map.entry("quote-bomb-5000.md", ">".repeat(5000) + " deep\n"),
			Map.entry("quote-bomb-20000.md", ">".repeat(20_000) + " deep\n"),
			Map.entry("spaced-quote-bomb-20000.md", "> ".repeat(20_000) + "deep\n"),
			Map.entry("emphasis-bomb.md", "*".repeat(2000) + "a" + "*".repeat(2000) + "\n"),
			Map.entry("list-bomb.md", nestedList(600)),
			Map.entry("link-bomb.md", "[a](".repeat(40_000)),
			Map.entry("script.md", "# Script\n\n<script>alert(1)</script>\n\nKetamine text.\n"),
			Map.entry("iframe.txt", "Iframe test\n<iframe src=\"https://evil.example\"></iframe> Ketamine text.\n"),
			Map.entry("img-onerror.md", "# Image\n\n<img src=x onerror=alert(1)>\n\n![x](javascript:alert(1))\n"),
			Map.entry("style-attrs.md", "# Style\n\n<p style=\"color:red\" onclick=\"alert(1)\">Hi</p>\n"),
			Map.entry("links.md", "# Links\n\n[one](JAVASCRIPT:alert(1)) [two](java&#115;cript:alert(1)) "
					+ "[three](data:text/html;base64,PHNjcmlwdD4=) [four](vbscript:msgbox) [safe](https://example.org)\n"));

	@Autowired
	LibraryImporter importer;

	@Autowired
	ArticleRepository articles;

	@BeforeAll
	static void writeFiles() throws IOException {
		Files.writeString(SEEDS.resolve("good.txt"), GOOD, StandardCharsets.UTF_8);
		for (Map.Entry<String, String> file : HOSTILE.entrySet()) {
			Files.writeString(SEEDS.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
		}
	}

	@Test
	@Timeout(value = 60, unit = TimeUnit.SECONDS)
	void everyHostileFileIsSkippedWithAReasonOrImportedHarmlessly() {
		ImportReport report = importer.importAll();

		assertThat(articles.findBySourceFile("good.txt")).isPresent();
		for (String name : HOSTILE.keySet()) {
			boolean skipped = report.skipped().stream().anyMatch(file -> file.file().equals(name));
			if (!skipped) {
				Article article = articles.findBySourceFile(name).orElseThrow(() -> new AssertionError(name + " vanished"));
				assertHarmless(name, article.getHtml());
			}
		}
		assertThat(report.skipped()).extracting(SkippedFile::reason).allSatisfy(reason -> assertThat(reason).isNotBlank());
	}

	@Test
	@Timeout(value = 60, unit = TimeUnit.SECONDS)
	void aTimeBombIsSkippedBecauseItTookTooLong() {
		ImportReport report = importer.importAll();

		assertThat(report.skipped()).filteredOn(file -> file.file().equals("link-bomb.md"))
			.singleElement()
			.satisfies(file -> assertThat(file.reason()).contains("took longer than 1500 ms"));
	}

	@Test
	@Timeout(value = 60, unit = TimeUnit.SECONDS)
	void quoteBombsAreSkippedForTheirDepthNotForTheStackTheyTakeToRender() {
		ImportReport report = importer.importAll();

		assertThat(report.skipped()).filteredOn(file -> file.file().contains("quote-bomb"))
			.extracting(SkippedFile::file, SkippedFile::reason)
			.containsExactlyInAnyOrder(tuple("quote-bomb.md", "quotes or lists nested 1000 levels deep (at most 50)"),
					tuple("quote-bomb-5000.md", "quotes or lists nested 5000 levels deep (at most 50)"),
					tuple("quote-bomb-20000.md", "quotes or lists nested 20000 levels deep (at most 50)"),
					tuple("spaced-quote-bomb-20000.md", "quotes or lists nested 20000 levels deep (at most 50)"));
	}

	private static void assertHarmless(String name, String html) {
		Document document = Jsoup.parseBodyFragment(html);
		assertThat(document.select("script, iframe, img, style, object, embed")).as(name).isEmpty();
		assertThat(document.select("[style], [onclick], [onerror], [onload]")).as(name).isEmpty();
		document.select("a[href]").forEach(link -> assertThat(link.attr("href")).as(name)
			.matches("(https?:|mailto:|#|/|[a-z0-9]).*")
			.doesNotContainIgnoringCase("script:")
			.doesNotStartWithIgnoringCase("data:"));
	}

	private static String nestedList(int depth) {
		StringBuilder list = new StringBuilder();
		for (int level = 0; level < depth; level++) {
			list.append("  ".repeat(level)).append("- item\n");
		}
		return list.toString();
	}

}
