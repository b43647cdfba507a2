package org.paintreatment.library.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.test.context.TestContextAnnotationUtils;

/**
 * The seeds folders of the test classes marked {@link OwnSeedsFolder}, one each, under
 * {@code target/test-seeds}.
 */
public final class SeedsFolders {

	private static final Path ROOT = Path.of("target", "test-seeds");

	private static final Map<Class<?>, Path> MADE = new ConcurrentHashMap<>();

	private SeedsFolders() {
	}

	/** The class's folder, made empty the first time it is asked for in a run of the class. */
	public static Path of(Class<?> testClass) {
		return MADE.computeIfAbsent(testClass, SeedsFolders::emptyFolder);
	}

	private static Path emptyFolder(Class<?> testClass) {
		Path folder = ROOT.resolve(testClass.getName()).toAbsolutePath();
		try {
			TempFolders.delete(folder);
			return Files.createDirectories(folder);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Gives the application context of a marked class its folder as {@code library.seeds-dir}. */
	static final class Customizers implements ContextCustomizerFactory {

		@Override
		public ContextCustomizer createContextCustomizer(Class<?> testClass,
				List<ContextConfigurationAttributes> configAttributes) {
			return TestContextAnnotationUtils.hasAnnotation(testClass, OwnSeedsFolder.class)
					? new SeedsDir(TestContextAnnotationUtils.findAnnotationDescriptor(testClass, OwnSeedsFolder.class)
						.getRootDeclaringClass())
					: null;
		}

	}

	/** Equal for the same class, so that each marked class has an application context of its own. */
	record SeedsDir(Class<?> testClass) implements ContextCustomizer {

		@Override
		public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
			context.getEnvironment()
				.getPropertySources()
				.addFirst(new MapPropertySource("ownSeedsFolder",
						Map.of("library.seeds-dir", of(testClass).toString())));
		}

	}

	/** Deletes a marked class's folder when its tests are done. */
	static final class Cleanup implements AfterAllCallback {

		@Override
		public void afterAll(ExtensionContext context) throws IOException {
			Class<?> testClass = context.getRequiredTestClass();
			Path folder = MADE.remove(testClass);
			if (folder != null) {
				TempFolders.delete(folder);
			}
		}

	}

}
