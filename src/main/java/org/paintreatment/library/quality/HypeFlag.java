package org.paintreatment.library.quality;

/**
 * Hype found in an article: the rule file's phrase and the sentence that uses it.
 */
public record HypeFlag(String phrase, String sentence) {

}
