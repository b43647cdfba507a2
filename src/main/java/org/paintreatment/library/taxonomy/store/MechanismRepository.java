package org.paintreatment.library.taxonomy.store;

public interface MechanismRepository extends TermRepository<Mechanism> {

}
