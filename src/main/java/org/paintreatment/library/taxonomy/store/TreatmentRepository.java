package org.paintreatment.library.taxonomy.store;

public interface TreatmentRepository extends TermRepository<Treatment> {

}
