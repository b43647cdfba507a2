package org.paintreatment.library.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.Dimension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Writes the README's screenshots into {@code docs/screenshots/}: the home, list, article and
 * compare pages at desktop (1440×900) and phone (360×800) sizes. Not part of {@code ./mvnw verify};
 * run it with {@code ./mvnw -Pscreenshots test} whenever the look changes, and commit the PNGs.
 */
@BrowserTest
@Tag("screenshots")
class ScreenshotsTest {

	static final Path FOLDER = Path.of(System.getProperty("library.screenshots.dir", "docs/screenshots"));

	@ParameterizedTest(name = "{0}-{2}.png")
	@CsvSource(textBlock = """
			home,     /,                                          desktop
			home,     /,                                          phone
			list,     /articles?treatment=ketamine,               desktop
			list,     /articles?treatment=ketamine,               phone
			article,  /articles/how-does-ketamine-work-for-pain,  desktop
			article,  /articles/how-does-ketamine-work-for-pain,  phone
			article-promotional, /articles/ketamine-therapy-for-chronic-headaches-and-migraines, desktop
			article-promotional, /articles/ketamine-therapy-for-chronic-headaches-and-migraines, phone
			compare,  /compare,                                   desktop
			compare,  /compare,                                   phone
			""")
	void screenshot(String name, String path, String size, Browser browser) throws IOException {
		Dimension viewport = "phone".equals(size) ? Browser.PHONE : Browser.DESKTOP;
		browser.viewport(viewport);
		browser.emulateMedia("screen", "light");
		browser.open(path);

		byte[] png = browser.screenshot();

		Files.createDirectories(FOLDER);
		Path file = FOLDER.resolve(name + "-" + size + ".png");
		Files.write(file, png);
		assertThat(png).startsWith(0x89, 'P', 'N', 'G');
		System.out.println("Wrote " + file.toAbsolutePath() + " (" + viewport.width + "×" + viewport.height + ")");
	}

}
