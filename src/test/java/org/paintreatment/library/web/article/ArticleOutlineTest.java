package org.paintreatment.library.web.article;

import org.junit.jupiter.api.Test;
import org.paintreatment.library.web.article.ArticleView.TocEntry;

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
	void theTableOfContentsListsTheHeadingsWithoutTheirAnchors() {
		assertThat(ArticleOutline.of(HTML).toc()).containsExactly(new TocEntry("why", "Why", 2),
				new TocEntry("how", "How", 3));
	}

	@Test
	void aSummaryTakenFromTheFirstParagraphOpensTheText() {
		ArticleOutline outline = ArticleOutline.of(HTML);

		assertThat(outline.opensWith("Ketamine blocks NMDA receptors.")).isTrue();
		assertThat(outline.opensWith("Ketamine blocks NMDA receptors. It is given\nas an infusion & a spray.")).isTrue();
	}

	@Test
	void anEditorialSummaryDoesNot() {
		ArticleOutline outline = ArticleOutline.of(HTML);

		assertThat(outline.opensWith("What ketamine does for nerve pain.")).isFalse();
		assertThat(outline.opensWith("Second paragraph.")).isFalse();
		assertThat(outline.opensWith(" ")).isFalse();
		assertThat(ArticleOutline.of("<ul><li>Only a list.</li></ul>").opensWith("Only a list.")).isFalse();
	}

}
