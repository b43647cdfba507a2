package org.paintreatment.library;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The runnable jar that {@code ./mvnw package} builds (failsafe runs this after packaging): no
 * developer tools or consoles inside, Actuator configured to expose health only.
 */
class PackagedJarIT {

	@Test
	void theJarHoldsNoDevtoolsH2ConsoleOrTestLibraries() throws IOException {
		try (JarFile jar = new JarFile(runnableJar().toFile())) {
			List<String> libraries = jar.stream()
				.map(entry -> entry.getName())
				.filter(name -> name.startsWith("BOOT-INF/lib/"))
				.map(name -> name.substring("BOOT-INF/lib/".length()))
				.toList();

			assertThat(libraries).isNotEmpty().anySatisfy(name -> assertThat(name).startsWith("spring-boot-actuator-"));
			assertThat(libraries).noneMatch(name -> name.startsWith("spring-boot-devtools"))
				.noneMatch(name -> name.startsWith("spring-boot-h2console"))
				.noneMatch(name -> name.startsWith("jazzer"))
				.noneMatch(name -> name.startsWith("junit") || name.startsWith("spring-boot-test")
						|| name.startsWith("assertj") || name.startsWith("mockito"));
		}
	}

	@Test
	void theJarsSettingsExposeHealthOnlyAndNoConsole() throws IOException {
		Properties settings = new Properties();
		try (JarFile jar = new JarFile(runnableJar().toFile());
				InputStream in = jar.getInputStream(jar.getEntry("BOOT-INF/classes/application.properties"))) {
			settings.load(in);
		}

		assertThat(settings.getProperty("management.endpoints.web.exposure.include")).isEqualTo("health");
		assertThat(settings.getProperty("management.endpoint.health.show-details")).isEqualTo("never");
		assertThat(settings.getProperty("spring.h2.console.enabled", "false")).isEqualTo("false");
		assertThat(settings.getProperty("server.error.include-stacktrace")).isEqualTo("never");
		assertThat(settings.stringPropertyNames()).noneMatch(name -> name.startsWith("spring.devtools"));
	}

	private static Path runnableJar() throws IOException {
		try (Stream<Path> files = Files.list(Path.of("target"))) {
			List<Path> jars = files.filter(file -> file.getFileName().toString().endsWith(".jar"))
				.filter(file -> !file.getFileName().toString().endsWith("-plain.jar"))
				.toList();
			assertThat(jars).as("the jar built by ./mvnw package").hasSize(1);
			return jars.get(0);
		}
	}

}
