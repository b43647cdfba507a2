package org.paintreatment.library.browser;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The article's source block ("Source", "Page last reviewed", "Next review due") on a desktop,
 * on a phone and in print.
 */
@BrowserTest
class SourceBlockTest {

	private static final String ADVERTISEMENT = "/articles/ketamine-therapy-for-chronic-headaches-and-migraines";

	private static void assertTheFactsAreShown(Browser browser) {
		WebElement block = browser.find("footer.article-source");
		assertThat(block.isDisplayed()).isTrue();
		assertThat(browser.texts(".source-facts dt")).containsExactly("Source", "Kind of source", "Author", "Published",
				"Page last reviewed", "Next review due");
		assertThat(browser.find(".source-type").getText()).startsWith("Provider or clinic page")
			.contains("book an appointment");
		assertThat(browser.find(".source-reviewed").getText()).isEqualTo("Not yet reviewed by a librarian");
		assertThat(browser.find(".source-review-due").getText()).isEqualTo("Unknown");
	}

	@Test
	void onADesktopEachFactStandsBesideItsName(Browser browser) {
		browser.open(ADVERTISEMENT);

		assertTheFactsAreShown(browser);
		List<WebElement> names = browser.findAll(".source-facts dt");
		List<WebElement> values = browser.findAll(".source-facts dd");
		assertThat(values.get(2).getLocation().getX()).isGreaterThan(names.get(2).getLocation().getX());
		assertThat(values.get(2).getLocation().getY()).isEqualTo(names.get(2).getLocation().getY());
	}

	@Test
	void onAPhoneEachFactStandsUnderItsName(Browser browser) {
		browser.viewport(Browser.PHONE);
		browser.open(ADVERTISEMENT);

		assertTheFactsAreShown(browser);
		List<WebElement> names = browser.findAll(".source-facts dt");
		List<WebElement> values = browser.findAll(".source-facts dd");
		assertThat(values.get(2).getLocation().getY()).isGreaterThan(names.get(2).getLocation().getY());
		assertThat(browser.<Number>js("return document.documentElement.scrollWidth").intValue())
			.isLessThanOrEqualTo(Browser.PHONE.width);
	}

	@Test
	void inPrintTheSourceBlockIsKept(Browser browser) {
		browser.emulateMedia("print", null);
		browser.open(ADVERTISEMENT);

		assertTheFactsAreShown(browser);
		assertThat(browser.find(".source-facts dt").getCssValue("color")).isEqualTo("rgba(0, 0, 0, 1)");
	}

}
