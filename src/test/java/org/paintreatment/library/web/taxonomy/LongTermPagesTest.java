package org.paintreatment.library.web.taxonomy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.paintreatment.library.importer.LibraryImporter;
import org.paintreatment.library.support.DatabaseTest;
import org.paintreatment.library.support.LibraryHttp;
import org.paintreatment.library.support.OwnSeedsFolder;
import org.paintreatment.library.support.SeedsFolders;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A term stated by more articles than fit on a page: its page shows them twenty at a time, with
 * previous and next links, each article once across the pages and each with its own quotes; the
 * counts stay those of every page; a page past the end is a 404 and a page that is not a number a
 * 400.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "library.test.schema=long_term_pages", "library.watch=false", "library.stored-pages=false" })
@OwnSeedsFolder
@DatabaseTest
class LongTermPagesTest {

	static final Path SEEDS = SeedsFolders.of(LongTermPagesTest.class);

	static final int ARTICLES = 45;

	@LocalServerPort
	int port;

	@BeforeAll
	static void writeArticles(@Autowired LibraryImporter importer) throws Exception {
		for (int i = 1; i <= ARTICLES; i++) {
			Files.writeString(SEEDS.resolve("report-%02d.txt".formatted(i)), """
					Ketamine for Migraine: Clinic Report %1$d
					Report %1$d: ketamine blocks NMDA receptors, which calms the pain signals of a migraine attack.
					In this clinic, patient %1$d had a migraine every week before the infusions.
					A doctor gives ketamine as an infusion, and the migraine eased within hours in case %1$d.
					""".formatted(i));
		}
		importer.importAll();
	}

	@Test
	void aMechanismPageShowsTwentyArticlesAPageEachOnceWithItsOwnQuotes() {
		List<String> titles = new ArrayList<>();
		for (int page = 1; page <= 3; page++) {
			Document html = http().page("/mechanisms/nmda-receptor-antagonism" + (page == 1 ? "" : "?page=" + page));
			List<Element> shown = html.select(".quoted-articles > li");
			assertThat(shown).hasSize(page < 3 ? 20 : 5);
			for (Element article : shown) {
				String title = article.selectFirst("h3").text();
				String number = title.replaceAll(".*Report ", "");
				assertThat(article.select("blockquote").text()).as(title).contains("Report " + number + ":");
				titles.add(title);
			}
			assertThat(html.select(".pagination").text()).contains("Page " + page + " of 3");
			assertThat(html.select(".term-counts").text()).contains(ARTICLES + " articles");
		}
		assertThat(titles).doesNotHaveDuplicates().hasSize(ARTICLES).isSorted();
	}

	@Test
	void theLinksLeadFromPageToPageTheFirstWithoutANumber() {
		Document second = http().page("/mechanisms/nmda-receptor-antagonism?page=2");
		assertThat(second.selectFirst(".pagination a[rel=prev]").attr("href")).isEqualTo("/mechanisms/nmda-receptor-antagonism");
		assertThat(second.selectFirst(".pagination a[rel=next]").attr("href"))
			.isEqualTo("/mechanisms/nmda-receptor-antagonism?page=3");
		assertThat(second.title()).contains("(page 2)");
		Document first = http().page("/mechanisms/nmda-receptor-antagonism");
		assertThat(first.select(".pagination a[rel=prev]")).isEmpty();
		assertThat(first.title()).doesNotContain("page");
	}

	@Test
	void aConditionPageIsPagedByTreatmentAndCountsEveryPage() {
		Document first = http().page("/conditions/migraine-and-headache");
		assertThat(first.select(".condition-treatment .quoted-articles > li")).hasSize(20);
		assertThat(first.select(".condition-treatment h3 .count").text()).isEqualTo(ARTICLES + " articles");
		assertThat(first.select(".condition-treatment blockquote").text()).contains("migraine");
		assertThat(http().page("/conditions/migraine-and-headache?page=3").select(".quoted-articles > li")).hasSize(5);

		JsonNode json = http().json("/api/conditions/migraine-and-headache?page=2");
		assertThat(json.get("articleCount").asInt()).isEqualTo(ARTICLES);
		assertThat(json.get("page").asInt()).isEqualTo(2);
		assertThat(json.get("pageCount").asInt()).isEqualTo(3);
		assertThat(json.get("treatments").get(0).get("articles")).hasSize(20);
		assertThat(json.get("treatments").get(0).get("articleCount").asInt()).isEqualTo(ARTICLES);
	}

	@Test
	void aTreatmentPageCountsAllItsArticlesAndListsOnePage() {
		Document first = http().page("/treatments/ketamine");
		assertThat(first.selectFirst("#treatment-articles").text()).isEqualTo(ARTICLES + " articles");
		assertThat(first.select("section[aria-labelledby=treatment-articles] .plain-list > li")).hasSize(20);
		assertThat(http().page("/treatments/ketamine?page=3").select(".plain-list > li")).hasSize(5);
	}

	@Test
	void aPagePastTheEndIsNotFoundAndAPageThatIsNoNumberIsABadRequest() {
		for (String term : List.of("/mechanisms/nmda-receptor-antagonism", "/conditions/migraine-and-headache",
				"/treatments/ketamine", "/api/conditions/migraine-and-headache")) {
			assertThat(http().get(term + "?page=4").statusCode()).as(term).isEqualTo(404);
			assertThat(http().get(term + "?page=0").statusCode()).as(term).isEqualTo(400);
			assertThat(http().get(term + "?page=x").statusCode()).as(term).isEqualTo(400);
			assertThat(http().get(term + "?page=99999999999").statusCode()).as(term).isEqualTo(400);
		}
	}

	private LibraryHttp http() {
		return new LibraryHttp(port);
	}

}
