package org.paintreatment.library.taxonomy.store;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * A mechanism of the taxonomy, as stored.
 */
@Entity
@Table(name = "mechanism")
public class Mechanism extends TaxonomyTerm {

	protected Mechanism() {
	}

	public Mechanism(String slug) {
		super(slug);
	}

}
