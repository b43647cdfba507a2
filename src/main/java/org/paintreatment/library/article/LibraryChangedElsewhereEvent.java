package org.paintreatment.library.article;

/**
 * Another instance sharing the database imported: this instance's read models must catch up.
 */
public record LibraryChangedElsewhereEvent(LibraryChangeSignature signature) {

}
