package org.paintreatment.library.web.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.paintreatment.library.quality.Question;
import org.paintreatment.library.support.HttpPagesTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The quality checklist over real HTTP, on the imported seeds: the panel's line and details, the
 * explanation page, the list's {@code meets} filter with its counts, and the JSON.
 */
class QualityPagesTest extends HttpPagesTest {

	private List<JsonNode> articles() {
		List<JsonNode> items = new ArrayList<>();
		http.json("/api/articles?size=100").get("items").forEach(items::add);
		return items;
	}

	@Test
	void everyArticlesPanelShowsTheChecklistAsTheJsonHasIt() {
		for (JsonNode item : articles()) {
			JsonNode quality = http.json("/api/articles/" + item.get("slug").asString()).get("quality");
			Document page = http.page(item.get("url").asString());
			Element panel = page.selectFirst("aside.before-you-read .quality-checklist");

			assertThat(panel).as(item.get("slug").asString()).isNotNull();
			assertThat(panel.selectFirst(".quality-met").text())
				.isEqualTo(quality.get("met").asLong() + " of " + Question.values().length + " met");
			assertThat(panel.selectFirst("a[href=/about/quality]")).isNotNull();
			List<Element> checks = panel.select("details .quality-check");
			assertThat(checks).hasSize(Question.values().length);
			for (int index = 0; index < checks.size(); index++) {
				JsonNode check = quality.get("checks").get(index);
				assertThat(checks.get(index).selectFirst(".quality-answer").text().toLowerCase())
					.isEqualTo(check.get("answer").asString());
				assertThat(checks.get(index).selectFirst(".quality-support").text())
					.isEqualTo(check.get("support").asString());
			}
		}
	}

	@Test
	void theJsonAnswersEveryQuestionWithItsInstrumentAndSupport() {
		JsonNode quality = http.json("/api/articles/" + articles().get(0).get("slug").asString()).get("quality");

		assertThat(quality.get("questions").asInt()).isEqualTo(Question.values().length);
		List<String> ids = new ArrayList<>();
		for (JsonNode check : quality.get("checks")) {
			ids.add(check.get("id").asString());
			assertThat(check.get("instrument").asString()).matches("JAMA|DISCERN [0-9, ]+");
			assertThat(check.get("question").asString()).endsWith("?");
			assertThat(check.get("answer").asString()).isIn("yes", "partly", "no");
			assertThat(check.get("support").asString()).isNotBlank();
		}
		assertThat(ids).containsExactly(java.util.Arrays.stream(Question.values()).map(Question::id).toArray(String[]::new));
		assertThat(quality.get("readingGrade").asDouble()).isBetween(0.0, 99.9);
		assertThat(quality.has("hype")).isTrue();
	}

	@Test
	void aClaimedAbsenceOfSideEffectsIsFlaggedAsHypeOnThePage() {
		JsonNode kratom = http.json("/api/articles?treatment=kratom").get("items").get(0);
		JsonNode quality = http.json("/api/articles/" + kratom.get("slug").asString()).get("quality");
		Document page = http.page(kratom.get("url").asString());

		assertThat(quality.get("hype").toString()).contains("without the side effects");
		assertThat(page.selectFirst(".quality-summary .hype-summary").text()).startsWith("hype: “");
		assertThat(page.select(".quality-hype q").text()).contains("without the side effects");
	}

	@Test
	void theExplanationPageNamesTheInstrumentsAndEveryQuestion() {
		Document page = http.page("/about/quality");

		assertThat(page.selectFirst("h1").text()).isEqualTo("How the library checks an article");
		assertThat(page.text()).contains("JAMA 1997;277(15):1244–1245", "J Epidemiol Community Health 1999;53(2):105–111",
				"library.rules.quality", "Flesch–Kincaid");
		for (Question question : Question.values()) {
			Element entry = page.getElementById(question.id());
			assertThat(entry).as(question.id()).isNotNull();
			assertThat(entry.nextElementSibling().text()).as(question.id()).contains(question.text()).hasSizeGreaterThan(question.text().length() + 20);
		}
	}

	@Test
	void theListFiltersByAMetQuestionWithCounts() {
		long describingRisks = articles().stream()
			.filter(item -> answer(item, "risks").equals("yes"))
			.count();
		JsonNode all = http.json("/api/articles");
		assertThat(all.get("meets").get("risks").asLong()).isEqualTo(describingRisks);

		JsonNode filtered = http.json("/api/articles?meets=risks");
		assertThat(filtered.get("total").asLong()).isEqualTo(describingRisks);
		filtered.get("items").forEach(item -> assertThat(answer(item, "risks")).isEqualTo("yes"));

		Document page = http.page("/articles");
		Element risks = page.getElementById("meets-risks");
		if (describingRisks > 0) {
			assertThat(risks.parent().selectFirst(".count").text()).isEqualTo("(" + describingRisks + ")");
		}
		Document chosen = http.page("/articles?meets=risks");
		assertThat(chosen.select(".results-count").text()).startsWith(String.valueOf(describingRisks));
		Element chip = chosen.selectFirst(".active-filters li");
		assertThat(chip.text()).startsWith("The article describes risks");
		assertThat(chip.selectFirst("a.remove-filter").attr("href")).isEqualTo("/articles");
		assertThat(chosen.getElementById("meets-risks").hasAttr("checked")).isTrue();
	}

	@Test
	void twoQuestionsMustBothBeMet() {
		long both = articles().stream()
			.filter(item -> answer(item, "risks").equals("yes") && answer(item, "benefits").equals("yes"))
			.count();
		assertThat(http.json("/api/articles?meets=risks&meets=benefits").get("total").asLong()).isEqualTo(both);
	}

	@Test
	void anUnknownQuestionIsABadRequest() {
		Document page = http.page("/articles?meets=miracles", 400);
		assertThat(page.text()).contains("The quality checklist has no question 'miracles'");
		http.json("/api/articles?meets=miracles", 400);
	}

	private String answer(JsonNode item, String question) {
		JsonNode quality = http.json("/api/articles/" + item.get("slug").asString()).get("quality");
		for (JsonNode check : quality.get("checks")) {
			if (check.get("id").asString().equals(question)) {
				return check.get("answer").asString();
			}
		}
		throw new AssertionError("no " + question + " in " + Set.of(quality));
	}

}
