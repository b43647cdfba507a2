package org.paintreatment.library.browser;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * axe-core, run inside the page as a reader's browser shows it, finds no serious or critical
 * accessibility problem on any kind of page, in the light or the dark colour scheme.
 */
@BrowserTest
class AccessibilityTest {

	private static final Logger logger = LoggerFactory.getLogger(AccessibilityTest.class);

	private static final Set<String> BLOCKING = Set.of("serious", "critical");

	@ParameterizedTest(name = "{0} ({1}) in the {2} scheme")
	@CsvSource(textBlock = """
			home,              /,                                                     light
			home,              /,                                                     dark
			article list,      /articles,                                             light
			article list,      /articles,                                             dark
			filtered list,     /articles?treatment=ketamine&caveat=not-fda-approved,  light
			filtered list,     /articles?treatment=ketamine&caveat=not-fda-approved,  dark
			article,           /articles/how-does-ketamine-work-for-pain,             light
			article,           /articles/how-does-ketamine-work-for-pain,             dark
			promotional article, /articles/ketamine-therapy-for-chronic-headaches-and-migraines, light
			promotional article, /articles/ketamine-therapy-for-chronic-headaches-and-migraines, dark
			kratom treatment,  /treatments/kratom,                                    light
			kratom treatment,  /treatments/kratom,                                    dark
			treatment,         /treatments/ketamine,                                  light
			treatment,         /treatments/ketamine,                                  dark
			mechanism,         /mechanisms/nmda-receptor-antagonism,                  light
			mechanism,         /mechanisms/nmda-receptor-antagonism,                  dark
			caveat,            /caveats/not-fda-approved,                             light
			caveat,            /caveats/not-fda-approved,                             dark
			compare,           /compare,                                              light
			compare,           /compare,                                              dark
			conditions,        /conditions,                                           light
			conditions,        /conditions,                                           dark
			condition,         /conditions/migraine-and-headache,                     light
			condition,         /conditions/migraine-and-headache,                     dark
			quality explained, /about/quality,                                        light
			quality explained, /about/quality,                                        dark
			quality filter,    /articles?meets=risks,                                 light
			search corrected,  /articles?q=ketamin+migrane,                           light
			page not found,    /articles/no-such-article,                             light
			page not found,    /articles/no-such-article,                             dark
			""")
	void pageHasNoSeriousOrCriticalAccessibilityViolations(String page, String path, String scheme, Browser browser) {
		browser.emulateMedia("", scheme);
		browser.open(path);
		assertThat(browser.<Boolean>js("return matchMedia('(prefers-color-scheme: " + scheme + ")').matches"))
			.as("the page is shown in the %s scheme", scheme)
			.isTrue();

		// axe.min.js comes from the jar and is injected through WebDriver, which the page's
		// Content-Security-Policy does not govern.
		Results results = new AxeBuilder().analyze(browser.driver());

		assertThat(results.isErrored()).as("axe ran: %s", results.getErrorMessage()).isFalse();
		assertThat(results.getPasses()).as("rules axe checked and passed").isNotEmpty();
		List<Rule> blocking = results.getViolations().stream().filter((rule) -> BLOCKING.contains(rule.getImpact())).toList();
		List<Rule> other = results.getViolations().stream().filter((rule) -> !BLOCKING.contains(rule.getImpact())).toList();
		assertThat(browser.driver().getWindowHandles()).as("axe closed the window it opened").hasSize(1);
		if (!other.isEmpty()) {
			logger.warn("axe: minor or moderate violations on {} in the {} scheme:\n{}", path, scheme, describe(other));
		}
		assertThat(blocking).as("serious or critical violations on %s in the %s scheme:%n%s", path, scheme, describe(blocking))
			.isEmpty();
	}

	private static String describe(List<Rule> rules) {
		return rules.stream()
			.map((rule) -> "- " + rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + "\n"
					+ rule.getNodes().stream().map(AccessibilityTest::describe).collect(Collectors.joining("\n")))
			.collect(Collectors.joining("\n"));
	}

	private static String describe(CheckedNode node) {
		return "    " + node.getTarget() + ": " + String.valueOf(node.getFailureSummary()).replace("\n", " ");
	}

}
