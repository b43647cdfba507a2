package org.paintreatment.library.text;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QuoteMarksTest {

	private static final String SENTENCE = "Ketamine blocks NMDA receptors.";

	private static Element marked(String html, String... quotes) {
		return Jsoup.parseBodyFragment(QuoteMarks.mark(html, List.of(quotes))).body();
	}

	@Test
	void aSentenceInOneTextIsWrappedInASpanWithItsId() {
		Element body = marked("<p>Doctors use it. " + SENTENCE + " It helps.</p>", SENTENCE);

		Element mark = body.getElementById(QuoteMarks.idOf(SENTENCE));
		assertThat(mark).isNotNull();
		assertThat(mark.tagName()).isEqualTo("span");
		assertThat(mark.hasClass("quote")).isTrue();
		assertThat(mark.text()).isEqualTo(SENTENCE);
		assertThat(body.selectFirst("p").text()).isEqualTo("Doctors use it. " + SENTENCE + " It helps.");
	}

	@Test
	void theIdIsQuoteAndTenHexDigitsOfTheSentenceHoweverItIsSpacedOrQuoted() {
		String id = QuoteMarks.idOf("It is \u201Cnot\u201D  safe.");

		assertThat(id).matches("quote-[0-9a-f]{10}").isEqualTo(QuoteMarks.idOf("It is \"not\" safe."));
		assertThat(ArticleRenderer.isPageId(id)).isTrue();
	}

	@Test
	void aSentenceSpanningALinkAndEmphasisIsWrappedWholeWithItsMarkupInside() {
		String sentence = "Ketamine blocks NMDA receptors in the cord.";
		Element body = marked("<p>First. Ketamine <a href=\"https://example.org/\">blocks <em>NMDA</em></a> receptors in"
				+ " the <strong>cord</strong>. Last.</p>", sentence);

		Element mark = body.getElementById(QuoteMarks.idOf(sentence));
		assertThat(mark.text()).isEqualTo(sentence);
		assertThat(mark.select("a[href] em")).hasSize(1);
		assertThat(body.selectFirst("p").text()).isEqualTo("First. " + sentence + " Last.");
	}

	@Test
	void aSentenceStartingInsideEmphasisTakesTheWholeEmphasis() {
		String sentence = "Blocks receptors fast.";
		Element body = marked("<p><em>Ketamine. Blocks</em> receptors fast.</p>", sentence);

		Element mark = body.getElementById(QuoteMarks.idOf(sentence));
		assertThat(mark.text()).contains(sentence);
		assertThat(mark.parent().tagName()).isEqualTo("p");
	}

	@Test
	void aSentenceTheArticleHasTwiceIsMarkedOnceWhereItFirstStands() {
		Element body = marked("<p>" + SENTENCE + "</p><p>Other.</p><p>" + SENTENCE + "</p>", SENTENCE, SENTENCE);

		assertThat(body.select("#" + QuoteMarks.idOf(SENTENCE))).hasSize(1);
		assertThat(body.child(0).select("span.quote")).hasSize(1);
		assertThat(body.child(2).select("span.quote")).isEmpty();
	}

	@Test
	void aQuoteNotInTheTextLeavesTheHtmlAsItWas() {
		String html = "<p>Doctors use it.</p>";

		assertThat(QuoteMarks.mark(html, List.of("Nowhere in this article."))).isEqualTo(html);
	}

	@Test
	void aHeadingSentenceIsMarkedInsideTheHeadingKeepingItsIdAndAnchor() {
		String html = "<h2 id=\"how-ketamine-works\">How ketamine works<a class=\"heading-anchor\" href=\"#how-ketamine-works\""
				+ " aria-label=\"Link\">#</a></h2>";
		Element body = marked(html, "How ketamine works");

		Element heading = body.selectFirst("h2");
		assertThat(heading.id()).isEqualTo("how-ketamine-works");
		assertThat(heading.selectFirst("span.quote").text()).isEqualTo("How ketamine works");
		assertThat(heading.select("a.heading-anchor")).hasSize(1);
	}

	@Test
	void theInnermostBlockIsMarkedInANestedList() {
		String sentence = "Rest helps the body heal.";
		Element body = marked("<ul><li><p>Intro.</p><ul><li>" + sentence + "</li></ul></li></ul>", sentence);

		assertThat(body.getElementById(QuoteMarks.idOf(sentence)).parent().parent().tagName()).isEqualTo("ul");
	}

	@Test
	void aSentenceSplitByALineBreakMarksItsWholeBlock() {
		String sentence = "Ketamine blocks receptors.";
		Element body = marked("<p>Ketamine blocks<br>receptors.</p>", sentence);

		Element mark = body.getElementById(QuoteMarks.idOf(sentence));
		assertThat(mark).isNotNull();
		assertThat(mark.parent().tagName()).isEqualTo("p");
	}

}
