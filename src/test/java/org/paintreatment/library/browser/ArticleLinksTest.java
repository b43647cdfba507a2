package org.paintreatment.library.browser;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

/**
 * Links into an article: a deep link to a heading opens with that heading in view, every
 * entry of the table of contents scrolls to its heading, and a quote's link to its sentence in
 * the text.
 */
@BrowserTest
class ArticleLinksTest {

	static final String LONG_ARTICLE = "/articles/how-long-does-ketamine-pain-relief-last-exploring-treatment-duration";

	/** Where a heading scrolled to the top of the window stands: its scroll-margin-top of 1rem. */
	static final double SCROLL_MARGIN = 16;

	@Test
	void aDeepLinkToAHeadingOpensWithThatHeadingInView(Browser browser) {
		List<String> ids = browser.open(LONG_ARTICLE)
			.findAll(".article-body h2[id]")
			.stream()
			.map((heading) -> heading.getDomAttribute("id"))
			.toList();
		assertThat(ids).hasSizeGreaterThanOrEqualTo(5);

		for (String id : ids) {
			browser.open("/");  // from another page, so that the article really opens at the heading
			browser.open(LONG_ARTICLE + "#" + id);
			assertThat(browser.location()).isEqualTo(LONG_ARTICLE + "#" + id);
			assertScrolledTo(browser, id);
		}
	}

	@Test
	void everyContentsLinkScrollsToItsHeadingOnADesktopAndOnAPhone(Browser browser) {
		for (Dimension size : List.of(Browser.DESKTOP, Browser.PHONE)) {
			browser.viewport(size);
			for (String article : List.of(LONG_ARTICLE, "/articles/how-does-ketamine-work-for-pain",
					"/articles/ketamine-therapy-for-chronic-headaches-and-migraines",
					"/articles/unraveling-kratoms-role-in-pain-regulation-a-deep-dive-into-its-mechanisms")) {
				List<WebElement> links = browser.open(article).findAll("nav.toc a");
				assertThat(links).as(article).hasSizeGreaterThanOrEqualTo(2);
				for (WebElement link : links) {
					String id = link.getDomAttribute("href").substring(1);
					link.click();
					assertThat(browser.location()).as("%s at %s", link.getText(), size).isEqualTo(article + "#" + id);
					assertScrolledTo(browser, id);
				}
			}
		}
	}

	@Test
	void aQuotesLinkScrollsToItsSentenceInTheTextAndHighlightsIt(Browser browser) {
		browser.viewport(Browser.DESKTOP);
		List<WebElement> links = browser.open(LONG_ARTICLE).findAll(".quote-source a");
		assertThat(links).isNotEmpty();
		for (WebElement link : links.subList(0, Math.min(3, links.size()))) {
			String id = link.getDomAttribute("href").substring(1);
			link.click();
			assertThat(browser.location()).isEqualTo(LONG_ARTICLE + "#" + id);
			Map<String, Object> mark = browser.js("""
					const mark = document.getElementById(arguments[0]);
					const box = mark.getBoundingClientRect();
					const style = getComputedStyle(mark);
					return { top: box.top, bottom: box.bottom, height: innerHeight, outline: style.outlineStyle,
					         inBody: mark.closest('.article-body') !== null, targeted: mark.matches(':target') };
					""", id);
			assertThat(mark.get("inBody")).as("#%s in the article text", id).isEqualTo(true);
			assertThat(mark.get("targeted")).as("#%s", id).isEqualTo(true);
			assertThat(mark.get("outline")).as("#%s highlighted", id).isEqualTo("solid");
			assertThat(((Number) mark.get("top")).doubleValue()).as("#%s in view (%s)", id, mark).isGreaterThanOrEqualTo(0);
			assertThat(((Number) mark.get("top")).doubleValue()).as("#%s in view (%s)", id, mark)
				.isLessThan(((Number) mark.get("height")).doubleValue());
		}
	}

	/**
	 * The heading is wholly inside the window, and it is at the top unless the page cannot scroll
	 * any further.
	 */
	private static void assertScrolledTo(Browser browser, String id) {
		Map<String, Object> view = browser.js("""
				const heading = document.getElementById(arguments[0]);
				const box = heading.getBoundingClientRect();
				const scroller = document.scrollingElement;
				return { top: box.top, bottom: box.bottom, height: innerHeight, scrollY: scrollY,
				         atBottom: Math.ceil(scrollY + innerHeight) >= scroller.scrollHeight - 1,
				         tag: heading.tagName, inBody: heading.closest('.article-body') !== null };
				""", id);
		double top = ((Number) view.get("top")).doubleValue();
		double bottom = ((Number) view.get("bottom")).doubleValue();
		double height = ((Number) view.get("height")).doubleValue();
		assertThat(view.get("inBody")).as("#%s is a heading of the article text", id).isEqualTo(true);
		assertThat(top).as("#%s top in the window (%s)", id, view).isGreaterThanOrEqualTo(0);
		assertThat(bottom).as("#%s bottom in the window (%s)", id, view).isLessThanOrEqualTo(height);
		if (!Boolean.TRUE.equals(view.get("atBottom"))) {
			assertThat(top).as("#%s scrolled to the top (%s)", id, view).isCloseTo(SCROLL_MARGIN, offset(2.0));
		}
	}

}
