package org.paintreatment.library.importer;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Imports the seeds folder when the application starts.
 */
@Component
class ImportOnStartup implements ApplicationRunner {

	private final LibraryImporter importer;

	ImportOnStartup(LibraryImporter importer) {
		this.importer = importer;
	}

	@Override
	public void run(ApplicationArguments args) {
		importer.importAll();
	}

}
