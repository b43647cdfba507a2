package org.paintreatment.library.taxonomy.store;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import org.paintreatment.library.kernel.BaseEntity;
import org.paintreatment.library.taxonomy.TermDefinition;

/**
 * What treatments, mechanisms and caveats share: a permanent slug, a name, a plain-language
 * description, and their position in the taxonomy file (the order readers see them in).
 */
@MappedSuperclass
public abstract class TaxonomyTerm extends BaseEntity {

	@Column(nullable = false, unique = true, length = 80)
	private String slug;

	@Column(nullable = false, length = 200)
	private String name;

	@Column(nullable = false)
	private String description;

	@Column(nullable = false)
	private int position;

	protected TaxonomyTerm() {
	}

	protected TaxonomyTerm(String slug) {
		this.slug = slug;
	}

	/** Takes the name, description and position the taxonomy file now gives. */
	public void describe(TermDefinition definition, int position) {
		if (!definition.slug().equals(slug)) {
			throw new IllegalArgumentException("definition of '" + definition.slug() + "' given to '" + slug + "'");
		}
		this.name = definition.name();
		this.description = definition.description();
		this.position = position;
	}

	public String getSlug() {
		return slug;
	}

	public String getName() {
		return name;
	}

	public String getDescription() {
		return description;
	}

	public int getPosition() {
		return position;
	}

}
