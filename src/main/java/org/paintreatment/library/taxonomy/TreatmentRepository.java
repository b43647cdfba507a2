package org.paintreatment.library.taxonomy;

public interface TreatmentRepository extends TermRepository<Treatment> {

}
