package org.paintreatment.library.taxonomy.store;

public interface CaveatRepository extends TermRepository<Caveat> {

}
