package org.paintreatment.library.browser;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The system's Chromium and ChromeDriver: Debian's {@code chromium} and {@code chromium-driver}
 * packages at {@code /usr/bin}, or the same commands found on the {@code PATH}. The tests never
 * download a browser or a driver.
 */
record ChromeInstallation(Path chromium, Path chromedriver) {

	static final String INSTALL_HINT = "apt-get install chromium chromium-driver";

	static Optional<ChromeInstallation> find() {
		Optional<Path> chromium = executable("chromium");
		Optional<Path> chromedriver = executable("chromedriver");
		if (chromium.isEmpty() || chromedriver.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new ChromeInstallation(chromium.get(), chromedriver.get()));
	}

	/** What is missing, for the message that tells how to install it. */
	static String missing() {
		StringBuilder missing = new StringBuilder();
		if (executable("chromium").isEmpty()) {
			missing.append("chromium");
		}
		if (executable("chromedriver").isEmpty()) {
			missing.append(missing.isEmpty() ? "" : " and ").append("chromedriver");
		}
		return missing.toString();
	}

	private static Optional<Path> executable(String name) {
		Path debian = Path.of("/usr/bin", name);
		if (Files.isExecutable(debian)) {
			return Optional.of(debian);
		}
		String path = System.getenv("PATH");
		if (path == null) {
			return Optional.empty();
		}
		for (String folder : path.split(File.pathSeparator)) {
			if (!folder.isEmpty()) {
				Path candidate = Path.of(folder, name);
				if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
					return Optional.of(candidate);
				}
			}
		}
		return Optional.empty();
	}

}
