package org.paintreatment.library.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads and writes the stamps of the imported files ({@link FileStamp}), one row per article that
 * has a stamp vouching for its bytes, inside the caller's transaction.
 */
@Component
class FileStampRows {

	private static final String DELETE = """
			delete from file_stamp where article_id in (select id from article where source_file = ?)""";

	private static final String INSERT = """
			insert into file_stamp (article_id, file_size, file_modified_nanos)
			select id, ?, ? from article where source_file = ?""";

	private final JdbcTemplate jdbc;

	FileStampRows(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The stamps that vouch for the stored articles, by file name. */
	Map<String, FileStamp> all() {
		Map<String, FileStamp> stamps = new HashMap<>();
		jdbc.query("""
				select a.source_file, s.file_size, s.file_modified_nanos
				from file_stamp s join article a on a.id = s.article_id""", row -> {
			stamps.put(row.getString(1), new FileStamp(row.getLong(2), row.getLong(3), true));
		});
		return stamps;
	}

	/** Replaces the stamps of these files; one that does not vouch for the bytes leaves none. */
	void write(Map<String, FileStamp> stamps) {
		List<Object[]> files = new ArrayList<>(stamps.size());
		List<Object[]> vouching = new ArrayList<>(stamps.size());
		stamps.forEach((file, stamp) -> {
			files.add(new Object[] { file });
			if (stamp.vouches()) {
				vouching.add(new Object[] { stamp.size(), stamp.modifiedNanos(), file });
			}
		});
		jdbc.batchUpdate(DELETE, files);
		if (!vouching.isEmpty()) {
			jdbc.batchUpdate(INSERT, vouching);
		}
	}

}
