package org.paintreatment.library.taxonomy.store;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * A treatment of the taxonomy, as stored.
 */
@Entity
@Table(name = "treatment")
public class Treatment extends TaxonomyTerm {

	protected Treatment() {
	}

	public Treatment(String slug) {
		super(slug);
	}

}
