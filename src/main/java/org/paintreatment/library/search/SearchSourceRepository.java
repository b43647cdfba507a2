package org.paintreatment.library.search;

import java.util.Collection;
import java.util.List;

import org.paintreatment.library.article.Article;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * Reads the stored articles for the search index: a few set-based queries per batch, never one
 * per article.
 */
interface SearchSourceRepository extends Repository<Article, Long> {

	@Query("""
			select new org.paintreatment.library.search.ArticleSource(a.id, a.slug, a.title, a.summary, a.plainText,
			  a.importedAt, t.slug, t.name, t.position)
			from Article a join a.treatment t where a.id in :ids""")
	List<ArticleSource> findSources(Collection<Long> ids);

	@Query("""
			select new org.paintreatment.library.search.TagName(am.article.id, m.slug, m.name)
			from ArticleMechanism am join am.mechanism m where am.article.id in :ids order by m.position""")
	List<TagName> findMechanisms(Collection<Long> ids);

	@Query("""
			select new org.paintreatment.library.search.TagName(ac.article.id, c.slug, c.name)
			from ArticleCaveat ac join ac.caveat c where ac.article.id in :ids order by c.position""")
	List<TagName> findCaveats(Collection<Long> ids);

	/** The conditions each article is about (its main topics; mere mentions are not its tags). */
	@Query("""
			select new org.paintreatment.library.search.TagName(ac.article.id, c.slug, c.name)
			from ArticleCondition ac join ac.condition c where ac.article.id in :ids and ac.strength = 'about'
			order by c.position""")
	List<TagName> findConditions(Collection<Long> ids);

}
