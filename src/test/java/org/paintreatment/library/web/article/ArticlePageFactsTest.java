package org.paintreatment.library.web.article;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.paintreatment.library.article.ReadModel;
import org.paintreatment.library.support.HttpPagesTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cache.CacheManager;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The article page reads what the import stored of it (its page facts), and the rest at the
 * time of the request: a term's name is the taxonomy's current one, and an article stored before
 * the import kept its facts shows the very same page.
 */
class ArticlePageFactsTest extends HttpPagesTest {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ReadModel readModel;

	@Autowired
	CacheManager caches;

	@Autowired
	ArticlePages articlePages;

	@Test
	void aTermTheTaxonomyRenamesIsShownByItsNewNameWithoutTheArticleBeingImportedAgain() {
		JsonNode article = http.json("/api/articles?size=1").get("items").get(0);
		String slug = article.get("slug").asString();
		String mechanism = article.get("mechanisms").get(0).asString();
		String name = jdbc.queryForObject("select name from mechanism where slug = ?", String.class, mechanism);
		Object importedAt = jdbc.queryForObject("select imported_at from article where slug = ?", Object.class, slug);
		try {
			rename(mechanism, "A name the taxonomy gave it today");

			assertThat(http.page("/articles/" + slug).select(".how-it-works li a").eachText())
				.contains("A name the taxonomy gave it today")
				.doesNotContain(name);
			List<String> names = new ArrayList<>();
			http.json("/api/articles/" + slug).get("mechanisms").forEach(term -> names.add(term.get("name").asString()));
			assertThat(names).contains("A name the taxonomy gave it today");
			assertThat(jdbc.queryForObject("select imported_at from article where slug = ?", Object.class, slug))
				.isEqualTo(importedAt);
		}
		finally {
			rename(mechanism, name);
		}
	}

	@Test
	void anArticleStoredBeforeItsPageFactsShowsTheSamePageAndJson() {
		Map<String, String> stored = new LinkedHashMap<>();
		jdbc.query("select slug, page_facts from article", row -> {
			stored.put(row.getString("slug"), row.getString("page_facts"));
		});
		assertThat(stored.values()).doesNotContainNull();
		Map<String, List<String>> withFacts = pagesOf(stored.keySet());
		try {
			jdbc.update("update article set page_facts = null");

			assertThat(pagesOf(stored.keySet())).isEqualTo(withFacts);
		}
		finally {
			stored.forEach((slug, facts) -> jdbc.update("update article set page_facts = ? where slug = ?", facts, slug));
			articlePages.renderChanged();
		}
	}

	/** Each article's page (its main element) and JSON, rendered afresh. */
	private Map<String, List<String>> pagesOf(Iterable<String> slugs) {
		emptyThePageCache();
		Map<String, List<String>> pages = new LinkedHashMap<>();
		for (String slug : slugs) {
			// a query (a tracking parameter) passes the stored page by: the page is rendered
			pages.put(slug, List.of(http.page("/articles/" + slug + "?ref=page-facts").select("main").outerHtml(),
					http.get("/api/articles/" + slug).body()));
		}
		return pages;
	}

	private void emptyThePageCache() {
		caches.getCacheNames().forEach(name -> caches.getCache(name).clear());
	}

	private void rename(String mechanism, String name) {
		jdbc.update("update mechanism set name = ? where slug = ?", name, mechanism);
		readModel.rebuild();
		emptyThePageCache();
	}

}
