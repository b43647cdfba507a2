package org.paintreatment.library.kernel;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.SequenceGenerator;

/**
 * An entity with a sequence-generated id (a sequence, not identity, so inserts can be batched).
 */
@MappedSuperclass
public abstract class BaseEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "library_seq")
	@SequenceGenerator(name = "library_seq", sequenceName = "library_seq", allocationSize = 50)
	private Long id;

	public Long getId() {
		return id;
	}

	public boolean isNew() {
		return id == null;
	}

}
