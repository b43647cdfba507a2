package org.paintreatment.library.importer;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;

/**
 * Lets one instance at a time import into a shared database, so that several instances started
 * together import the seeds exactly once between them: a session advisory lock on PostgreSQL, a
 * row lock on {@code import_lock} elsewhere. Held on a connection of its own for the whole run.
 */
@Component
class ImportLock {

	/** An arbitrary number naming the library's import among the database's advisory locks. */
	static final int ADVISORY_KEY = 0x504C4942;

	/** Per schema, so that libraries in different schemas of one database do not wait for each other. */
	static final String LOCK = "select pg_advisory_lock(" + ADVISORY_KEY + ", hashtext(current_schema()))";

	static final String UNLOCK = "select pg_advisory_unlock(" + ADVISORY_KEY + ", hashtext(current_schema()))";

	static final int ROW_LOCK_WAIT_MILLIS = 10 * 60 * 1000;

	private final DataSource dataSource;

	ImportLock(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	<T> T whileHolding(Supplier<T> work) {
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
			if ("PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
				statement.execute(LOCK);
				try {
					return work.get();
				}
				finally {
					statement.execute(UNLOCK);
				}
			}
			return whileHoldingRow(connection, statement, work);
		}
		catch (SQLException ex) {
			throw new DataAccessResourceFailureException("Cannot take the import lock", ex);
		}
	}

	private static <T> T whileHoldingRow(Connection connection, Statement statement, Supplier<T> work)
			throws SQLException {
		boolean autoCommit = connection.getAutoCommit();
		connection.setAutoCommit(false);
		try {
			if ("H2".equals(connection.getMetaData().getDatabaseProductName())) {
				statement.execute("set lock_timeout " + ROW_LOCK_WAIT_MILLIS);
			}
			statement.executeQuery("select id from import_lock where id = 1 for update").close();
			return work.get();
		}
		finally {
			connection.rollback();
			connection.setAutoCommit(autoCommit);
		}
	}

}
