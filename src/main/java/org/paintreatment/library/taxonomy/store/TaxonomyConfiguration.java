package org.paintreatment.library.taxonomy.store;

import java.io.ByteArrayInputStream;

import org.paintreatment.library.kernel.RuleFile;
import org.paintreatment.library.kernel.RulesProperties;
import org.paintreatment.library.taxonomy.Taxonomy;
import org.paintreatment.library.taxonomy.TaxonomyLoader;
import org.paintreatment.library.taxonomy.TreatmentFacts;
import org.paintreatment.library.taxonomy.TreatmentFactsLoader;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The taxonomy, read once at start-up from {@code library.rules.taxonomy} (inside the application
 * unless that names a file outside it), and the librarian's key facts about its treatments from
 * {@code library.rules.treatment-facts}; a missing or broken file stops start-up naming the file.
 */
@Configuration(proxyBeanMethods = false)
class TaxonomyConfiguration {

	@Bean
	Taxonomy taxonomy(RulesProperties rules) {
		return TaxonomyLoader.load(new ByteArrayInputStream(RuleFile.bytes(rules.taxonomy())),
				rules.taxonomy().getDescription());
	}

	@Bean
	TreatmentFacts treatmentFacts(RulesProperties rules, Taxonomy taxonomy) {
		return TreatmentFactsLoader.load(new ByteArrayInputStream(RuleFile.bytes(rules.treatmentFacts())),
				rules.treatmentFacts().getDescription(), taxonomy);
	}

}
