package org.paintreatment.library.importer;

import java.time.Instant;
import java.util.List;

/**
 * What one import run did. {@code hashed} names the files that were read and hashed: the others
 * were unchanged by their size and time of change ({@link FileStamp}), or skipped before reading.
 */
public record ImportReport(Instant startedAt, Instant finishedAt, List<String> imported, List<String> updated,
		List<String> unchanged, List<String> removed, List<SkippedFile> skipped, List<FileWarning> warnings,
		List<String> hashed) {

	public record SkippedFile(String file, String reason) {
	}

	/** Something a file (an article or the catalog) had that was left out, though the file was used. */
	public record FileWarning(String file, String warning) {
	}

	public ImportReport {
		imported = List.copyOf(imported);
		updated = List.copyOf(updated);
		unchanged = List.copyOf(unchanged);
		removed = List.copyOf(removed);
		skipped = List.copyOf(skipped);
		warnings = List.copyOf(warnings);
		hashed = List.copyOf(hashed);
	}

}
