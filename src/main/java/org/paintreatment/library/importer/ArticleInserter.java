package org.paintreatment.library.importer;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManager;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.generator.BeforeExecutionGenerator;
import org.hibernate.generator.EventType;
import org.paintreatment.library.article.Article;
import org.paintreatment.library.article.ArticleCaveat;
import org.paintreatment.library.article.ArticleMechanism;
import org.paintreatment.library.article.Evidence;
import org.paintreatment.library.taxonomy.TaxonomyStore.TermIds;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Inserts new articles and their tags in JDBC batches, inside the caller's transaction. A window
 * of files that have no article yet is most of every large import, and for those, building
 * entities only for Hibernate's persistence context to track them until the commit cost as much
 * as the inserts (docs/performance.md). Ids come from Hibernate's own generators, so they never
 * collide with the ids of articles that Hibernate stores. Articles already stored are updated
 * through their entities ({@link ArticleStore}).
 */
@Component
class ArticleInserter {

	private static final String INSERT_ARTICLE = """
			insert into article (id, slug, title, summary, treatment_id, html, plain_text, source_file, content_hash,
			rules_fingerprint, word_count, reading_minutes, imported_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

	private static final String INSERT_MECHANISM = """
			insert into article_mechanism (id, article_id, mechanism_id, evidence) values (?, ?, ?, ?)""";

	private static final String INSERT_CAVEAT = """
			insert into article_caveat (id, article_id, caveat_id, evidence) values (?, ?, ?, ?)""";

	private final JdbcTemplate jdbc;

	private final EntityManager entityManager;

	ArticleInserter(JdbcTemplate jdbc, EntityManager entityManager) {
		this.jdbc = jdbc;
		this.entityManager = entityManager;
	}

	/** A new article: the draft, and the slug it gets (the wanted one, or one made unique). */
	record NewArticle(ArticleDraft draft, String slug) {
	}

	/** Inserts the articles, in their order, and their tags; nothing is committed here. */
	void insert(List<NewArticle> articles, TermIds terms, Instant importedAt) {
		SharedSessionContractImplementor session = entityManager.unwrap(SharedSessionContractImplementor.class);
		Ids ids = new Ids(session);
		List<Object[]> articleRows = new ArrayList<>(articles.size());
		List<Object[]> mechanismRows = new ArrayList<>();
		List<Object[]> caveatRows = new ArrayList<>();
		for (NewArticle article : articles) {
			ArticleDraft draft = article.draft();
			long id = ids.next(ids.articles);
			articleRows.add(new Object[] { id, article.slug(), draft.title(), draft.summary(),
					terms.treatment(draft.treatment()), draft.html(), draft.plainText(),
					draft.sourceFile(), draft.contentHash(), draft.rulesFingerprint(), draft.wordCount(),
					draft.readingMinutes(), importedAt.atOffset(ZoneOffset.UTC) });
			draft.mechanisms().forEach((slug, evidence) -> mechanismRows.add(new Object[] {
					ids.next(ids.mechanisms), id, terms.mechanism(slug),
					Evidence.stored(evidence) }));
			draft.caveats().forEach((slug, evidence) -> caveatRows.add(new Object[] { ids.next(ids.caveats),
					id, terms.caveat(slug), Evidence.stored(evidence) }));
		}
		jdbc.batchUpdate(INSERT_ARTICLE, articleRows);
		if (!mechanismRows.isEmpty()) {
			jdbc.batchUpdate(INSERT_MECHANISM, mechanismRows);
		}
		if (!caveatRows.isEmpty()) {
			jdbc.batchUpdate(INSERT_CAVEAT, caveatRows);
		}
	}

	/** Hibernate's id generators of the three entities, for one session. */
	private static final class Ids {

		private final SharedSessionContractImplementor session;

		final BeforeExecutionGenerator articles;

		final BeforeExecutionGenerator mechanisms;

		final BeforeExecutionGenerator caveats;

		Ids(SharedSessionContractImplementor session) {
			this.session = session;
			this.articles = generatorOf(session, Article.class);
			this.mechanisms = generatorOf(session, ArticleMechanism.class);
			this.caveats = generatorOf(session, ArticleCaveat.class);
		}

		private static BeforeExecutionGenerator generatorOf(SharedSessionContractImplementor session, Class<?> entity) {
			return (BeforeExecutionGenerator) session.getFactory().getMappingMetamodel().getEntityDescriptor(entity).getGenerator();
		}

		long next(BeforeExecutionGenerator generator) {
			return ((Number) generator.generate(session, null, null, EventType.INSERT)).longValue();
		}

	}

}
