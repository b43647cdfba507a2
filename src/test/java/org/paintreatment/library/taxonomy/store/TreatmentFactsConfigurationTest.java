package org.paintreatment.library.taxonomy.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paintreatment.library.kernel.RulesProperties;
import org.paintreatment.library.support.BundledRules;
import org.paintreatment.library.taxonomy.Taxonomy;
import org.springframework.core.io.FileSystemResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The facts file as start-up reads it, from {@code library.rules.treatment-facts}: a broken one
 * stops start-up with a message naming the file and the field.
 */
class TreatmentFactsConfigurationTest {

	private final TaxonomyConfiguration configuration = new TaxonomyConfiguration();

	@Test
	void theBundledFactsFileLoads() {
		RulesProperties rules = BundledRules.properties();

		assertThat(configuration.treatmentFacts(rules, configuration.taxonomy(rules)).of("kratom")).isNotEmpty();
	}

	@Test
	void aBrokenFactsFileStopsStartUpNamingTheFileAndTheField(@TempDir Path folder) throws IOException {
		Path file = Files.writeString(folder.resolve("treatment-facts.yml"), """
				kratom:
				  risks:
				    - fact: It can be addictive.
				      source: {title: Kratom, publisher: An agency, accessed: 2026-12-06}
				""");
		RulesProperties bundled = BundledRules.properties();
		RulesProperties rules = new RulesProperties(bundled.taxonomy(), bundled.boilerplate(), bundled.synonyms(),
				bundled.fillerWords(), new FileSystemResource(file), bundled.quality());
		Taxonomy taxonomy = configuration.taxonomy(rules);

		assertThatIllegalStateException().isThrownBy(() -> configuration.treatmentFacts(rules, taxonomy))
			.withMessageContaining(file.toString())
			.withMessageEndingWith("'kratom', risks, fact 1, source: 'url' is missing");
	}

}
