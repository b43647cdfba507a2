package org.paintreatment.library.web.article;

import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Where the local copies of stored pages and of articles' JSON are kept ({@link PageFile}): in the
 * index folder, which is already local, one running instance per folder and rebuilt by itself;
 * each file at most {@code library.page-file.max-bytes}. Without stored pages no page has a key to
 * keep a copy under, so no file is made.
 */
@Component
class CopyFiles {

	private final Path folder;

	private final long maxBytes;

	CopyFiles(@Value("${library.index-dir}") Path indexDir,
			@Value("${library.page-file.max-bytes:256MB}") DataSize maxBytes,
			@Value("${library.stored-pages:true}") boolean storedPages) {
		this.folder = indexDir;
		this.maxBytes = storedPages ? maxBytes.toBytes() : 0;
	}

	/** The file of this name, emptied now (Lucene leaves files of other names alone). */
	PageFile open(String name) {
		return new PageFile(folder.resolve(name), maxBytes);
	}

}
