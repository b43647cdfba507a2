package org.paintreatment.library.importer;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.generator.BeforeExecutionGenerator;
import org.hibernate.generator.EventType;
import org.paintreatment.library.article.Article;
import org.paintreatment.library.article.ArticleCaveat;
import org.paintreatment.library.article.ArticleCondition;
import org.paintreatment.library.article.ArticleMechanism;
import org.paintreatment.library.article.Evidence;
import org.paintreatment.library.article.TagRemoval;
import org.paintreatment.library.taxonomy.store.TaxonomyStore.TermIds;
import org.paintreatment.library.text.ArticleDraft;
import org.paintreatment.library.text.SourceFields;
import org.paintreatment.library.text.TagEdits;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes a window of imported articles and their tags in JDBC batches, inside the caller's
 * transaction: new articles are inserted, articles already stored are updated in place (same id,
 * same slug) and their tags replaced. Going through entities instead cost as much as the writes
 * for new articles (Hibernate's persistence context tracks every entity until the commit), and
 * made updates 2.5–4 times slower than inserts (a flush per article, so that its old tags are
 * deleted before the new ones go in); see docs/performance.md. Ids come from Hibernate's own
 * generators, so they never collide with the ids of rows that Hibernate writes.
 */
@Component
class ArticleRows {

	private static final String INSERT_ARTICLE = """
			insert into article (title, summary, treatment_id, html, plain_text, content_hash, rules_fingerprint,
			word_count, reading_minutes, imported_at, source_site, source_url, source_author, source_published, reviewed_on,
			review_due, source_type, source_type_evidence, quality, quality_met, reading_grade, tags_corrected, id, slug, source_file)
			values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

	private static final String UPDATE_ARTICLE = """
			update article set title = ?, summary = ?, treatment_id = ?, html = ?, plain_text = ?, content_hash = ?,
			rules_fingerprint = ?, word_count = ?, reading_minutes = ?, imported_at = ?, source_site = ?, source_url = ?,
			source_author = ?, source_published = ?, reviewed_on = ?, review_due = ?, source_type = ?,
			source_type_evidence = ?, quality = ?, quality_met = ?, reading_grade = ?, tags_corrected = ? where id = ?""";

	private static final String DELETE_MECHANISMS = "delete from article_mechanism where article_id = ?";

	private static final String DELETE_CAVEATS = "delete from article_caveat where article_id = ?";

	private static final String DELETE_REMOVALS = "delete from tag_removal where article_id = ?";

	private static final String INSERT_MECHANISM = """
			insert into article_mechanism (id, article_id, mechanism_id, evidence, added_by_librarian)
			values (?, ?, ?, ?, ?)""";

	private static final String INSERT_CAVEAT = """
			insert into article_caveat (id, article_id, caveat_id, evidence, added_by_librarian) values (?, ?, ?, ?, ?)""";

	private static final String INSERT_REMOVAL = """
			insert into tag_removal (id, article_id, kind, term_slug, reason) values (?, ?, ?, ?, ?)""";

	private static final String DELETE_CONDITIONS = "delete from article_condition where article_id = ?";

	private static final String INSERT_CONDITION = """
			insert into article_condition (id, article_id, condition_id, strength, evidence) values (?, ?, ?, ?, ?)""";

	private final JdbcTemplate jdbc;

	private final EntityManager entityManager;

	ArticleRows(JdbcTemplate jdbc, EntityManager entityManager) {
		this.jdbc = jdbc;
		this.entityManager = entityManager;
	}

	/** A new article: the draft, and the slug it gets (the wanted one, or one made unique). */
	record NewArticle(ArticleDraft draft, String slug) {
	}

	/** An article imported before from the same file: the new draft, and the row it replaces. */
	record ChangedArticle(ArticleDraft draft, long id) {
	}

	/** What is stored of an article: its id and its slug, which an update keeps. */
	record StoredArticle(long id, String slug) {
	}

	/** The stored articles of these files, by file name. */
	Map<String, StoredArticle> storedFor(Collection<String> sourceFiles) {
		if (sourceFiles.isEmpty()) {
			return Map.of();
		}
		String placeholders = String.join(", ", Collections.nCopies(sourceFiles.size(), "?"));
		Map<String, StoredArticle> stored = new HashMap<>();
		jdbc.query("select id, slug, source_file from article where source_file in (" + placeholders + ")",
				row -> {
					stored.put(row.getString("source_file"), new StoredArticle(row.getLong("id"), row.getString("slug")));
				}, sourceFiles.toArray());
		return stored;
	}

	/** Inserts the new articles and updates the changed ones, with their tags; nothing is committed here. */
	void write(List<NewArticle> created, List<ChangedArticle> changed, TermIds terms, Instant importedAt) {
		Ids ids = new Ids(entityManager.unwrap(SharedSessionContractImplementor.class));
		OffsetDateTime at = importedAt.atOffset(ZoneOffset.UTC);
		Tags tags = new Tags(ids, terms);
		List<Object[]> inserts = new ArrayList<>(created.size());
		for (NewArticle article : created) {
			long id = ids.next(ids.articles);
			inserts.add(row(article.draft(), terms, at, id, article.slug(), article.draft().sourceFile()));
			tags.add(id, article.draft());
		}
		List<Object[]> updates = new ArrayList<>(changed.size());
		List<Object[]> replaced = new ArrayList<>(changed.size());
		for (ChangedArticle article : changed) {
			updates.add(row(article.draft(), terms, at, article.id()));
			replaced.add(new Object[] { article.id() });
			tags.add(article.id(), article.draft());
		}
		batch(INSERT_ARTICLE, inserts);
		batch(UPDATE_ARTICLE, updates);
		batch(DELETE_MECHANISMS, replaced);
		batch(DELETE_CAVEATS, replaced);
		batch(DELETE_REMOVALS, replaced);
		batch(INSERT_MECHANISM, tags.mechanisms);
		batch(INSERT_CAVEAT, tags.caveats);
		batch(INSERT_REMOVAL, tags.removals);
		batch(DELETE_CONDITIONS, replaced);
		batch(INSERT_CONDITION, tags.conditions);
	}

	/** The columns an import sets, in the order of both statements, followed by {@code more}. */
	private static Object[] row(ArticleDraft draft, TermIds terms, OffsetDateTime importedAt, Object... more) {
		SourceFields source = draft.source();
		Object[] content = { draft.title(), draft.summary(), terms.treatment(draft.treatment()), draft.html(),
				draft.plainText(), draft.contentHash(), draft.rulesFingerprint(), draft.wordCount(), draft.readingMinutes(),
				importedAt, source.site(), source.url(), source.author(), source.published(), source.reviewed(),
				source.reviewDue(), source.sourceType().slug(), draft.sourceTypeEvidence(), draft.quality().stored(),
				draft.quality().metIds(), draft.quality().readingGrade(),
				draft.tagEdits().any() };
		Object[] row = new Object[content.length + more.length];
		System.arraycopy(content, 0, row, 0, content.length);
		System.arraycopy(more, 0, row, content.length, more.length);
		return row;
	}

	private void batch(String sql, List<Object[]> rows) {
		if (!rows.isEmpty()) {
			jdbc.batchUpdate(sql, rows);
		}
	}

	/** The tag rows of a window, with their evidence, and the tags a librarian removed. */
	private static final class Tags {

		private final Ids ids;

		private final TermIds terms;

		final List<Object[]> mechanisms = new ArrayList<>();

		final List<Object[]> caveats = new ArrayList<>();

		final List<Object[]> removals = new ArrayList<>();
		final List<Object[]> conditions = new ArrayList<>();

		Tags(Ids ids, TermIds terms) {
			this.ids = ids;
			this.terms = terms;
		}

		void add(long articleId, ArticleDraft draft) {
			TagEdits edits = draft.tagEdits();
			draft.mechanisms().forEach((slug, evidence) -> mechanisms.add(new Object[] { ids.next(ids.mechanisms),
					articleId, terms.mechanism(slug), Evidence.stored(evidence), edits.addedMechanisms().contains(slug) }));
			draft.caveats().forEach((slug, evidence) -> caveats.add(new Object[] { ids.next(ids.caveats), articleId,
					terms.caveat(slug), Evidence.stored(evidence), edits.addedCaveats().contains(slug) }));
			edits.removedMechanisms().forEach((slug, reason) -> removals.add(new Object[] { ids.next(ids.removals),
					articleId, TagRemoval.MECHANISM, slug, reason }));
			edits.removedCaveats().forEach((slug, reason) -> removals.add(new Object[] { ids.next(ids.removals),
					articleId, TagRemoval.CAVEAT, slug, reason }));
			draft.conditions().forEach(tag -> conditions.add(new Object[] { ids.next(ids.conditions), articleId,
					terms.condition(tag.slug()), tag.strength().slug(), Evidence.stored(tag.evidence()) }));
		}

	}

	/** Hibernate's id generators of the entities written here, for one session. */
	private static final class Ids {

		private final SharedSessionContractImplementor session;

		final BeforeExecutionGenerator articles;

		final BeforeExecutionGenerator mechanisms;

		final BeforeExecutionGenerator caveats;

		final BeforeExecutionGenerator removals;
		final BeforeExecutionGenerator conditions;

		Ids(SharedSessionContractImplementor session) {
			this.session = session;
			this.articles = generatorOf(session, Article.class);
			this.mechanisms = generatorOf(session, ArticleMechanism.class);
			this.caveats = generatorOf(session, ArticleCaveat.class);
			this.removals = generatorOf(session, TagRemoval.class);
			this.conditions = generatorOf(session, ArticleCondition.class);
		}

		private static BeforeExecutionGenerator generatorOf(SharedSessionContractImplementor session, Class<?> entity) {
			return (BeforeExecutionGenerator) session.getFactory().getMappingMetamodel().getEntityDescriptor(entity).getGenerator();
		}

		long next(BeforeExecutionGenerator generator) {
			return ((Number) generator.generate(session, null, null, EventType.INSERT)).longValue();
		}

	}

}
