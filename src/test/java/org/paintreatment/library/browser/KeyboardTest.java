package org.paintreatment.library.browser;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keyboard only: the skip link comes first and works, and Tab reaches every link, field and
 * button, each showing where the focus is.
 */
@BrowserTest
class KeyboardTest {

	/** Everything a reader can operate; whatever else takes focus is checked as well. */
	private static final String INTERACTIVE = "a[href], button, input:not([type=hidden]), select, textarea, "
			+ "summary, [tabindex]:not([tabindex='-1'])";

	@Test
	void theFirstTabFocusesTheSkipLinkAndEnterMovesTheFocusToTheMainContent(Browser browser) {
		browser.open("/articles/how-does-ketamine-work-for-pain");

		browser.pressTab();

		WebElement skipLink = browser.focused();
		assertThat(skipLink.getDomAttribute("class")).isEqualTo("skip-link");
		assertThat(skipLink.getText()).isEqualTo("Skip to content");
		assertThat(skipLink.isDisplayed()).isTrue();
		assertThat(skipLink.getSize().getWidth()).as("the focused skip link is shown, not clipped").isGreaterThan(40);

		browser.press(Keys.ENTER);

		assertThat(browser.focused().getTagName()).isEqualTo("main");
		assertThat(browser.focused().getDomAttribute("id")).isEqualTo("main");
		assertThat(browser.location()).endsWith("#main");

		browser.pressTab();

		assertThat(browser.<Boolean>js("return document.querySelector('main').contains(document.activeElement)"))
			.as("the next Tab continues inside the main content, at %s", describe(browser))
			.isTrue();
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "/", "/articles", "/articles?treatment=ketamine",
			"/articles/how-does-ketamine-work-for-pain" })
	void tabReachesEveryInteractiveElementAndEachShowsAVisibleFocusIndicator(String path, Browser browser) {
		browser.open(path);
		long stops = browser.js("""
				const all = [...document.querySelectorAll(arguments[0])]
				    .filter((element) => !element.disabled && element.getClientRects().length > 0
				        && getComputedStyle(element).visibility !== 'hidden');
				window.__stops = all;
				window.__unfocused = all.map((element) => {
				    const style = getComputedStyle(element);
				    return style.outlineStyle + ' ' + style.outlineWidth + ' ' + style.outlineColor + ' | ' + style.boxShadow;
				});
				return all.length;
				""", INTERACTIVE);
		assertThat(stops).as("interactive elements on %s", path).isGreaterThan(5);

		Set<Long> reached = new LinkedHashSet<>();
		List<String> invisible = new ArrayList<>();
		for (int press = 0; press < stops + 10; press++) {
			browser.pressTab();
			Map<String, Object> focus = browser.js("""
					const element = document.activeElement;
					if (!element || element === document.body) {
					    return null;
					}
					const style = getComputedStyle(element);
					const look = style.outlineStyle + ' ' + style.outlineWidth + ' ' + style.outlineColor + ' | ' + style.boxShadow;
					const index = window.__stops.indexOf(element);
					const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2
					    && !/rgba\\(.*, 0\\)$/.test(style.outlineColor) && style.outlineColor !== 'transparent';
					const shadow = style.boxShadow !== 'none';
					const box = element.getBoundingClientRect();
					return {
					    index: index,
					    element: element.outerHTML.substring(0, 120),
					    changed: index < 0 || look !== window.__unfocused[index],
					    marked: outline || shadow,
					    inView: box.width > 2 && box.height > 2 && box.bottom > 0 && box.top < innerHeight
					        && box.right > 0 && box.left < innerWidth,
					    look: look
					};
					""");
			if (focus == null) {
				break; // past the last element, the focus leaves the page
			}
			long index = ((Number) focus.get("index")).longValue();
			if (index >= 0 && !reached.add(index)) {
				break; // round again
			}
			if (!Boolean.TRUE.equals(focus.get("changed")) || !Boolean.TRUE.equals(focus.get("marked"))
					|| !Boolean.TRUE.equals(focus.get("inView"))) {
				invisible.add(focus.get("element") + " -> " + focus.get("look") + " inView=" + focus.get("inView"));
			}
		}

		List<String> unreached = browser.js("""
				return window.__stops.filter((element, index) => !arguments[0].includes(index))
				    .map((element) => element.outerHTML.substring(0, 120));
				""", new ArrayList<>(reached));
		assertThat(unreached).as("elements on %s that Tab never reaches", path).isEmpty();
		assertThat(invisible).as("elements on %s that take the focus without showing it", path).isEmpty();
	}

	private static String describe(Browser browser) {
		return browser.js("return document.activeElement.outerHTML.substring(0, 120)");
	}

	/** The "#" after a heading is hidden until the heading is pointed at, or the link reached by Tab. */
	@Test
	void aHeadingAnchorShowsOnlyWhenItsHeadingIsPointedAtOrItHasTheFocus(Browser browser) {
		browser.open("/articles/how-long-does-ketamine-pain-relief-last-exploring-treatment-duration");
		WebElement heading = browser.find(".article-body h3");
		WebElement anchor = heading.findElement(By.cssSelector(".heading-anchor"));
		assertThat(opacityOf(browser, anchor)).as("at rest").isEqualTo("0");

		new Actions(browser.driver()).moveToElement(heading).perform();
		waitForOpacity(browser, anchor, "1");
		new Actions(browser.driver()).moveToElement(browser.find("h1")).perform();
		waitForOpacity(browser, anchor, "0");

		browser.js("arguments[0].focus()", heading.findElement(By.xpath("preceding::a[1]")));
		browser.pressTab();
		assertThat(browser.focused()).isEqualTo(anchor);
		waitForOpacity(browser, anchor, "1");
	}

	private static String opacityOf(Browser browser, WebElement element) {
		return browser.js("return getComputedStyle(arguments[0]).opacity", element);
	}

	private static void waitForOpacity(Browser browser, WebElement element, String opacity) {
		new WebDriverWait(browser.driver(), Duration.ofSeconds(3)).until(driver -> opacity.equals(opacityOf(browser, element)));
	}

}
