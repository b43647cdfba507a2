package org.paintreatment.library.browser;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages on a 360×800 phone and a 1440×900 desktop window: nothing scrolls sideways on the
 * phone, its navigation can be used, and the desktop keeps the article's lines readable.
 */
@BrowserTest
class ScreenSizesTest {

	static final List<String> PAGES = List.of("/", "/articles", "/articles?treatment=ketamine&caveat=not-fda-approved",
			"/articles?q=nothing-matches-this", "/articles/how-does-ketamine-work-for-pain",
			"/articles/how-long-does-ketamine-pain-relief-last-exploring-treatment-duration",
			"/articles/ketamine-therapy-for-chronic-headaches-and-migraines", "/articles/can-acupuncture-relieve-pain-right-away",
			"/articles/unraveling-kratoms-role-in-pain-regulation-a-deep-dive-into-its-mechanisms", "/treatments",
			"/treatments/ketamine", "/mechanisms", "/mechanisms/nmda-receptor-antagonism", "/caveats",
			"/caveats/not-fda-approved", "/compare", "/articles/no-such-article", "/articles?page=x");

	@Test
	void noPageScrollsSidewaysOnAPhone(Browser browser) {
		browser.viewport(Browser.PHONE);
		List<String> wide = new ArrayList<>();
		for (String path : PAGES) {
			browser.open(path);
			Map<String, Object> width = browser.js("""
					const root = document.documentElement;
					const overflowing = [...document.querySelectorAll('body *')]
					    .filter((element) => element.getBoundingClientRect().right > innerWidth + 0.5)
					    .slice(0, 5)
					    .map((element) => element.tagName.toLowerCase() + '.' + element.className);
					return { scrollWidth: root.scrollWidth, innerWidth: innerWidth, overflowing: overflowing };
					""");
			// A phone zooms out to show a page wider than itself, so its viewport grows with the page.
			assertThat(((Number) width.get("innerWidth")).intValue()).as("viewport of %s: %s", path, width)
				.isEqualTo(Browser.PHONE.width);
			if (((Number) width.get("scrollWidth")).intValue() > ((Number) width.get("innerWidth")).intValue()) {
				wide.add(path + " " + width);
			}
		}
		assertThat(wide).as("pages wider than the phone").isEmpty();
	}

	@Test
	void onAPhoneTheFirstResultComesBeforeTheFilterCheckboxesFoldedUnderFilter(Browser browser) {
		browser.viewport(Browser.PHONE);
		browser.open("/articles?treatment=ketamine");
		WebElement fold = browser.find("details.filter-panel > summary");
		Map<String, Object> tops = browser.js("""
				const top = (element) => element.getBoundingClientRect().top + scrollY;
				const boxes = [...document.querySelectorAll('form.facets input[type=checkbox]')]
				    .filter((box) => box.checkVisibility());
				return { card: top(document.querySelector('.article-card')), shownBoxes: boxes.length };
				""");

		assertThat(fold.isDisplayed()).isTrue();
		assertThat(fold.getText()).isEqualTo("Filter (1 chosen)");
		assertThat(tops.get("shownBoxes")).as("checkboxes shown before the fold is opened: %s", tops).isEqualTo(0L);
		assertThat(((Number) tops.get("card")).doubleValue()).as("the first result is on the first screen: %s", tops)
			.isLessThan(Browser.PHONE.height);

		fold.click();

		WebElement ketamine = browser.find("#treatment-ketamine");
		assertThat(ketamine.isDisplayed()).isTrue();
		assertThat(ketamine.getLocation().getY()).isLessThan(browser.find(".article-card").getLocation().getY());

		browser.viewport(Browser.DESKTOP);
		browser.open("/articles");
		assertThat(browser.find("details.filter-panel > summary").isDisplayed()).isFalse();
		assertThat(browser.find("#treatment-ketamine").isDisplayed()).isTrue();
		assertThat(browser.find("#treatment-ketamine").getLocation().getX()).as("the filters are a column beside the results")
			.isLessThan(browser.find(".article-card").getLocation().getX());
	}

	@Test
	void theNavigationIsShownWholeAndWorksOnAPhone(Browser browser) {
		browser.viewport(Browser.PHONE);
		browser.open("/articles/how-does-ketamine-work-for-pain");

		List<WebElement> links = browser.findAll("header nav.site-nav a");
		assertThat(links).extracting(WebElement::getText)
			.containsExactly("Articles", "Conditions", "Treatments", "Mechanisms", "Caveats", "Compare");
		for (WebElement link : links) {
			Map<String, Object> box = browser.js("""
					const link = arguments[0];
					const box = link.getBoundingClientRect();
					const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
					return { left: box.left, right: box.right, top: box.top, bottom: box.bottom, height: box.height,
					         onTop: hit === link || link.contains(hit) };
					""", link);
			assertThat(link.isDisplayed()).as(link.getText()).isTrue();
			assertThat(((Number) box.get("left")).doubleValue()).as("%s %s", link.getText(), box).isGreaterThanOrEqualTo(0);
			assertThat(((Number) box.get("right")).doubleValue()).as("%s %s", link.getText(), box)
				.isLessThanOrEqualTo(Browser.PHONE.width);
			assertThat(((Number) box.get("bottom")).doubleValue()).as("%s %s", link.getText(), box)
				.isLessThanOrEqualTo(Browser.PHONE.height);
			assertThat(((Number) box.get("height")).doubleValue()).as("%s is a big enough target %s", link.getText(), box)
				.isGreaterThanOrEqualTo(24);
			assertThat(box.get("onTop")).as("%s is not covered %s", link.getText(), box).isEqualTo(true);
		}
		WebElement search = browser.find("header #site-search-q");
		assertThat(search.isDisplayed()).isTrue();
		assertThat(search.getRect().getX() + search.getRect().getWidth()).isLessThanOrEqualTo(Browser.PHONE.width);

		browser.follow(browser.find("header nav.site-nav a[href='/compare']"));
		assertThat(browser.location()).isEqualTo("/compare");
		browser.follow(browser.find("header nav.site-nav a[href='/caveats']"));
		assertThat(browser.location()).isEqualTo("/caveats");
		assertThat(browser.find("h1").getText()).isEqualTo("Caveats");
	}

	static final List<String> ARTICLES = PAGES.stream()
		.filter((path) -> path.startsWith("/articles/") && !path.equals("/articles/no-such-article"))
		.toList();

	@Test
	void theBeforeYouReadPanelIsAboveTheArticleTextOnADesktopAndAPhone(Browser browser) {
		assertThat(ARTICLES).hasSize(5);
		for (Dimension size : List.of(Browser.DESKTOP, Browser.PHONE)) {
			browser.viewport(size);
			for (String path : ARTICLES) {
				browser.open(path);
				Map<String, Object> tops = browser.js("""
						const top = (css) => document.querySelector(css).getBoundingClientRect().top + scrollY;
						const panel = document.querySelector('.before-you-read');
						return { panel: top('.before-you-read'), panelBottom: panel.getBoundingClientRect().bottom + scrollY,
						         body: top('.article-body'), shown: panel.checkVisibility() };
						""");
				assertThat(tops.get("shown")).as("%s at %s: %s", path, size, tops).isEqualTo(true);
				assertThat(((Number) tops.get("panel")).doubleValue()).as("%s at %s: %s", path, size, tops)
					.isLessThan(((Number) tops.get("body")).doubleValue())
					.isLessThan(size.height);
				assertThat(((Number) tops.get("panelBottom")).doubleValue()).as("%s at %s: %s", path, size, tops)
					.isLessThanOrEqualTo(((Number) tops.get("body")).doubleValue());
			}
		}
	}

	@Test
	void theArticleKeepsAReadableLineLengthOnADesktop(Browser browser) {
		browser.open("/articles/how-long-does-ketamine-pain-relief-last-exploring-treatment-duration");

		List<Map<String, Object>> paragraphs = browser.js("""
				return [...document.querySelectorAll('.article-body > p')]
				    .filter((p) => p.textContent.length > 400)
				    .map((p) => {
				        const zeros = document.createElement('span');
				        zeros.textContent = '0'.repeat(100);
				        zeros.style.position = 'absolute';
				        zeros.style.whiteSpace = 'nowrap';
				        p.appendChild(zeros);
				        const ch = zeros.getBoundingClientRect().width / 100;
				        zeros.remove();
				        const style = getComputedStyle(p);
				        const lines = Math.round(p.getBoundingClientRect().height / parseFloat(style.lineHeight));
				        return { widthInCh: p.getBoundingClientRect().width / ch,
				                 charactersPerLine: p.textContent.length / lines, lines: lines };
				    });
				""");
		assertThat(browser.<Long>js("return innerWidth")).isEqualTo(1440L);
		assertThat(paragraphs).as("long paragraphs to measure").hasSizeGreaterThanOrEqualTo(2);
		for (Map<String, Object> paragraph : paragraphs) {
			assertThat(((Number) paragraph.get("widthInCh")).doubleValue()).as("%s", paragraph).isBetween(45.0, 80.0);
			assertThat(((Number) paragraph.get("charactersPerLine")).doubleValue()).as("%s", paragraph)
				.isBetween(45.0, 90.0);
		}
	}

}
