package org.paintreatment.library.kernel;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;

/**
 * Where the librarian's rule files are: inside the application by default, or files outside it
 * ({@code library.rules.taxonomy=file:...}) that can be edited without a new build.
 *
 * @param taxonomy the treatments, mechanisms and caveats with their phrases
 * @param boilerplate the patterns of scraped lines that are not the article
 * @param synonyms the search's synonym rules
 * @param fillerWords the words of a question that do not count when only some words match
 * @param treatmentFacts the library's own key facts about each treatment, with their sources
 * @param quality the cue phrases of the quality checklist
 */
@ConfigurationProperties("library.rules")
public record RulesProperties(@DefaultValue("classpath:" + TAXONOMY) Resource taxonomy,
		@DefaultValue("classpath:" + BOILERPLATE) Resource boilerplate,
		@DefaultValue("classpath:" + SYNONYMS) Resource synonyms,
		@DefaultValue("classpath:" + FILLER_WORDS) Resource fillerWords,
		@DefaultValue("classpath:" + TREATMENT_FACTS) Resource treatmentFacts,
		@DefaultValue("classpath:" + QUALITY) Resource quality) {

	/** The default rule files, on the classpath. */
	public static final String TAXONOMY = "/library/taxonomy.yml";

	public static final String BOILERPLATE = "/library/boilerplate.yml";

	public static final String SYNONYMS = "/library/synonyms.txt";

	public static final String FILLER_WORDS = "/library/filler-words.txt";

	public static final String TREATMENT_FACTS = "/library/treatment-facts.yml";

	public static final String QUALITY = "/library/quality.yml";

}
