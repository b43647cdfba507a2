package org.paintreatment.library.article;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class IndexedArticleLinesTest {

	@Test
	void articlesReadBackAsTheyWereWhateverTheirTextHolds() {
		List<IndexedArticle> articles = List.of(
				new IndexedArticle(7, "ketamine-for-pain", "Ketamine\tfor \\ pain", "One line.\nAnother\r line.",
						"ketamine", Set.of("nmda-antagonism", "opioid"), Set.of(), 4, Set.of("risks", "sources"),
						Set.of("chronic-pain")),
				new IndexedArticle(8, "plain", "", "", "unclassified", Set.of(), Set.of("side-effects"), 1, Set.of(),
						Set.of()));

		assertThat(IndexedArticleLines.parse(IndexedArticleLines.format(articles))).isEqualTo(articles);
	}

	@Test
	void noArticlesReadBackAsNone() {
		assertThat(IndexedArticleLines.parse(IndexedArticleLines.format(List.of()))).isEmpty();
	}

	@Test
	void textOfAnotherFormatOrCutShortIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> IndexedArticleLines.parse("indexed-articles\t0\n"));
		assertThatIllegalArgumentException().isThrownBy(() -> IndexedArticleLines.parse(""));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> IndexedArticleLines.parse(IndexedArticleLines.FORMAT + "\n7\tslug\ttitle\n"));
	}

}
