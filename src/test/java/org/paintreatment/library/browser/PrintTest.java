package org.paintreatment.library.browser;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An article printed: the navigation and forms are left out, the text, "How it works" and the
 * caveats are kept, in black on white.
 */
@BrowserTest
class PrintTest {

	@Test
	void aPrintedArticleLeavesOutTheNavigationAndKeepsTheTextAndTheCaveats(Browser browser) {
		browser.emulateMedia("print", null);
		browser.open("/articles/how-does-ketamine-work-for-pain");
		assertThat(browser.<Boolean>js("return matchMedia('print').matches")).isTrue();

		for (String hidden : List.of(".skip-link", "header nav.site-nav", "header form.site-search", "nav.toc",
				"section.related", ".article-body .heading-anchor")) {
			assertThat(browser.findAll(hidden)).as(hidden).isNotEmpty()
				.allSatisfy((element) -> assertThat(element.getCssValue("display")).as(hidden).isEqualTo("none"));
		}
		for (String shown : List.of("h1", ".article-body", ".article-body p", "section.how-it-works",
				"section.how-it-works blockquote", "aside.callout-caveats", "aside.callout-caveats blockquote",
				".article-source")) {
			assertThat(browser.findAll(shown)).as(shown).isNotEmpty().allSatisfy((element) -> {
				assertThat(element.getCssValue("display")).as(shown).isNotEqualTo("none");
				assertThat(element.isDisplayed()).as(shown).isTrue();
				assertThat(element.getText()).as(shown).isNotBlank();
			});
		}
		assertThat(browser.find("aside.callout-caveats").getText()).contains("Side effects", "Needs medical supervision",
				"it should only be administered under the supervision of medical professionals");
		assertThat(browser.find(".site-footer").getText()).contains("not medical advice");

		Map<String, Object> colours = browser.js("""
				const style = getComputedStyle(document.body);
				return { text: style.color, background: style.backgroundColor };
				""");
		assertThat(colours).containsEntry("text", "rgb(0, 0, 0)").containsEntry("background", "rgb(255, 255, 255)");
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
