package org.paintreatment.library.web.article;

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
import org.paintreatment.library.support.TempFolders;
import org.paintreatment.library.text.Catalog;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An article whose tags a librarian corrected in catalog.yml, over real HTTP: the page and the
 * JSON say which tag a librarian added and which were removed, and why.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "library.test.schema=tag_corrections_page", "library.watch=false" })
@OwnSeedsFolder
class TagCorrectionsPageTest {

	static final Path SEEDS = SeedsFolders.of(TagCorrectionsPageTest.class);

	private static final String REASON = "The article only says it has some; it names none.";

	@LocalServerPort
	int port;

	@Autowired
	LibraryImporter importer;

	LibraryHttp http;

	@BeforeEach
	void importACorrectedArticle() throws IOException {
		TempFolders.empty(SEEDS);
		Files.writeString(SEEDS.resolve("k.txt"), """
				Ketamine for Nerve Pain
				Ketamine is given as an infusion under medical supervision. In the spinal cord it blocks NMDA receptors.
				Doctors use ketamine for nerve pain. It is not without side effects.
				""");
		Files.writeString(SEEDS.resolve(Catalog.FILE_NAME), """
				k.txt:
				  remove-tags:
				    side-effects: %s
				  add-tags:
				    gate-control: Doctors use ketamine for nerve pain.
				""".formatted(REASON));
		importer.importAll();
		http = new LibraryHttp(port);
	}

	@Test
	void thePageShowsTheAddedTagTheRemovedOneWithItsReasonAndThePanelSaysSo() {
		Document page = http.page("/articles/ketamine-for-nerve-pain");

		assertThat(page.select("#mechanisms-heading").text()).isEqualTo("How the article says it works");
		Element added = page.getElementById("evidence-mechanism-gate-control");
		assertThat(added.select(".added-by-librarian").text()).isEqualTo("Added by a librarian");
		assertThat(page.getElementById("evidence-mechanism-nmda-receptor-antagonism").select(".added-by-librarian"))
			.isEmpty();
		assertThat(page.select(".callout-caveats .removed-tags li").eachText())
			.containsExactly("A librarian removed Side effects: " + REASON);
		assertThat(page.select(".callout-caveats .removed-tags a").attr("href")).isEqualTo("/caveats/side-effects");
		assertThat(page.getElementById("evidence-caveat-side-effects")).isNull();
		assertThat(page.select(".before-you-read .tags-corrected").text()).contains("a librarian corrected the tags");
		for (Element link : page.select(".quote-source a")) {
			Element target = page.getElementById(link.attr("href").substring(1));
			assertThat(target).as(link.attr("href")).isNotNull();
			assertThat(target.closest(".article-body")).isNotNull();
		}
		assertThat(page.select(".quote-source a")).isNotEmpty();
	}

	@Test
	void theJsonSaysWhichTagALibrarianAddedAndListsTheRemovedOnesWithTheReason() {
		JsonNode article = http.json("/api/articles/ketamine-for-nerve-pain");

		for (JsonNode mechanism : article.get("mechanisms")) {
			assertThat(mechanism.get("addedByLibrarian").asBoolean()).as(mechanism.get("slug").asString())
				.isEqualTo(mechanism.get("slug").asString().equals("gate-control"));
		}
		assertThat(article.get("corrections")).hasSize(1);
		JsonNode removed = article.get("corrections").get(0);
		assertThat(removed.get("kind").asString()).isEqualTo("caveat");
		assertThat(removed.get("slug").asString()).isEqualTo("side-effects");
		assertThat(removed.get("name").asString()).isEqualTo("Side effects");
		assertThat(removed.get("reason").asString()).isEqualTo(REASON);
	}

}
