package org.paintreatment.library.browser;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a reader does on the site, click by click in a real browser, and what they see on the way.
 */
@BrowserTest
class ReaderJourneysTest {

	static final List<String> KETAMINE_TITLES = List.of("How Does Ketamine Work For Pain",
			"How Long Does Ketamine Pain Relief Last? Exploring Treatment Duration",
			"Ketamine Therapy for Chronic Headaches and Migraines");

	@Test
	void fromTheHomePageThroughKetamineAndAnArticleToAMechanismThatQuotesIt(Browser browser) {
		browser.open("/");
		browser.follow(browser.find("#home-treatments + ul").findElement(By.linkText("Ketamine")));

		assertThat(browser.location()).isEqualTo("/treatments/ketamine");
		assertThat(browser.find("h1").getText()).isEqualTo("Ketamine");
		assertThat(browser.find("#treatment-articles").getText()).isEqualTo("3 articles");
		assertThat(browser.texts(".plain-list li > a")).containsExactlyElementsOf(KETAMINE_TITLES);

		browser.follow(browser.find(".plain-list").findElement(By.linkText("How Does Ketamine Work For Pain")));

		assertThat(browser.location()).isEqualTo("/articles/how-does-ketamine-work-for-pain");
		assertThat(browser.find("h1").getText()).isEqualTo("How Does Ketamine Work For Pain");
		WebElement mechanism = browser.find("section.how-it-works")
			.findElement(By.xpath(".//li[a[normalize-space()='NMDA receptor antagonism']]"));
		String quote = mechanism.findElement(By.tagName("blockquote")).getText();
		assertThat(quote).containsIgnoringCase("NMDA receptors");

		browser.follow(mechanism.findElement(By.tagName("a")));

		assertThat(browser.location()).isEqualTo("/mechanisms/nmda-receptor-antagonism");
		assertThat(browser.find("h1").getText()).isEqualTo("NMDA receptor antagonism");
		WebElement listed = browser.find(".quoted-articles")
			.findElement(By.xpath("./li[h3/a[normalize-space()='How Does Ketamine Work For Pain']]"));
		assertThat(listed.findElement(By.cssSelector("h3 a")).getDomProperty("href"))
			.isEqualTo(browser.url("/articles/how-does-ketamine-work-for-pain"));
		assertThat(listed.findElements(By.tagName("blockquote"))).extracting(WebElement::getText).contains(quote);
	}

	@Test
	void fromTheHomePageByConditionToAnArticleAboutIt(Browser browser) {
		browser.open("/");
		assertThat(browser.find(".home h2").getText()).isEqualTo("What do you want relief from?");
		browser.follow(browser.find("#home-conditions + ul").findElement(By.linkText("Migraine and headache")));

		assertThat(browser.location()).isEqualTo("/conditions/migraine-and-headache");
		assertThat(browser.find("h1").getText()).isEqualTo("Migraine and headache");
		WebElement ketamine = browser.find(".condition-treatment");
		assertThat(ketamine.findElement(By.cssSelector("h3 a")).getText()).isEqualTo("Ketamine");
		WebElement article = ketamine.findElement(By.cssSelector(".quoted-articles > li"));
		String title = article.findElement(By.cssSelector("h4 a")).getText();
		assertThat(article.findElement(By.tagName("blockquote")).getText()).containsIgnoringCase("headache");

		browser.follow(article.findElement(By.cssSelector("h4 a")));

		assertThat(browser.location()).startsWith("/articles/");
		assertThat(browser.find("h1").getText()).isEqualTo(title);
		assertThat(browser.find(".article-conditions").getText().replaceAll("\\s+", " ")).startsWith("About: Migraine and headache");
	}

	@Test
	void tickingKetamineAndNotFdaApprovedLeavesOneArticleAndRemovingTheCaveatBringsBackThree(Browser browser) {
		browser.open("/articles");
		assertThat(browser.find(".results-count").getText()).isEqualTo("5 articles");
		assertThat(facetCounts(browser, "treatment")).containsEntry("Ketamine", 3).containsEntry("Acupuncture", 1);
		assertThat(facetCounts(browser, "caveat")).containsEntry("Not FDA-approved for this use", 1)
			.containsEntry("Talk to a professional first", 3);
		// with the script, a tick applies at once: the button is for browsers without it
		assertThat(browser.find("form.facets button[type=submit]").isDisplayed()).isFalse();

		browser.follow(browser.find("label[for=treatment-ketamine]"));
		browser.follow(browser.find("label[for=caveat-not-fda-approved]"));

		assertThat(browser.location()).startsWith("/articles?").contains("treatment=ketamine", "caveat=not-fda-approved");
		assertThat(browser.find(".results-count").getText()).isEqualTo("1 article");
		assertThat(browser.texts(".results .article-card-title")).containsExactly("Ketamine Therapy for Chronic Headaches and Migraines");
		assertThat(browser.find("#treatment-ketamine").isSelected()).isTrue();
		assertThat(browser.find("#caveat-not-fda-approved").isSelected()).isTrue();
		assertThat(browser.focused().getDomAttribute("id")).as("the focus is back on the box just ticked")
			.isEqualTo("caveat-not-fda-approved");
		// A ticked value counts the listed articles that have it; one of a group with a choice, what it would add.
		assertThat(facetCounts(browser, "treatment")).containsExactly(Map.entry("Ketamine", 1));
		assertThat(facetCounts(browser, "mechanism")).containsExactly(Map.entry("Neurotransmitter modulation", 1),
				Map.entry("NMDA receptor antagonism", 1));
		assertThat(facetCounts(browser, "caveat")).containsEntry("Not FDA-approved for this use", 1)
			.containsEntry("Side effects", 1)
			.containsEntry("Talk to a professional first", 1)
			.doesNotContainKey("Legal status varies");
		assertThat(chips(browser)).containsExactly("Treatment: Ketamine", "and Caveat: Not FDA-approved for this use");

		browser.follow(browser.find(".remove-filter[aria-label='Remove filter Caveat: Not FDA-approved for this use']"));

		assertThat(browser.location()).isEqualTo("/articles?treatment=ketamine");
		assertThat(browser.find(".results-count").getText()).isEqualTo("3 articles");
		assertThat(browser.texts(".results .article-card-title")).containsExactlyElementsOf(KETAMINE_TITLES);
		assertThat(browser.find("#caveat-not-fda-approved").isSelected()).isFalse();
		assertThat(chips(browser)).containsExactly("Treatment: Ketamine");
	}

	@Test
	void onAPhoneTwoFiltersCombineEachAppliedByItsTick(Browser browser) {
		browser.viewport(Browser.PHONE);
		browser.open("/articles");
		browser.find("details.filter-panel > summary").click();

		browser.follow(browser.find("label[for=treatment-ketamine]"));

		assertThat(browser.location()).isEqualTo("/articles?treatment=ketamine");
		assertThat(browser.find(".results-count").getText()).isEqualTo("3 articles");
		// the fold is open again at the box just ticked, to tick another
		assertThat(browser.focused().getDomAttribute("id")).isEqualTo("treatment-ketamine");
		assertThat(browser.find("details.filter-panel").getDomProperty("open")).isEqualTo("true");
		assertThat(browser.find("details.filter-panel > summary").getText()).isEqualTo("Filter (1 chosen)");

		browser.follow(browser.find("label[for=caveat-not-fda-approved]"));

		assertThat(browser.location()).isEqualTo("/articles?treatment=ketamine&caveat=not-fda-approved");
		assertThat(browser.find(".results-count").getText()).isEqualTo("1 article");
		assertThat(chips(browser)).containsExactly("Treatment: Ketamine", "and Caveat: Not FDA-approved for this use");
		assertThat(browser.find(".filter-status").getAttribute("textContent")).isIn("", "Filter applied: 1 article.");
		browser.open("/articles?treatment=ketamine&caveat=not-fda-approved");
		assertThat(browser.find("details.filter-panel").getDomProperty("open"))
			.as("a page opened afresh on a phone starts with its results, the filters folded")
			.isNotEqualTo("true");
	}

	@Test
	void wordsTypedIntoTheHeaderSearchBoxListTheArticlesThatContainThem(Browser browser) {
		browser.open("/");
		WebElement search = browser.find("header #site-search-q");
		search.sendKeys("NMDA receptors");
		browser.follow(() -> search.sendKeys(Keys.ENTER));

		assertThat(browser.location()).isEqualTo("/articles?q=NMDA+receptors");
		assertThat(browser.find("#list-q").getDomProperty("value")).isEqualTo("NMDA receptors");
		assertThat(chips(browser)).containsExactly("Words: \u201CNMDA receptors\u201D");
		List<String> links = browser.findAll(".results .article-card-title a").stream()
			.map((link) -> link.getDomAttribute("href"))
			.toList();
		assertThat(links).hasSizeBetween(1, 4);
		assertThat(browser.find(".results-count").getText()).isEqualTo(links.size() + " articles");
		for (String link : links) {
			String text = browser.open(link).find("main").getText().toLowerCase(Locale.ROOT);
			assertThat(text).as(link).contains("nmda", "receptors");
		}
	}

	@Test
	void anUnknownArticleShowsTheNotFoundPageWhoseSearchBoxWorks(Browser browser) {
		assertThat(browser.status("/articles/no-such-article")).isEqualTo(404);

		browser.open("/articles/no-such-article");

		assertThat(browser.driver().getTitle()).isEqualTo("Page not found \u00B7 Pain Treatment Library");
		assertThat(browser.find("main h1").getText()).isEqualTo("Page not found");
		WebElement search = browser.find("main form[role=search] input[type=search]");
		assertThat(search.isDisplayed()).isTrue();
		assertThat(browser.find("main label[for=" + search.getDomAttribute("id") + "]").getText())
			.isEqualTo("Search the articles");

		search.sendKeys("ketamine");
		browser.follow(browser.find("main form[role=search] button[type=submit]"));

		assertThat(browser.location()).isEqualTo("/articles?q=ketamine");
		assertThat(browser.find(".results-count").getText()).isEqualTo("3 articles");
	}

	/** The active filters as read, group by group, without their remove links. */
	private static List<String> chips(Browser browser) {
		return browser.js("""
				return [...document.querySelectorAll('.active-filters > li')].map((item) => {
				    const copy = item.cloneNode(true);
				    copy.querySelectorAll('a.remove-filter').forEach((link) => link.remove());
				    return copy.textContent.replace(/\\s+/g, ' ').trim();
				});
				""");
	}

	/** The facet's values as the reader sees them beside the form: name → the count, "(3)" or "+3". */
	private static Map<String, Integer> facetCounts(Browser browser, String parameter) {
		Map<String, Integer> counts = new LinkedHashMap<>();
		for (WebElement label : browser.findAll("form.facets input[name=" + parameter + "] + label")) {
			String name = label.findElement(By.cssSelector("span:not(.count):not(.visually-hidden)")).getText();
			String count = label.findElement(By.cssSelector(".count")).getText();
			counts.put(name, Integer.valueOf(count.replaceAll("[()+]", "")));
		}
		return counts;
	}

}
