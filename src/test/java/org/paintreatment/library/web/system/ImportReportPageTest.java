package org.paintreatment.library.web.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.paintreatment.library.importer.LibraryImporter;
import org.paintreatment.library.support.LibraryHttp;
import org.paintreatment.library.support.OwnSeedsFolder;
import org.paintreatment.library.support.SeedsFolders;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The librarian's import report over real HTTP, after imports of a folder of our own: the totals,
 * why a file was skipped, and a link from each new or updated file to its article.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "library.test.schema=import_report", "library.watch=false" })
@OwnSeedsFolder
class ImportReportPageTest {

	static final Path SEEDS = SeedsFolders.of(ImportReportPageTest.class);

	@LocalServerPort
	int port;

	@Autowired
	LibraryImporter importer;

	LibraryHttp http;

	@BeforeEach
	void connect() {
		http = new LibraryHttp(port);
	}

	@Test
	void theReportCountsTheFilesSaysWhyOneWasSkippedAndLinksEachArticle() throws IOException {
		Files.writeString(SEEDS.resolve("kratom.md"), "# Kratom Tea\n\nKratom binds opioid receptors.\n");
		Files.writeString(SEEDS.resolve("ketamine.txt"), "Ketamine Infusions\nKetamine blocks NMDA receptors.\n");
		Files.write(SEEDS.resolve("broken.txt"), new byte[] { 'K', (byte) 0xC3, (byte) 0x28, '\n' });
		importer.importAll();

		Document first = http.page("/library/import");
		assertThat(first.select(".imported-count").text()).isEqualTo("2");
		assertThat(first.select(".skipped-count").text()).isEqualTo("1");
		assertThat(first.select("table.skipped td").eachText()).containsExactly("broken.txt", "not valid UTF-8");
		for (Element item : first.select(".import-new li")) {
			String file = item.selectFirst("code").text();
			Document article = http.page(item.selectFirst("a").attr("href"));
			assertThat(article.select("h1").text()).isEqualTo(item.selectFirst("a").text());
			assertThat(article.select(".article-source code").text()).isEqualTo(file);
		}
		assertThat(first.select(".import-new li a").eachText()).containsExactlyInAnyOrder("Kratom Tea", "Ketamine Infusions");

		Files.writeString(SEEDS.resolve("ketamine.txt"), "Ketamine Infusions\nKetamine blocks NMDA receptors. More.\n");
		Files.delete(SEEDS.resolve("kratom.md"));
		importer.importAll();

		Document second = http.page("/library/import");
		assertThat(second.select(".import-updated li a").eachText()).containsExactly("Ketamine Infusions");
		assertThat(second.select(".import-removed li").text()).isEqualTo("kratom.md");
		assertThat(second.select(".import-removed li a")).isEmpty();
	}

	@Test
	void aFileImportedWithoutSomeOfItsFieldsIsListedWithWhatWasLeftOut() throws IOException {
		Files.writeString(SEEDS.resolve("odd.md"), "---\ntitel: Kratom Tea\npublished: someday\n---\n# Kratom Tea\n\n"
				+ "Kratom binds opioid receptors.\n");
		try {
			importer.importAll();

			Document report = http.page("/library/import");
			assertThat(report.select("table.warnings td code").eachText()).containsExactly("odd.md");
			assertThat(report.select("table.warnings td").get(1).text()).contains("titel", "did you mean 'title'",
					"published");
			assertThat(report.select(".import-new li code").eachText()).contains("odd.md");
		}
		finally {
			Files.delete(SEEDS.resolve("odd.md"));
		}
	}

	@Test
	void aFileNameIsShownWithItsControlCharactersEscaped() throws IOException {
		Files.write(SEEDS.resolve("empty.txt\nforged line.txt"), new byte[0]);
		try {
			importer.importAll();

			Document report = http.page("/library/import");
			assertThat(report.select("table.skipped td code").eachText()).contains("empty.txt\\nforged line.txt");
		}
		finally {
			Files.delete(SEEDS.resolve("empty.txt\nforged line.txt"));
		}
	}

}
