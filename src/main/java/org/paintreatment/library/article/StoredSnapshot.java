package org.paintreatment.library.article;

import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The read model's articles as last read, kept in the database (table {@code stored_read_model})
 * under the signature of the stored articles, so that a restart of an unchanged library reads one
 * row instead of scanning every article. A signature that differs, a row in another format or no
 * row at all: the read model reads the tables, as always, and stores what it read.
 */
@Component
class StoredSnapshot {

	private static final Logger log = LoggerFactory.getLogger(StoredSnapshot.class);

	private static final int ROW = 1;

	private final JdbcTemplate jdbc;

	StoredSnapshot(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The stored articles, if they were read from stored articles with this signature. */
	Optional<List<IndexedArticle>> read(String signature) {
		List<String> texts = jdbc.queryForList(
				"select articles from stored_read_model where id = ? and signature = ?", String.class, ROW,
				signature);
		if (texts.isEmpty()) {
			return Optional.empty();
		}
		try {
			return Optional.of(IndexedArticleLines.parse(texts.get(0)));
		}
		catch (IllegalArgumentException ex) {
			log.info("The stored read model is not readable ({}); reading the articles", ex.getMessage());
			return Optional.empty();
		}
	}

	/**
	 * Replaces the stored articles, in a transaction of its own (the read model reads in a
	 * read-only one). Another instance storing at the same moment is no error: either row will do.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void write(String signature, List<IndexedArticle> articles) {
		try {
			jdbc.update("delete from stored_read_model where id = ?", ROW);
			jdbc.update("insert into stored_read_model (id, signature, articles) values (?, ?, ?)", ROW, signature,
					IndexedArticleLines.format(articles));
		}
		catch (DataAccessException ex) {
			log.debug("The read model was not stored (another instance may have stored it): {}", ex.toString());
		}
	}

}
