package org.paintreatment.library.taxonomy;

/**
 * One thing the library itself says about a treatment, in a short sentence, with its source.
 */
public record KeyFact(FactTopic topic, String text, FactSource source) {

}
