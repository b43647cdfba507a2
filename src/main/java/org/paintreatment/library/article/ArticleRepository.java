package org.paintreatment.library.article;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface ArticleRepository extends Repository<Article, Long> {

	Optional<Article> findBySlug(String slug);

	Optional<Article> findBySourceFile(String sourceFile);

	@Query("select a.slug from Article a where a.slug in :slugs")
	List<String> findSlugsIn(Collection<String> slugs);

	boolean existsBySlug(String slug);

	@Query("""
			select new org.paintreatment.library.article.ArticleRow(a.id, a.slug, a.title, a.summary, t.slug,
			  a.readingMinutes, a.importedAt, a.qualityMet)
			from Article a join a.treatment t""")
	List<ArticleRow> findAllRows();

	/** Every article's version, from an index that holds both columns (V9), not from the rows. */
	@Query("select new org.paintreatment.library.article.ArticleVersion(a.id, a.importedAt) from Article a")
	List<ArticleVersion> findAllVersions();

	@Query("select count(am) from ArticleMechanism am")
	long countMechanismTags();

	@Query("select count(ac) from ArticleCaveat ac")
	long countCaveatTags();

	@Query("select count(ac) from ArticleCondition ac")
	long countConditionTags();

	@Query("select new org.paintreatment.library.article.TagRow(am.article.id, m.slug) from ArticleMechanism am join am.mechanism m")
	List<TagRow> findAllMechanismTags();

	@Query("select new org.paintreatment.library.article.TagRow(ac.article.id, c.slug) from ArticleCaveat ac join ac.caveat c")
	List<TagRow> findAllCaveatTags();

	/** The conditions articles are about: the tags readers filter by, not the mere mentions. */
	@Query("""
			select new org.paintreatment.library.article.TagRow(ac.article.id, c.slug) from ArticleCondition ac
			join ac.condition c where ac.strength = 'about'""")
	List<TagRow> findAllConditionTags();

	@Query("select new org.paintreatment.library.article.ImportState(a.sourceFile, a.contentHash, a.rulesFingerprint) from Article a")
	List<ImportState> findAllImportStates();

	/** Changes whenever an article is added, re-imported or removed, on any instance. */
	@Query("select new org.paintreatment.library.article.LibraryChangeSignature(count(a), max(a.importedAt), sum(a.id)) from Article a")
	LibraryChangeSignature findChangeSignature();

	/** The most recently imported articles first: new and updated alike. */
	@Query("""
			select new org.paintreatment.library.article.FeedEntry(a.slug, a.title, a.summary, a.importedAt, a.sourceAuthor)
			from Article a order by a.importedAt desc, a.id desc""")
	List<FeedEntry> findNewest(Pageable page);

	@Query("select a.sourceFile from Article a")
	List<String> findAllSourceFiles();

	@Query("select a.sourceFile from Article a where a.slug = :slug")
	Optional<String> findSourceFileBySlug(String slug);

	@Query("select new org.paintreatment.library.article.ArticleLink(a.sourceFile, a.slug, a.title) from Article a")
	List<ArticleLink> findAllLinks();

	@Query("select am from ArticleMechanism am join fetch am.mechanism m where am.article.id = :id order by m.position")
	List<ArticleMechanism> findMechanismEvidence(long id);

	@Query("select ac from ArticleCaveat ac join fetch ac.caveat c where ac.article.id = :id order by c.position")
	List<ArticleCaveat> findCaveatEvidence(long id);

	@Query("select r from TagRemoval r where r.article.id = :id order by r.id")
	List<TagRemoval> findTagRemovals(long id);

	@Query("select ac from ArticleCondition ac join fetch ac.condition c where ac.article.id = :id order by c.position")
	List<ArticleCondition> findConditionEvidence(long id);

	/** The sentences showing each of these articles states the mechanism. */
	@Query("""
			select new org.paintreatment.library.article.QuoteRow(am.article.id, am.sentences) from ArticleMechanism am
			where am.mechanism.slug = :slug and am.article.id in :ids""")
	List<QuoteRow> findMechanismQuotes(String slug, Collection<Long> ids);

	/** The sentences showing each of these articles states the caveat. */
	@Query("""
			select new org.paintreatment.library.article.QuoteRow(ac.article.id, ac.sentences) from ArticleCaveat ac
			where ac.caveat.slug = :slug and ac.article.id in :ids""")
	List<QuoteRow> findCaveatQuotes(String slug, Collection<Long> ids);

	/** The sentences on the condition of each of these articles about it (not of those only mentioning it). */
	@Query("""
			select new org.paintreatment.library.article.QuoteRow(ac.article.id, ac.sentences) from ArticleCondition ac
			where ac.condition.slug = :slug and ac.strength = 'about' and ac.article.id in :ids""")
	List<QuoteRow> findConditionQuotes(String slug, Collection<Long> ids);

	long count();

	Article save(Article article);

	void delete(Article article);

}
