package org.paintreatment.library.search;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the search index lives.
 *
 * @param indexDir the folder of the Lucene index; created when missing, rebuilt from the database
 * when missing, of an older format or out of date. One running instance per folder.
 */
@ConfigurationProperties("library")
public record SearchProperties(@DefaultValue("data/index") Path indexDir) {

}
