package org.paintreatment.library.article;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface ArticleRepository extends Repository<Article, Long> {

	Optional<Article> findBySlug(String slug);

	Optional<Article> findBySourceFile(String sourceFile);

	boolean existsBySlug(String slug);

	@EntityGraph(attributePaths = "treatment")
	List<Article> findAllByOrderByTitleAsc();

	@Query("select a.sourceFile from Article a")
	List<String> findAllSourceFiles();

	long count();

	Article save(Article article);

	void delete(Article article);

}
