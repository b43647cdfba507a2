package org.paintreatment.library.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Gives each test application context that names {@code library.test.schema} a database of its
 * own — an in-memory H2 database, or in the PostgreSQL pass a freshly emptied schema — and a
 * search index folder of its own. Contexts are cached and live side by side, so they must not
 * share rows or index files.
 */
public class TestSchemas implements EnvironmentPostProcessor {

	static final String SCHEMA_PROPERTY = "library.test.schema";

	/** Emptied once per test run: two contexts started together on one schema share it. */
	private static final Set<String> EMPTIED = ConcurrentHashMap.newKeySet();

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		String schema = environment.getProperty(SCHEMA_PROPERTY);
		if (schema == null || !schema.matches("[a-z_]+")) {
			return;
		}
		Map<String, Object> properties = new HashMap<>();
		if (DatabasePass.isPostgres()) {
			String url = DatabasePass.postgresUrl();
			properties.put("spring.datasource.url", url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema);
			properties.put("spring.flyway.schemas", schema);
			properties.put("spring.flyway.default-schema", schema);
			if (EMPTIED.add(schema)) {
				dropSchema(schema);
			}
		}
		else {
			properties.put("spring.datasource.url", "jdbc:h2:mem:" + schema + ";DB_CLOSE_DELAY=-1");
		}
		properties.put("library.index-dir", "target/test-index/" + schema + "-" + UUID.randomUUID());
		environment.getPropertySources().addFirst(new MapPropertySource("test-schema", properties));
	}

	private static void dropSchema(String schema) {
		try (Connection connection = DriverManager.getConnection(DatabasePass.postgresUrl(), DatabasePass.postgresUser(),
				DatabasePass.postgresPassword()); Statement statement = connection.createStatement()) {
			statement.execute("drop schema if exists " + schema + " cascade");
		}
		catch (SQLException ex) {
			// no server: DatabasePass skips or fails these tests with a clear message
		}
	}

}
