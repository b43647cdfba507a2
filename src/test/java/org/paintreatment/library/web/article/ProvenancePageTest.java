package org.paintreatment.library.web.article;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.paintreatment.library.support.HttpPagesTest;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The article's source block, its JSON-LD and the Atom feed, on the seeds.
 */
class ProvenancePageTest extends HttpPagesTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private String urlOf(String titleWord) {
		for (JsonNode item : http.json("/api/articles").get("items")) {
			if (item.get("title").asString().contains(titleWord)) {
				return item.get("url").asString();
			}
		}
		throw new AssertionError("no article titled with " + titleWord);
	}

	@Test
	void advertisementShowsItsSourceTypeWithEvidenceAndWhatIsUnknown() {
		Document page = http.page(urlOf("Migraines"));

		assertThat(page.select(".article-source h2").text()).isEqualTo("Source");
		assertThat(page.select(".source-facts dt").eachText()).containsExactly("Source", "Kind of source", "Author",
				"Published", "Page last reviewed", "Next review due");
		assertThat(page.select(".source-site").text()).isEqualTo("Unknown");
		assertThat(page.select(".source-type > span").text()).isEqualTo("Provider or clinic page");
		assertThat(page.select(".source-type q").text()).contains("book an appointment");
		assertThat(page.select(".source-author").text()).isEqualTo("Sarah");
		assertThat(page.select(".source-published").text()).isEqualTo("Unknown");
		assertThat(page.select(".source-reviewed").text()).isEqualTo("Not yet reviewed by a librarian");
		assertThat(page.select(".source-review-due").text()).isEqualTo("Unknown");
		assertThat(page.select(".source-import").text())
			.startsWith("Imported from 004_ae15618c1ea5d95f.txt")
			.contains("headings inferred and site furniture removed by the library")
			.doesNotContain("as published");
	}

	@Test
	void librariansSummaryIsTheDescription() {
		Document page = http.page(urlOf("Acupuncture"));

		assertThat(page.select("meta[name=description]").attr("content"))
			.startsWith("A general explainer, with no named author or site, on whether acupuncture");
	}

	@Test
	void jsonLdCarriesTheFactsOfTheSourceBlock() {
		String url = urlOf("Migraines");
		Document page = http.page(url);
		JsonNode ld = JSON.readTree(page.select("head script[type=application/ld+json]").html());

		assertThat(ld.get("@context").asString()).isEqualTo("https://schema.org");
		assertThat(ld.get("@type").asString()).isEqualTo("WebPage");
		assertThat(ld.get("url").asString()).isEqualTo(page.select("link[rel=canonical]").attr("href")).endsWith(url);
		assertThat(ld.get("name").asString()).isEqualTo(page.select("h1").text());
		assertThat(ld.has("lastReviewed")).as("not reviewed, so not claimed").isFalse();
		JsonNode original = ld.get("mainEntity");
		assertThat(original.get("author").get("name").asString()).isEqualTo(page.select(".source-author").text());
		assertThat(original.get("genre").asString()).isEqualTo(page.select(".source-type > span").text());
		assertThat(original.has("datePublished")).isFalse();
		assertThat(original.has("url")).isFalse();
	}

	@Test
	void atomFeedListsEveryArticleWithAbsoluteLinksThatAnswer() throws Exception {
		var response = http.get("/feed.atom");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/atom+xml");

		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		org.w3c.dom.Document feed = factory.newDocumentBuilder()
			.parse(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)));
		assertThat(feed.getDocumentElement().getNamespaceURI()).isEqualTo(AtomFeed.NAMESPACE);
		NodeList entries = feed.getElementsByTagNameNS(AtomFeed.NAMESPACE, "entry");
		assertThat(entries.getLength()).isEqualTo(5);
		List<String> titles = new ArrayList<>();
		for (int i = 0; i < entries.getLength(); i++) {
			Element entry = (Element) entries.item(i);
			String link = ((Element) entry.getElementsByTagNameNS(AtomFeed.NAMESPACE, "link").item(0)).getAttribute("href");
			assertThat(link).startsWith("http://localhost:" + port + "/articles/");
			assertThat(http.get(link.substring(link.indexOf("/articles/"))).statusCode()).isEqualTo(200);
			titles.add(entry.getElementsByTagNameNS(AtomFeed.NAMESPACE, "title").item(0).getTextContent());
		}
		assertThat(titles).contains("Ketamine Therapy for Chronic Headaches and Migraines");
	}

	@Test
	void everyPageLinksTheFeed() {
		assertThat(http.page("/").select("head link[rel=alternate][type=application/atom+xml]").attr("href"))
			.isEqualTo("/feed.atom");
	}

}
