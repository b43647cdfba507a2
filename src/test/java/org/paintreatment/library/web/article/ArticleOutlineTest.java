package org.paintreatment.library.web.article;

import java.util.List;

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
		assertThat(ArticleOutline.of(HTML).toc()).containsExactly(
				new TocEntry("why", "Why", 2, List.of(new TocEntry("how", "How", 3))));
	}

	@Test
	void subsectionsAreListedInsideTheirSection() {
		List<TocEntry> toc = ArticleOutline.of("""
				<h3 id="before">Before any section</h3>
				<h2 id="causes">Causes</h2>
				<h3 id="strain">Strain</h3>
				<h4 id="lifting">Lifting</h4>
				<h3 id="posture">Posture</h3>
				<h2 id="care">Care</h2>
				""").toc();

		assertThat(toc).extracting(TocEntry::id).containsExactly("before", "causes", "care");
		assertThat(toc.get(1).children()).extracting(TocEntry::id).containsExactly("strain", "posture");
		assertThat(toc.get(1).children().get(0).children()).extracting(TocEntry::id).containsExactly("lifting");
		assertThat(toc.get(2).children()).isEmpty();
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
