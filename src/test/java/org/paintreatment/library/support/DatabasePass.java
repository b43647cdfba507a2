package org.paintreatment.library.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Which database this run of the tests uses. In the PostgreSQL pass a server must be reachable:
 * without one the database tests are skipped with one message, or fail when {@code CI=true}.
 */
public final class DatabasePass implements ExecutionCondition {

	static final String PASS_PROPERTY = "library.test.database";

	private static volatile Boolean reachable;

	public static boolean isPostgres() {
		return "postgres".equals(System.getProperty(PASS_PROPERTY));
	}

	public static String postgresUrl() {
		return env("DATABASE_URL", "jdbc:postgresql://127.0.0.1:5432/library");
	}

	public static String postgresUser() {
		return env("DATABASE_USERNAME", "library");
	}

	public static String postgresPassword() {
		return env("DATABASE_PASSWORD", "library");
	}

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		if (!isPostgres()) {
			return ConditionEvaluationResult.enabled("H2 pass");
		}
		if (postgresReachable()) {
			return ConditionEvaluationResult.enabled("PostgreSQL at " + postgresUrl());
		}
		String message = "PostgreSQL is not reachable at " + postgresUrl() + ": the database tests' PostgreSQL pass is "
				+ "skipped. Run `bash .ci/postgres` (installs and starts a local server) or set DATABASE_URL, "
				+ "DATABASE_USERNAME and DATABASE_PASSWORD.";
		if ("true".equals(System.getenv("CI"))) {
			throw new IllegalStateException(message + " (CI=true: a missing database fails the build)");
		}
		return ConditionEvaluationResult.disabled(message);
	}

	private static synchronized boolean postgresReachable() {
		if (reachable == null) {
			try (Connection connection = DriverManager.getConnection(postgresUrl(), postgresUser(), postgresPassword())) {
				reachable = connection.isValid(5);
			}
			catch (SQLException ex) {
				reachable = false;
				System.err.println("[database tests] PostgreSQL not reachable: " + ex.getMessage());
			}
		}
		return reachable;
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return value == null || value.isBlank() ? fallback : value;
	}

}
