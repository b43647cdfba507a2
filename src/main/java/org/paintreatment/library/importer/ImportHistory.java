package org.paintreatment.library.importer;

import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * Remembers the report of the last import run, for the import report page (the importer hands
 * it over when a run ends).
 */
@Component
public class ImportHistory {

	private volatile ImportReport last;

	void remember(ImportReport report) {
		last = report;
	}

	public Optional<ImportReport> last() {
		return Optional.ofNullable(last);
	}

}
