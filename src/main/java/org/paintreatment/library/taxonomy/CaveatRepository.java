package org.paintreatment.library.taxonomy;

public interface CaveatRepository extends TermRepository<Caveat> {

}
