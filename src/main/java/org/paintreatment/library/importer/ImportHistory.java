package org.paintreatment.library.importer;

import java.util.Optional;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Remembers the report of the last import run, for the import report page.
 */
@Component
public class ImportHistory {

	private volatile ImportReport last;

	@EventListener(LibraryImportedEvent.class)
	void remember(LibraryImportedEvent event) {
		last = event.report();
	}

	public Optional<ImportReport> last() {
		return Optional.ofNullable(last);
	}

}
