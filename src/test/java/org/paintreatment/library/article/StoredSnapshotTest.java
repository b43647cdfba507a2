package org.paintreatment.library.article;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.paintreatment.library.support.HttpPagesTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A rebuild of an unchanged library reads the articles as the last rebuild stored them; any change
 * to the stored articles or their tags has the rebuild read the tables again.
 */
class StoredSnapshotTest extends HttpPagesTest {

	@Autowired
	ReadModel readModel;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void anUnchangedLibraryIsReadFromTheStoredRowAndAChangedOneFromTheTables() {
		readModel.rebuild();
		IndexedArticle article = readModel.current()
			.articles()
			.stream()
			.filter(candidate -> !candidate.mechanisms().isEmpty())
			.findFirst()
			.orElseThrow();
		LibrarySnapshot fromTheTables = readModel.current();
		Map<String, Object> tag = jdbc.queryForMap(
				"select * from article_mechanism where article_id = ? order by id fetch first 1 rows only", article.id());
		try {
			// a mark only the stored row has: the next rebuild shows it if it reads that row
			jdbc.update("update stored_read_model set articles = replace(articles, ?, ?)", "\t" + article.title() + "\t",
					"\tStored title\t");
			readModel.rebuild();
			assertThat(readModel.current().article(article.slug()).orElseThrow().title()).isEqualTo("Stored title");
			assertThat(readModel.current().version()).isEqualTo(fromTheTables.version());

			jdbc.update("delete from article_mechanism where id = ?", tag.get("id"));
			readModel.rebuild();
			assertThat(readModel.current().article(article.slug()).orElseThrow().title()).isEqualTo(article.title());
			assertThat(readModel.current().article(article.slug()).orElseThrow().mechanisms())
				.hasSize(article.mechanisms().size() - 1);
		}
		finally {
			jdbc.update("delete from stored_read_model");
			if (jdbc.queryForObject("select count(*) from article_mechanism where id = ?", Integer.class,
					tag.get("id")) == 0) {
				jdbc.update("insert into article_mechanism (id, article_id, mechanism_id, evidence, added_by_librarian)"
						+ " values (?, ?, ?, ?, ?)", tag.get("id"), tag.get("article_id"), tag.get("mechanism_id"),
						tag.get("evidence"), tag.get("added_by_librarian"));
			}
			readModel.rebuild();
		}
		assertThat(readModel.current().article(article.slug()).orElseThrow()).isEqualTo(article);
	}

}
