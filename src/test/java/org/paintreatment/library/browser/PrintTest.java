package org.paintreatment.library.browser;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An article printed: the navigation, forms and the quotes' links into the text are left out; the text, "How the
 * article says it works", the caveats and every answer of the quality checklist are kept, in black on white.
 */
@BrowserTest
class PrintTest {

	@Test
	void aPrintedArticleLeavesOutTheNavigationAndKeepsTheTextAndTheCaveats(Browser browser) {
		browser.emulateMedia("print", null);
		browser.open("/articles/how-does-ketamine-work-for-pain");
		assertThat(browser.<Boolean>js("return matchMedia('print').matches")).isTrue();

		for (String hidden : List.of(".skip-link", "header nav.site-nav", "header form.site-search", "nav.toc",
				"section.related", ".article-body .heading-anchor", ".quote-source")) {
			assertThat(browser.findAll(hidden)).as(hidden).isNotEmpty()
				.allSatisfy((element) -> assertThat(element.getCssValue("display")).as(hidden).isEqualTo("none"));
		}
		for (String shown : List.of("h1", ".article-body", ".article-body p", "section.how-it-works",
				"section.how-it-works blockquote", "aside.callout-caveats", "aside.callout-caveats blockquote",
				".article-source", ".quality-summary")) {
			assertThat(browser.findAll(shown)).as(shown).isNotEmpty().allSatisfy((element) -> {
				assertThat(element.getCssValue("display")).as(shown).isNotEqualTo("none");
				assertThat(element.isDisplayed()).as(shown).isTrue();
				assertThat(element.getText()).as(shown).isNotBlank();
			});
		}
		assertThat(browser.find("aside.callout-caveats").getText()).contains("Side effects", "Needs medical supervision",
				"it should only be administered under the supervision of medical professionals");
		assertThat(browser.find(".site-footer").getText()).contains("not medical advice");
		// the checklist's answers sit in a closed <details> on screen; print lays them out (Selenium's
		// own visibility check counts anything in a closed <details> as hidden, so ask the browser)
		assertThat(browser.<Boolean>js("""
				const answers = [...document.querySelectorAll('.quality-checks li')];
				return answers.length === 12
				    && answers.every((li) => li.checkVisibility() && li.getBoundingClientRect().height > 0);
				""")).as("every answer of the quality checklist is printed").isTrue();

		Map<String, Object> colours = browser.js("""
				const style = getComputedStyle(document.body);
				return { text: style.color, background: style.backgroundColor };
				""");
		assertThat(colours).containsEntry("text", "rgb(0, 0, 0)").containsEntry("background", "rgb(255, 255, 255)");
	}

	/** The advertisement among the seeds: its flag must be the first thing printed after the title. */
	static final String PROMOTIONAL_ARTICLE = "/articles/ketamine-therapy-for-chronic-headaches-and-migraines";

	@Test
	void aPrintedArticleStartsWithTheBeforeYouReadPanelInOnePiece(Browser browser) {
		browser.emulateMedia("print", null);
		browser.open(PROMOTIONAL_ARTICLE);
		assertThat(browser.<Boolean>js("return matchMedia('print').matches")).isTrue();

		Map<String, Object> layout = browser.js("""
				const box = (css) => document.querySelector(css).getBoundingClientRect();
				const panel = document.querySelector('.before-you-read');
				const firstAfterTitle = [...document.querySelectorAll('.article-page > *')]
				    .filter((element) => !element.matches('header') && element.checkVisibility())[0];
				return { panelTop: box('.before-you-read').top, panelBottom: box('.before-you-read').bottom,
				         bodyTop: box('.article-body').top, breakInside: getComputedStyle(panel).breakInside,
				         first: firstAfterTitle.className };
				""");
		assertThat(layout).containsEntry("first", "before-you-read").containsEntry("breakInside", "avoid");
		assertThat(((Number) layout.get("panelBottom")).doubleValue()).as("%s", layout)
			.isLessThanOrEqualTo(((Number) layout.get("bodyTop")).doubleValue());
		assertThat(browser.find(".before-you-read").isDisplayed()).isTrue();
		assertThat(browser.find(".before-you-read .promotional-flag").getText())
			.startsWith("Promotional source: this page advertises a provider.");
	}

	@Test
	void aPrintedCaveatStaysOnOnePageWithItsQuotes(Browser browser) {
		browser.emulateMedia("print", null);
		browser.open(PROMOTIONAL_ARTICLE);

		Map<String, Object> styles = browser.js("""
				const item = document.querySelector('.callout-caveats li');
				const heading = document.querySelector('.callout-caveats h2');
				return { item: getComputedStyle(item).breakInside, heading: getComputedStyle(heading).breakAfter };
				""");
		assertThat(styles).containsEntry("item", "avoid").containsEntry("heading", "avoid");
	}

	@Test
	void onScreenTheSameArticleShowsItsNavigation(Browser browser) {
		browser.open("/articles/how-does-ketamine-work-for-pain");

		assertThat(browser.<Boolean>js("return matchMedia('print').matches")).isFalse();
		for (String shown : List.of("header nav.site-nav", "header form.site-search", "nav.toc", "section.related")) {
			assertThat(browser.find(shown).isDisplayed()).as(shown).isTrue();
		}
	}

}
