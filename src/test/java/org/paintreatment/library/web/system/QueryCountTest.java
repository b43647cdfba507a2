package org.paintreatment.library.web.system;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.paintreatment.library.support.HttpPagesTest;
import org.paintreatment.library.web.article.ArticlePages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cache.CacheManager;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pages are built from a few queries however many articles and tags there are: no N+1. Each
 * count is of a page rendered afresh (the page cache emptied first); a cached page runs none.
 */
class QueryCountTest extends HttpPagesTest {

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Autowired
	CacheManager caches;

	@Autowired
	ArticlePages articlePages;

	Statistics statistics;

	@BeforeEach
	void readStatistics() {
		statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
	}

	/**
	 * An article's row holds what its page shows (the facts found at import): one lookup by slug,
	 * for the page and for its JSON alike, whatever the article's tags and corrections.
	 */
	@Test
	void everyArticlePageAndItsJsonRunOneQuery() {
		articlePages.renderChanged();
		JsonNode items = http.json("/api/articles?size=100").get("items");
		assertThat(items).isNotEmpty();
		for (JsonNode item : items) {
			String slug = item.get("slug").asString();
			// a query (a tracking parameter) passes the stored page by: the page is rendered
			assertThat(statementsFor("/articles/" + slug + "?ref=query-count")).as(slug).isEqualTo(1);
			// the JSON is written once per rendering of the article (ArticleJsonCopies): one query
			// then (none if another test asked for it first), none after
			assertThat(statementsForJson("/api/articles/" + slug)).as("JSON of " + slug).isLessThanOrEqualTo(1);
			assertThat(statementsForJson("/api/articles/" + slug)).as("JSON of " + slug + " again").isZero();
		}
	}

	/** A stored article page is read with one statement of its own, by slug, and none of Hibernate's. */
	@Test
	void aStoredArticlePageRunsNoHibernateQuery() {
		articlePages.renderChanged();
		for (JsonNode item : http.json("/api/articles?size=100").get("items")) {
			String slug = item.get("slug").asString();
			assertThat(articlePages.find(slug)).as(slug).isPresent();
			assertThat(statementsFor("/articles/" + slug)).as(slug).isZero();
		}
	}

	@Test
	void theFeedRunsOneQuery() {
		assertThat(statementsFor("/feed.atom")).isEqualTo(1);
	}

	@Test
	void listHomeTaxonomyAndComparePagesRunNoQueryAtAll() {
		for (String path : ReaderPagesTest.PAGES) {
			if (!path.startsWith("/mechanisms/") && !path.startsWith("/caveats/") && !path.startsWith("/conditions/")) {
				assertThat(statementsFor(path)).as(path).isZero();
			}
		}
	}

	@Test
	void mechanismPageRunsOneQueryForAllItsQuotes() {
		assertThat(statementsFor("/mechanisms/nmda-receptor-antagonism")).isEqualTo(1);
	}

	@Test
	void conditionPageRunsOneQueryForAllItsQuotes() {
		assertThat(statementsFor("/conditions/migraine-and-headache")).isEqualTo(1);
	}

	/**
	 * A search reads the Lucene index (hits, snippets, suggestion) and the in-memory snapshot (facets,
	 * cards), so it costs no SQL at all, like the plain list page, whatever the words.
	 */
	@Test
	void searchingRunsNoQueryAtAll() {
		assertThat(statementsFor("/articles?q=pain+relief")).isZero();
		assertThat(statementsFor("/articles?q=%22opioid+receptors%22&treatment=kratom")).isZero();
		assertThat(statementsFor("/articles?q=ketamin")).isZero();
		statistics.clear();
		http.json("/api/articles?q=migraines");
		assertThat(statistics.getPrepareStatementCount()).isZero();
	}

	@Test
	void aCachedPageRunsNoQueryAtAll() {
		String slug = http.json("/api/articles?treatment=acupuncture").get("items").get(0).get("slug").asString();
		statementsFor("/articles/" + slug);

		statistics.clear();
		http.page("/articles/" + slug);

		assertThat(statistics.getPrepareStatementCount()).isZero();
	}

	private long statementsForJson(String path) {
		caches.getCache(PageCache.CACHE_NAME).clear();
		statistics.clear();
		http.json(path);
		return statistics.getPrepareStatementCount();
	}

	private long statementsFor(String path) {
		caches.getCache(PageCache.CACHE_NAME).clear();
		statistics.clear();
		http.page(path);
		return statistics.getPrepareStatementCount();
	}

}
