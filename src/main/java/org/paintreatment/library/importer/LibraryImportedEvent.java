package org.paintreatment.library.importer;

/**
 * Published after every import run, so that read models can refresh.
 */
public record LibraryImportedEvent(ImportReport report) {

}
