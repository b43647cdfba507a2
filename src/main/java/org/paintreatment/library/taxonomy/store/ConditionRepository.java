package org.paintreatment.library.taxonomy.store;

public interface ConditionRepository extends TermRepository<Condition> {

}
