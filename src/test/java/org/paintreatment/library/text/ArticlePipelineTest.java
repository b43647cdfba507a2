package org.paintreatment.library.text;

import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.paintreatment.library.kernel.Sha256;
import org.paintreatment.library.taxonomy.Taxonomy;
import org.paintreatment.library.taxonomy.TaxonomyLoader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

class ArticlePipelineTest {

	private static final String KETAMINE_TEXT = """
			Ketamine blocks NMDA receptors in the spinal cord. Ketamine is given as an infusion.
			Doctors use ketamine for nerve pain. It is not without side effects.
			""";

	private final ArticlePipeline pipeline = new ArticlePipeline(1_048_576, BoilerplateRules.fromClasspath(),
			TaxonomyLoader.fromClasspath("/library/taxonomy.yml"), "test");

	private ArticleDraft process(String name, String text, EditorialFields catalogEntry) throws BadArticleException {
		return pipeline.process(new ArticleFile(name, text.getBytes(StandardCharsets.UTF_8)), catalogEntry);
	}

	@Test
	void scrapedTextGetsTitleFromItsLeadingHeadingWhichLeavesTheBody() throws Exception {
		ArticleDraft draft = process("k.txt", "Ketamine for Nerve Pain\n" + KETAMINE_TEXT, EditorialFields.NONE);

		assertThat(draft.title()).isEqualTo("Ketamine for Nerve Pain");
		assertThat(draft.slug()).isEqualTo("ketamine-for-nerve-pain");
		assertThat(draft.html()).doesNotContain("Ketamine for Nerve Pain");
		assertThat(draft.plainText()).startsWith("Ketamine blocks NMDA receptors").doesNotContain("Nerve Pain\n");
		assertThat(draft.summary()).isEqualTo("Ketamine blocks NMDA receptors in the spinal cord."
				+ " Ketamine is given as an infusion. Doctors use ketamine for nerve pain.");
		assertThat(draft.treatment()).isEqualTo("ketamine");
		assertThat(draft.mechanisms()).containsOnlyKeys("nmda-receptor-antagonism");
		assertThat(draft.caveats()).containsKey("side-effects");
		assertThat(draft.sourceFile()).isEqualTo("k.txt");
		assertThat(draft.wordCount()).isEqualTo(ScrapedTextParser.wordCount(draft.plainText()));
		assertThat(draft.readingMinutes()).isEqualTo(1);
	}

	@Test
	void contentHashIsTheSha256OfTheFileBytes() throws Exception {
		ArticleDraft draft = process("k.txt", KETAMINE_TEXT, EditorialFields.NONE);

		assertThat(draft.contentHash()).isEqualTo(Sha256.hex(KETAMINE_TEXT))
			.hasSize(64);
	}

	@Test
	void catalogEntryChangesTheRulesFingerprint() {
		assertThat(pipeline.rulesFingerprint(EditorialFields.NONE))
			.isEqualTo(pipeline.rulesFingerprint(new EditorialFields(null, null, null, null)))
			.isNotEqualTo(pipeline.rulesFingerprint(new EditorialFields("Other", null, null, null)));
	}

	@Test
	void theOutlineOfTheRenderedTextIsFoundOnceAtImport() throws Exception {
		ArticleDraft derived = process("k.md", """
				# Ketamine for Nerve Pain
				Ketamine blocks NMDA receptors in the spinal cord.

				## How it is given
				As an infusion.

				### At home
				Rarely.
				""", EditorialFields.NONE);
		ArticleDraft edited = process("k.txt", "Ketamine for Nerve Pain\n" + KETAMINE_TEXT,
				new EditorialFields(null, null, null, "Editor's summary."));

		assertThat(derived.outline().headings()).extracting(ArticleOutline.Heading::text, ArticleOutline.Heading::level)
			.containsExactly(tuple("How it is given", 2), tuple("At home", 3));
		assertThat(derived.outline().headings()).allSatisfy(heading -> assertThat(derived.html()).contains("id=\"" + heading.id() + "\""));
		assertThat(derived.outline().summaryOpensText()).isTrue();
		assertThat(edited.outline().summaryOpensText()).isFalse();
	}

	@Test
	void catalogEntryOverridesDerivedFields() throws Exception {
		ArticleDraft draft = process("k.txt", "Ketamine for Nerve Pain\n" + KETAMINE_TEXT,
				new EditorialFields("Editor's Title", "editors-pick", null, "Editor's summary."));

		assertThat(draft.title()).isEqualTo("Editor's Title");
		assertThat(draft.slug()).isEqualTo("editors-pick");
		assertThat(draft.summary()).isEqualTo("Editor's summary.");
	}

	@Test
	void markdownFrontMatterSetsTheFields() throws Exception {
		ArticleDraft draft = process("k.md", """
				---
				title: Front Matter Title
				slug: Front Matter Slug!
				treatment: Kratom
				---
				Some text about ketamine. Ketamine again. And ketamine.
				""", EditorialFields.NONE);

		assertThat(draft.title()).isEqualTo("Front Matter Title");
		assertThat(draft.slug()).isEqualTo("front-matter-slug");
		assertThat(draft.treatment()).isEqualTo("kratom");
	}

	@Test
	void catalogEntryWinsOverFrontMatter() throws Exception {
		ArticleDraft draft = process("k.md", "---\ntitle: Front Matter Title\n---\n" + KETAMINE_TEXT,
				new EditorialFields("Catalog Title", null, null, null));

		assertThat(draft.title()).isEqualTo("Catalog Title");
	}

	@Test
	void markdownLeadingLevelOneHeadingIsTheTitleAndLeavesTheBody() throws Exception {
		ArticleDraft draft = process("k.md", "# Ketamine *Explained*\n\n## How It Works\n\n" + KETAMINE_TEXT,
				EditorialFields.NONE);

		Document html = Jsoup.parseBodyFragment(draft.html());
		assertThat(draft.title()).isEqualTo("Ketamine Explained");
		assertThat(html.select("h1")).isEmpty();
		assertThat(html.select("h2").attr("id")).isEqualTo("how-it-works");
		assertThat(draft.plainText()).startsWith("How It Works\n\nKetamine blocks").doesNotContain("Explained");
	}

	@Test
	void markdownEmptyLeadingHeadingIsNoTitle() throws Exception {
		ArticleDraft draft = process("k.md", "#\n\n" + KETAMINE_TEXT, EditorialFields.NONE);

		assertThat(draft.title()).isEqualTo("Ketamine blocks NMDA receptors in the spinal cord");
		assertThat(Jsoup.parseBodyFragment(draft.html()).select("h1")).isEmpty();
	}

	@Test
	void markdownRawHtmlIsNeverLive() throws Exception {
		ArticleDraft draft = process("k.md", KETAMINE_TEXT + "\n<script>alert(1)</script>\n\n[x](javascript:alert(1))\n",
				EditorialFields.NONE);

		Document html = Jsoup.parseBodyFragment(draft.html());
		assertThat(html.select("script")).isEmpty();
		assertThat(html.select("a[href]")).isEmpty();
	}

	@Test
	void quotesNestedFiftyLevelsDeepAreRendered() throws Exception {
		ArticleDraft draft = process("q.md", ">".repeat(50) + " Ketamine, quoted deeply.\n", EditorialFields.NONE);

		assertThat(Jsoup.parseBodyFragment(draft.html()).select("blockquote")).hasSize(50);
	}

	@Test
	void quotesNestedDeeperThanFiftyLevelsAreABadArticle() {
		assertThatExceptionOfType(BadArticleException.class)
			.isThrownBy(() -> process("q.md", ">".repeat(51) + " Ketamine, quoted too deeply.\n", EditorialFields.NONE))
			.withMessage("quotes or lists nested 51 levels deep (at most 50)");
	}

	@Test
	void quotesAndListsCountTogetherTowardsTheNesting() throws Exception {
		String fifty = "> - ".repeat(25) + "Ketamine.\n";
		assertThat(Jsoup.parseBodyFragment(process("q.md", fifty, EditorialFields.NONE).html()).select("blockquote, ul"))
			.hasSize(50);

		assertThatExceptionOfType(BadArticleException.class)
			.isThrownBy(() -> process("q.md", "> - ".repeat(26) + "Ketamine.\n", EditorialFields.NONE))
			.withMessage("quotes or lists nested 52 levels deep (at most 50)");
	}

	@Test
	void unknownTreatmentIsABadArticle() {
		assertThatExceptionOfType(BadArticleException.class)
			.isThrownBy(() -> process("k.md", "---\ntreatment: homeopathy\n---\n" + KETAMINE_TEXT, EditorialFields.NONE))
			.withMessage("names treatment 'homeopathy', which the taxonomy does not have");
	}

	@Test
	void articleAboutNoKnownTreatmentIsUnclassified() throws Exception {
		ArticleDraft draft = process("heat.txt", "Heat Packs\nHeat relaxes muscles. Use a warm towel.\n",
				EditorialFields.NONE);

		assertThat(draft.treatment()).isEqualTo(Taxonomy.UNCLASSIFIED);
	}

	@Test
	void fileOfOnlyBoilerplateIsABadArticle() {
		assertThatExceptionOfType(BadArticleException.class)
			.isThrownBy(() -> process("b.txt", "Leave a Reply\nAvatar\nBy SARAH\nComments\n", EditorialFields.NONE))
			.withMessage("no article text left after removing boilerplate");
	}

	@Test
	void fileOfOnlyATitleIsABadArticle() {
		assertThatExceptionOfType(BadArticleException.class)
			.isThrownBy(() -> process("t.txt", "Just a Title\n", EditorialFields.NONE))
			.withMessage("no article text left after removing boilerplate");
	}

	@Test
	void evidenceSentencesComeFromThePlainText() throws Exception {
		ArticleDraft draft = process("k.txt", "Ketamine for Nerve Pain\n" + KETAMINE_TEXT, EditorialFields.NONE);

		assertThat(draft.mechanisms().values()).allSatisfy(
				sentences -> assertThat(sentences).allSatisfy(sentence -> assertThat(draft.plainText()).contains(sentence)));
		assertThat(draft.caveats().get("side-effects")).containsExactly("It is not without side effects.");
	}

	@Test
	void scrapedTitleGluedToTheFirstParagraphIsNoHeading() throws Exception {
		ArticleDraft draft = process("heat.txt", """
				Warmth has eased sore backs and stiff necks for a very long time, and it costs little. Why Heat Helps Sore Backs
				Heat relaxes the muscles. A warm towel is enough.
				How Long to Apply It
				Twenty minutes at a time.
				""", EditorialFields.NONE);

		assertThat(draft.title()).isEqualTo("Why Heat Helps Sore Backs");
		assertThat(Jsoup.parseBodyFragment(draft.html()).select("h2").eachText())
			.containsExactly("How Long to Apply It#");
		assertThat(draft.plainText()).doesNotContain("Why Heat Helps Sore Backs");
	}

	@Test
	void markdownFirstSectionRepeatingTheFrontMatterTitleIsNoHeading() throws Exception {
		ArticleDraft draft = process("cold.md", """
				---
				title: "Cold Packs for Sprains: When and How"
				---
				## Cold packs for sprains — when and how

				Cold narrows the blood vessels.

				## How Long to Apply

				Ten minutes, then a break.
				""", EditorialFields.NONE);

		Document html = Jsoup.parseBodyFragment(draft.html());
		assertThat(html.select("h2").eachAttr("id")).containsExactly("how-long-to-apply");
		assertThat(draft.plainText()).startsWith("Cold narrows");
	}

	@Test
	void aFirstSectionSharingOnlySomeWordsOfTheTitleStays() throws Exception {
		ArticleDraft draft = process("cold.md", """
				---
				title: "Cold Packs for Sprains and Strains: A Full Guide"
				---
				## Cold Packs for Sprains

				Cold narrows the blood vessels.
				""", EditorialFields.NONE);

		assertThat(Jsoup.parseBodyFragment(draft.html()).select("h2").eachAttr("id")).containsExactly("cold-packs-for-sprains");
	}

	@Test
	void scrapedSubsectionsOfAListAreLevelThreeHeadings() throws Exception {
		ArticleDraft draft = process("massage.txt", """
				Massage and Back Pain
				Many people try massage for a sore back.
				What Changes the Benefit
				The result depends on a few things:
				Session Length
				Longer sessions reach deeper muscles.
				Pressure Used
				Firm pressure is not always better.
				Finding a Therapist You Can Trust
				Ask for their training.
				""", EditorialFields.NONE);

		Document html = Jsoup.parseBodyFragment(draft.html());
		assertThat(html.select("h3[id]").eachAttr("id")).containsExactly("session-length", "pressure-used");
		assertThat(html.select("h3 a.heading-anchor").eachAttr("href")).containsExactly("#session-length", "#pressure-used");
		assertThat(html.select("h2[id]").eachAttr("id")).containsExactly("what-changes-the-benefit",
				"finding-a-therapist-you-can-trust");
	}

}
