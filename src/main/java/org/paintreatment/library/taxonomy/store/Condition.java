package org.paintreatment.library.taxonomy.store;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * A condition of the taxonomy (what a reader wants relief from), as stored.
 */
@Entity
@Table(name = "health_condition")
public class Condition extends TaxonomyTerm {

	protected Condition() {
	}

	public Condition(String slug) {
		super(slug);
	}

}
