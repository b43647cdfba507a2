package org.paintreatment.library.taxonomy;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.paintreatment.library.kernel.RulesProperties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.tuple;

class TreatmentFactsLoaderTest {

	private static final Taxonomy TAXONOMY = TaxonomyLoader.fromClasspath(RulesProperties.TAXONOMY);

	private static final String SOURCE = """
			      source:
			        title: Kratom
			        publisher: An agency
			        url: https://example.org/kratom
			        published: 2024-01-31
			        accessed: 2026-12-06
			""";

	private static TreatmentFacts load(String yaml) {
		return TreatmentFactsLoader.load(yaml, "facts.yml", TAXONOMY);
	}

	@Test
	void aGoodFileGivesEachTreatmentItsFactsTopicByTopicWithTheirSources() {
		TreatmentFacts facts = load("""
				kratom:
				  risks:
				    - fact: It can be addictive.
				""" + SOURCE + """
				  regulatory:
				    - fact: It is not approved.
				""" + SOURCE);

		assertThat(facts.of("kratom")).extracting(KeyFact::topic, KeyFact::text)
			.containsExactly(tuple(FactTopic.REGULATORY, "It is not approved."),
					tuple(FactTopic.RISKS, "It can be addictive."));
		assertThat(facts.of("kratom").get(0).source())
			.isEqualTo(new FactSource("Kratom", "An agency", "https://example.org/kratom", "2024-01-31", "2026-12-06"));
		assertThat(facts.of("tens")).isEmpty();
	}

	@Test
	void anArticleDoesNotMentionTheTopicsNoneOfWhoseCaveatsItStates() {
		TreatmentFacts facts = load("""
				kratom:
				  regulatory:
				    - fact: It is not approved.
				""" + SOURCE + """
				  risks:
				    - fact: It can be addictive.
				""" + SOURCE);

		assertThat(facts.notMentioned("kratom", Set.of("legal-status-varies"))).containsExactly(FactTopic.RISKS);
		assertThat(facts.notMentioned("kratom", Set.of("dependence-risk", "not-fda-approved"))).isEmpty();
		assertThat(facts.notMentioned("tens", Set.of())).isEmpty();
	}

	@Test
	void aFactWithoutItsSourceStopsStartUpNamingTheFileAndTheFact() {
		assertThatIllegalStateException().isThrownBy(() -> load("""
				kratom:
				  risks:
				    - fact: It can be addictive.
				""")).withMessage("facts.yml, 'kratom', risks, fact 1: 'source' is missing; every fact needs its title, publisher, url and accessed date");
	}

	@Test
	void aSourceWithoutItsUrlOrWithABadDateNamesTheField() {
		assertThatIllegalStateException()
			.isThrownBy(() -> load(kratomRisk(SOURCE.replace("        url: https://example.org/kratom\n", ""))))
			.withMessage("facts.yml, 'kratom', risks, fact 1, source: 'url' is missing");
		assertThatIllegalStateException().isThrownBy(() -> load(kratomRisk(SOURCE.replace("2024-01-31", "last year"))))
			.withMessage("facts.yml, 'kratom', risks, fact 1, source: 'published' must be a date written 2024-01-31, not 'last year'");
		assertThatIllegalStateException()
			.isThrownBy(() -> load(kratomRisk(SOURCE.replace("https://example.org/kratom", "javascript:alert(1)"))))
			.withMessageContaining("'url' must be a web address starting with https:// or http://");
	}

	@Test
	void aFactAboutATreatmentTheTaxonomyDoesNotHaveIsAnError() {
		assertThatIllegalStateException().isThrownBy(() -> load("""
				homeopathy:
				  risks:
				    - fact: None known.
				""" + SOURCE)).withMessage("facts.yml, 'homeopathy': the taxonomy has no such treatment");
		assertThatIllegalStateException().isThrownBy(() -> load("""
				unclassified:
				  risks:
				    - fact: None known.
				""" + SOURCE)).withMessage("facts.yml, 'unclassified': the taxonomy has no such treatment");
	}

	@Test
	void anUnknownTopicOrFieldIsAnErrorNotSilentlyIgnored() {
		assertThatIllegalStateException().isThrownBy(() -> load("""
				kratom:
				  dosage:
				    - fact: One spoon.
				""" + SOURCE)).withMessage("facts.yml, 'kratom', dosage: unknown topic; the topics are regulatory, risks and cautions");
		assertThatIllegalStateException()
			.isThrownBy(() -> load(kratomRisk(SOURCE.replace("publisher:", "publsher:"))))
			.withMessageStartingWith("facts.yml, 'kratom', risks, fact 1, source: unknown field 'publsher'");
	}

	@Test
	void badYamlStopsStartUpNamingTheFileAndTheLine() {
		assertThatIllegalStateException().isThrownBy(() -> load("kratom:\n  risks: [unclosed\n"))
			.withMessageStartingWith("facts.yml is not valid YAML")
			.withMessageContaining("line");
		assertThatIllegalStateException().isThrownBy(() -> load("- just a list\n"))
			.withMessage("facts.yml: must map treatment slugs to their facts");
	}

	@Test
	void theLibrarysOwnFileLoadsWithFactsForEveryTreatmentButUnclassified() {
		TreatmentFacts facts = TreatmentFactsLoader.load(
				TreatmentFactsLoaderTest.class.getResourceAsStream(RulesProperties.TREATMENT_FACTS),
				RulesProperties.TREATMENT_FACTS, TAXONOMY);

		for (TermDefinition treatment : TAXONOMY.treatments()) {
			if (treatment.slug().equals(Taxonomy.UNCLASSIFIED)) {
				assertThat(facts.of(treatment.slug())).isEmpty();
			}
			else {
				assertThat(facts.of(treatment.slug())).as(treatment.slug()).isNotEmpty();
			}
		}
		assertThat(facts.byTopic("kratom")).containsKeys(FactTopic.REGULATORY, FactTopic.RISKS);
	}

	private static String kratomRisk(String source) {
		return "kratom:\n  risks:\n    - fact: It can be addictive.\n" + source;
	}

}
