package org.paintreatment.library.importer;

import java.time.Instant;
import java.util.List;

/**
 * What one import run did.
 */
public record ImportReport(Instant startedAt, Instant finishedAt, List<String> imported, List<String> updated,
		List<String> unchanged, List<String> removed, List<SkippedFile> skipped) {

	public record SkippedFile(String file, String reason) {
	}

	public ImportReport {
		imported = List.copyOf(imported);
		updated = List.copyOf(updated);
		unchanged = List.copyOf(unchanged);
		removed = List.copyOf(removed);
		skipped = List.copyOf(skipped);
	}

}
