package org.paintreatment.library.text;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.paintreatment.library.taxonomy.ConditionStrength;
import org.paintreatment.library.taxonomy.ConditionTag;
import org.paintreatment.library.taxonomy.TaxonomyLoader;
import org.paintreatment.library.taxonomy.TermKind;
import org.paintreatment.library.text.ArticleOutline.Heading;
import org.paintreatment.library.text.PageFacts.Removal;
import org.paintreatment.library.text.PageFacts.Tag;

import static org.assertj.core.api.Assertions.assertThat;

class PageFactsTest {

	static final PageFacts FACTS = new PageFacts("ketamine",
			new ArticleOutline(List.of(new Heading("why", "Why it works", 2), new Heading("how", "How", 3)), true),
			List.of(new Tag("nmda-receptor-antagonism", List.of("It blocks NMDA receptors.", "Again, it blocks them."), false)),
			List.of(new Tag("side-effects", List.of("It is not without side effects."), true)),
			List.of(new ConditionTag("nerve-pain", ConditionStrength.ABOUT, List.of("Ketamine for nerve pain"))),
			List.of(new Removal(TermKind.MECHANISM, "gate-control", "The article never says so."),
					new Removal(TermKind.CAVEAT, "cost", "")));

	@Test
	void storedFactsReadBackTheSame() {
		assertThat(PageFacts.parse(FACTS.stored())).contains(FACTS);
	}

	@Test
	void noFactsReadBackAsNone() {
		PageFacts none = new PageFacts("unclassified", new ArticleOutline(List.of(), false), List.of(), List.of(),
				List.of(), List.of());

		assertThat(PageFacts.parse(none.stored())).contains(none);
	}

	@Test
	void tabsAndLineBreaksInsideAFieldBecomeSingleSpaces() {
		PageFacts messy = new PageFacts("ketamine", new ArticleOutline(List.of(new Heading("a", "Two\tparts", 2)), false),
				List.of(new Tag("nmda-receptor-antagonism", List.of("One\nsentence,  spaced."), false)), List.of(), List.of(),
				List.of(new Removal(TermKind.CAVEAT, "cost", "A reason\non two lines.\t")));

		PageFacts read = PageFacts.parse(messy.stored()).orElseThrow();

		assertThat(read.outline().headings().get(0).text()).isEqualTo("Two parts");
		assertThat(read.mechanisms().get(0).quotes()).containsExactly("One sentence, spaced.");
		assertThat(read.removed()).containsExactly(new Removal(TermKind.CAVEAT, "cost", "A reason on two lines."));
	}

	@Test
	void aColumnNotWrittenYetOrOfAnotherVersionIsNoFacts() {
		assertThat(PageFacts.parse(null)).isEmpty();
		assertThat(PageFacts.parse("")).isEmpty();
		assertThat(PageFacts.parse(FACTS.stored().replace(PageFacts.VERSION, "page-facts\t2"))).isEmpty();
	}

	@Test
	void aLineThisVersionCannotReadIsPassedOver() {
		String stored = FACTS.stored() + "\nreading-time\t4\nheading\t7\tdeep\tToo deep\ncondition\tmigraine\tmaybe\tA quote.";

		assertThat(PageFacts.parse(stored)).contains(FACTS);
	}

	@Test
	void aDraftsTagsCorrectionsAndOutlineAreAllKept() throws BadArticleException {
		ArticlePipeline pipeline = new ArticlePipeline(1_048_576, BoilerplateRules.fromClasspath(),
				TaxonomyLoader.fromClasspath("/library/taxonomy.yml"), "test");
		ArticleDraft draft = pipeline.process(new ArticleFile("k.md", """
				# Ketamine for Nerve Pain
				Ketamine blocks NMDA receptors in the spinal cord. Doctors use ketamine for nerve pain.

				## Side effects
				It is not without side effects.
				""".getBytes(StandardCharsets.UTF_8)), EditorialFields.NONE);

		PageFacts read = PageFacts.parse(PageFacts.of(draft).stored()).orElseThrow();

		assertThat(read.treatment()).isEqualTo(draft.treatment());
		assertThat(read.outline()).isEqualTo(draft.outline());
		assertThat(read.mechanisms()).extracting(Tag::slug).containsExactlyElementsOf(draft.mechanisms().keySet());
		assertThat(read.mechanisms().get(0).quotes()).isEqualTo(draft.mechanisms().values().iterator().next());
		assertThat(read.caveats()).extracting(Tag::slug).containsExactlyElementsOf(draft.caveats().keySet());
		assertThat(read.conditions()).isEqualTo(draft.conditions());
		assertThat(read.removed()).isEmpty();
	}

}
