package org.paintreatment.library.article;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.paintreatment.library.taxonomy.TermKind;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleFilterTest {

	final ArticleFilter filter = new ArticleFilter(
			Map.of(TermKind.TREATMENT, Set.of("ketamine"), TermKind.CAVEAT, Set.of("side-effects")), "pain & relief", 2, 20);

	@Test
	void urlsKeepTheOtherFiltersAndEncodeTheWords() {
		assertThat(filter.url()).isEqualTo("/articles?treatment=ketamine&caveat=side-effects&q=pain+%26+relief&page=2");
	}

	@Test
	void removingAFilterGoesBackToTheFirstPage() {
		assertThat(filter.urlRemoving(TermKind.CAVEAT, "side-effects")).isEqualTo("/articles?treatment=ketamine&q=pain+%26+relief");
	}

	@Test
	void activeFiltersEachKnowTheirRemovalUrl() {
		assertThat(filter.activeFilters()).extracting(ArticleFilter.ActiveFilter::removeUrl)
			.containsExactly("/articles?caveat=side-effects&q=pain+%26+relief", "/articles?treatment=ketamine&q=pain+%26+relief");
	}

	@Test
	void wordsSearchedAsTypedStaySoWhileFiltersChangeButNotForOtherWords() {
		String asTyped = filter.urlAsTyped("ketamin");
		ArticleFilter typed = new ArticleFilter(filter.selected(), "ketamin", 1, 20, java.util.Set.of(), true);

		assertThat(asTyped).isEqualTo("/articles?treatment=ketamine&caveat=side-effects&q=ketamin&spell=off");
		assertThat(typed.urlRemoving(TermKind.CAVEAT, "side-effects")).isEqualTo("/articles?treatment=ketamine&q=ketamin&spell=off");
		assertThat(typed.urlWithQuery("ketamine")).isEqualTo("/articles?treatment=ketamine&caveat=side-effects&q=ketamine");
		assertThat(typed.urlWithoutQuery()).isEqualTo("/articles?treatment=ketamine&caveat=side-effects");
	}

	@Test
	void aNonDefaultPageSizeIsKept() {
		ArticleFilter small = new ArticleFilter(Map.of(), "", 1, 5);

		assertThat(small.urlForPage(2)).isEqualTo("/articles?page=2&size=5");
		assertThat(small.isEmpty()).isTrue();
	}

}
