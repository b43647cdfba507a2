package org.paintreatment.library.taxonomy.store;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * A caveat of the taxonomy, as stored.
 */
@Entity
@Table(name = "caveat")
public class Caveat extends TaxonomyTerm {

	protected Caveat() {
	}

	public Caveat(String slug) {
		super(slug);
	}

}
