package org.paintreatment.library.importer;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Where the articles are and how much the importer accepts.
 *
 * @param seedsDir the folder of article files ({@code *.txt}, {@code *.md}) and the optional catalog
 * @param maxArticleBytes files larger than this are skipped
 * @param maxRenderMillis a file taking longer than this to process is skipped
 * @param watch whether to re-import when files in the seeds folder change
 */
@ConfigurationProperties("library")
public record LibraryProperties(@DefaultValue("seeds") Path seedsDir, @DefaultValue("1MB") DataSize maxArticleBytes,
		@DefaultValue("2000") long maxRenderMillis, @DefaultValue("true") boolean watch) {

}
