package org.paintreatment.library.text;

import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A librarian's tag corrections, written in a catalog entry or front matter, applied by the
 * pipeline to the tags the classifier found.
 */
class TagCorrectionsTest {

	private static final String TEXT = """
			How long does ketamine last? Ketamine may cause side effects in some people.
			In your brain, NMDA receptors play a key role in pain. Ketamine blocks these \u201Creceptors\u201D, which dulls pain.
			Many people find it helps.
			""";

	private final ArticlePipeline pipeline = new ArticlePipeline(1_048_576, BoilerplateRules.fromClasspath(),
			org.paintreatment.library.taxonomy.TaxonomyLoader.fromClasspath("/library/taxonomy.yml"), "test");

	private ArticleDraft process(String catalogYaml) throws BadArticleException {
		Catalog catalog = Catalog.parse(catalogYaml);
		assertThat(catalog.problems()).isEmpty();
		return pipeline.process(new ArticleFile("k.txt", TEXT.getBytes(StandardCharsets.UTF_8)), catalog.entryFor("k.txt"));
	}

	@Test
	void withoutCorrectionsTheDetectedTagsStand() throws Exception {
		ArticleDraft draft = process("k.txt: {title: Ketamine}");

		assertThat(draft.caveats()).containsKey("side-effects");
		assertThat(draft.tagEdits().any()).isFalse();
	}

	@Test
	void aRemovedTagIsDroppedAndKeptWithItsReason() throws Exception {
		ArticleDraft draft = process("""
				k.txt:
				  remove-tags:
				    side-effects: The article asks about side effects; it never says ketamine has any.
				""");

		assertThat(draft.caveats()).doesNotContainKey("side-effects");
		assertThat(draft.tagEdits().removedCaveats())
			.containsExactly(java.util.Map.entry("side-effects", "The article asks about side effects; it never says ketamine has any."));
		assertThat(draft.warnings()).isEmpty();
	}

	@Test
	void anAddedTagTakesTheArticlesOwnWordsForTheQuoteInPlaceOfTheDetectedOnesHoweverQuoteMarksAndSpacesAreTyped()
			throws Exception {
		assertThat(process("k.txt: {title: Ketamine}").mechanisms().get("nmda-receptor-antagonism"))
			.doesNotContain("Ketamine blocks these \u201Creceptors\u201D");

		ArticleDraft draft = process("""
				k.txt:
				  add-tags:
				    NMDA receptor antagonism: 'Ketamine blocks these  "receptors"'
				""");

		assertThat(draft.mechanisms()).containsEntry("nmda-receptor-antagonism",
				java.util.List.of("Ketamine blocks these \u201Creceptors\u201D"));
		assertThat(draft.tagEdits().addedMechanisms()).containsExactly("nmda-receptor-antagonism");
		assertThat(draft.warnings()).isEmpty();
	}

	@Test
	void theAddedQuoteIsMarkedInTheHtml() throws Exception {
		ArticleDraft draft = process("""
				k.txt:
				  add-tags:
				    mechanisms/nmda-receptor-antagonism: Ketamine blocks these "receptors", which dulls pain.
				""");

		String quote = draft.mechanisms().get("nmda-receptor-antagonism").get(0);
		assertThat(Jsoup.parseBodyFragment(draft.html()).getElementById(QuoteMarks.idOf(quote)).text()).isEqualTo(quote);
	}

	@Test
	void everyDetectedQuoteIsMarkedInTheHtml() throws Exception {
		ArticleDraft draft = process("k.txt: {title: Ketamine}");

		var body = Jsoup.parseBodyFragment(draft.html());
		java.util.stream.Stream.concat(draft.mechanisms().values().stream(), draft.caveats().values().stream())
			.flatMap(java.util.List::stream)
			.forEach(quote -> assertThat(body.getElementById(QuoteMarks.idOf(quote))).as(quote).isNotNull());
	}

	@Test
	void aQuoteNotInTheTextIsNotAppliedAndWarnsNamingTheEntryAndField() throws Exception {
		ArticleDraft draft = process("""
				k.txt:
				  add-tags:
				    endorphin-release: Ketamine releases endorphins in the spine.
				""");

		assertThat(draft.mechanisms()).doesNotContainKey("endorphin-release");
		assertThat(draft.tagEdits().any()).isFalse();
		assertThat(draft.warnings()).singleElement().asString()
			.startsWith("catalog.yml, entry 'k.txt', field 'add-tags': ")
			.contains("not in the article's text");
	}

	@Test
	void anUnknownTagWarnsWithTheNearestSlugAndTheDetectedTagsStand() throws Exception {
		ArticleDraft draft = process("""
				k.txt:
				  remove-tags:
				    side-efects: Not said.
				""");

		assertThat(draft.caveats()).containsKey("side-effects");
		assertThat(draft.warnings()).singleElement().asString()
			.contains("field 'remove-tags'")
			.contains("'side-efects' is not a mechanism or caveat")
			.contains("did you mean 'side-effects'");
	}

	@Test
	void aTagBothAddedAndRemovedIsNeitherWithOneWarning() throws Exception {
		ArticleDraft draft = process("""
				k.txt:
				  remove-tags:
				    side-effects: Not said.
				  add-tags:
				    side-effects: Ketamine may cause side effects in some people.
				""");

		assertThat(draft.caveats()).containsKey("side-effects");
		assertThat(draft.tagEdits().any()).isFalse();
		assertThat(draft.warnings()).hasSize(1);
	}

	@Test
	void removingATagThatWasNotDetectedChangesNothingAndIsNoProblem() throws Exception {
		ArticleDraft draft = process("""
				k.txt:
				  remove-tags:
				    dependence-risk: The article never says it is addictive.
				""");

		assertThat(draft.tagEdits().any()).isFalse();
		assertThat(draft.warnings()).isEmpty();
	}

	@Test
	void aQuoteOfFewerThanThreeWordsIsNotEvidence() throws Exception {
		ArticleDraft draft = process("""
				k.txt:
				  add-tags:
				    endorphin-release: Ketamine blocks
				""");

		assertThat(draft.mechanisms()).doesNotContainKey("endorphin-release");
		assertThat(draft.warnings()).singleElement().asString().contains("at least 3 words");
	}

	@Test
	void correctionsThatAreNotAMappingOfTagsToTextAreLeftOutWithOneWarningEachAndTheEntryStays() {
		Catalog catalog = Catalog.parse("""
				k.txt:
				  title: Ketamine
				  remove-tags: [side-effects]
				  add-tags:
				    nmda-receptor-antagonism:
				""");

		assertThat(catalog.entryFor("k.txt").title()).isEqualTo("Ketamine");
		assertThat(catalog.entryFor("k.txt").corrections().isEmpty()).isTrue();
		assertThat(catalog.problems()).containsExactly(
				"catalog.yml, entry 'k.txt', field 'remove-tags': must be a mapping of tags, each with the reason it does"
						+ " not hold, like 'side-effects: ...', not a list; left out",
				"catalog.yml, entry 'k.txt', field 'add-tags': tag 'nmda-receptor-antagonism' needs the article's words"
						+ " that show it after its colon; left out");
	}

	@Test
	void frontMatterCorrectionsApplyToAMarkdownArticle() throws Exception {
		String markdown = """
				---
				remove-tags:
				  Side effects: It only asks about them.
				---
				""" + TEXT;
		ArticleDraft draft = pipeline.process(new ArticleFile("k.md", markdown.getBytes(StandardCharsets.UTF_8)),
				EditorialFields.NONE);

		assertThat(draft.tagEdits().removedCaveats()).containsKey("side-effects");
	}

	@Test
	void aChangedCorrectionChangesTheRulesFingerprint() {
		String before = pipeline.rulesFingerprint(Catalog.parse("k.txt: {remove-tags: {side-effects: One.}}").entryFor("k.txt"));
		String after = pipeline.rulesFingerprint(Catalog.parse("k.txt: {remove-tags: {side-effects: Two.}}").entryFor("k.txt"));

		assertThat(before).isNotEqualTo(after);
	}

}
