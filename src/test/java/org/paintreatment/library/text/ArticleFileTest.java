package org.paintreatment.library.text;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleFileTest {

	@Test
	void articlesAreTextAndMarkdownFilesWhateverTheCaseOfTheirExtension() {
		assertThat(List.of("a.txt", "B.TXT", "c.md", "D.Md")).allMatch(ArticleFile::isArticleName);
		assertThat(List.of("a.pdf", "notes.txt.bak", "readme", "x.markdown", "md")).noneMatch(ArticleFile::isArticleName);
	}

}
