package org.paintreatment.library.taxonomy;

public interface MechanismRepository extends TermRepository<Mechanism> {

}
