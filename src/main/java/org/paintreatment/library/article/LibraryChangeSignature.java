package org.paintreatment.library.article;

import java.time.Instant;

/**
 * A cheap fingerprint of the stored articles: their number, the latest import time and the sum
 * of their ids.
 */
public record LibraryChangeSignature(Long count, Instant lastImportedAt, Long idSum) {

}
