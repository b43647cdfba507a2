package org.paintreatment.library.taxonomy.store;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.NoRepositoryBean;
import org.springframework.data.repository.Repository;

/**
 * The queries every kind of taxonomy term answers.
 */
@NoRepositoryBean
public interface TermRepository<T extends TaxonomyTerm> extends Repository<T, Long> {

	Optional<T> findBySlug(String slug);

	List<T> findAllByOrderByPositionAsc();

	T save(T term);

}
