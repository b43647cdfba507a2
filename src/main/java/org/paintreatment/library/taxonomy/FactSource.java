package org.paintreatment.library.taxonomy;

/**
 * Where a key fact comes from: the page's title, who publishes it, its address, when it was
 * published (null when the page does not say) and when the librarian read it.
 */
public record FactSource(String title, String publisher, String url, String published, String accessed) {

}
