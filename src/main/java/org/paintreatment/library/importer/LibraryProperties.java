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
 */
@ConfigurationProperties("library")
public record LibraryProperties(@DefaultValue("seeds") Path seedsDir, @DefaultValue("1MB") DataSize maxArticleBytes) {

}
