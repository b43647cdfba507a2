package org.paintreatment.library.web.article;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The rendered article pages as stored (table {@code article_page}), read and written with plain SQL. */
@Component
class ArticlePageRows {

	/** A stored page and the key it was rendered under. */
	record StoredPage(String renderKey, byte[] page) {
	}

	private final JdbcTemplate jdbc;

	ArticlePageRows(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The page stored for this slug. */
	Optional<StoredPage> find(String slug) {
		List<StoredPage> pages = jdbc.query("select render_key, page from article_page where slug = ?",
				(row, number) -> new StoredPage(row.getString(1), row.getBytes(2)), slug);
		return pages.stream().findFirst();
	}

	/** The key each stored page was rendered under, by article id. */
	Map<Long, String> keys() {
		Map<Long, String> keys = new HashMap<>();
		jdbc.query("select article_id, render_key from article_page",
				row -> {
					keys.put(row.getLong(1), row.getString(2));
				});
		return keys;
	}

	/** Replaces the pages of these articles (and any page another article left under the same slug). */
	@Transactional
	void save(List<RenderedPage> pages) {
		// two statements, each on its own index: H2 answers "article_id = ? or slug = ?" by reading
		// every row, which made re-rendering a whole library quadratic (minutes at 10,000 pages)
		jdbc.batchUpdate("delete from article_page where article_id = ?",
				pages.stream().map(page -> new Object[] { page.articleId() }).toList());
		jdbc.batchUpdate("delete from article_page where slug = ?",
				pages.stream().map(page -> new Object[] { page.slug() }).toList());
		jdbc.batchUpdate("insert into article_page (article_id, slug, render_key, page) values (?, ?, ?, ?)",
				pages.stream()
					.map(page -> new Object[] { page.articleId(), page.slug(), page.renderKey(), page.page() })
					.toList());
	}

	/** A page just rendered, to store. */
	record RenderedPage(long articleId, String slug, String renderKey, byte[] page) {
	}

}
