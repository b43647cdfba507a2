package org.paintreatment.library.text;

import org.junit.jupiter.api.Test;
import org.paintreatment.library.text.ArticleOutline.Heading;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleOutlineTest {

	static final String HTML = """
			<h2 id="why">Why <a class="heading-anchor" href="#why">#</a></h2>
			<p>Ketamine blocks NMDA receptors.   It is given
			as an infusion &amp; a spray.</p>
			<h3 id="how">How</h3>
			<p>Second paragraph.</p>
			""";

	@Test
	void theHeadingsAreListedInOrderWithoutTheirAnchors() {
		assertThat(ArticleOutline.of(HTML, "").headings()).containsExactly(new Heading("why", "Why", 2),
				new Heading("how", "How", 3));
	}

	@Test
	void onlyHeadingsWithAnIdOfLevelsTwoToFourAreListed() {
		assertThat(ArticleOutline.of("""
				<h2>No id</h2>
				<h3 id="strain">Strain</h3>
				<h4 id="lifting">Lifting</h4>
				<h5 id="deep">Too deep</h5>
				<p id="p">Not a heading</p>
				""", "").headings()).extracting(Heading::id).containsExactly("strain", "lifting");
	}

	@Test
	void aSummaryTakenFromTheFirstParagraphOpensTheText() {
		assertThat(ArticleOutline.of(HTML, "Ketamine blocks NMDA receptors.").summaryOpensText()).isTrue();
		assertThat(ArticleOutline.of(HTML, "Ketamine blocks NMDA receptors. It is given\nas an infusion & a spray.")
			.summaryOpensText()).isTrue();
	}

	@Test
	void anEditorialSummaryDoesNot() {
		assertThat(ArticleOutline.of(HTML, "What ketamine does for nerve pain.").summaryOpensText()).isFalse();
		assertThat(ArticleOutline.of(HTML, "Second paragraph.").summaryOpensText()).isFalse();
		assertThat(ArticleOutline.of(HTML, " ").summaryOpensText()).isFalse();
		assertThat(ArticleOutline.of("<ul><li>Only a list.</li></ul>", "Only a list.").summaryOpensText()).isFalse();
	}

}
