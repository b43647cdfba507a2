package org.paintreatment.library.web.article;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.paintreatment.library.text.ArticleOutline.Heading;
import org.paintreatment.library.web.article.ArticleView.TocEntry;

import static org.assertj.core.api.Assertions.assertThat;

class TocEntryTest {

	@Test
	void subsectionsAreListedInsideTheirSection() {
		List<TocEntry> toc = TocEntry.nest(List.of(new Heading("before", "Before any section", 3),
				new Heading("causes", "Causes", 2), new Heading("strain", "Strain", 3), new Heading("lifting", "Lifting", 4),
				new Heading("posture", "Posture", 3), new Heading("care", "Care", 2)));

		assertThat(toc).extracting(TocEntry::id).containsExactly("before", "causes", "care");
		assertThat(toc.get(1).children()).extracting(TocEntry::id).containsExactly("strain", "posture");
		assertThat(toc.get(1).children().get(0).children()).extracting(TocEntry::id).containsExactly("lifting");
		assertThat(toc.get(2).children()).isEmpty();
	}

}
