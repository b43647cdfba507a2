package org.paintreatment.library.taxonomy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.paintreatment.library.kernel.HostileYaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class TaxonomyLoaderTest {

	private static final String MECHANISMS = """
			mechanisms:
			  - {slug: gate-control, name: Gate control, description: Closes the gate., phrases: [gate control]}
			""";

	private static final String CAVEATS = """
			caveats:
			  - {slug: side-effects, name: Side effects, description: Risks., phrases: [side effect]}
			""";

	private static final String TREATMENTS = """
			treatments:
			  - {slug: tens, name: TENS, description: Pulses., phrases: [tens unit]}
			""";

	private static Taxonomy load(String yaml) {
		return TaxonomyLoader.load(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test.yml");
	}

	@Test
	void conditionsAreOptionalAndReadWithTheirExceptionsAndSideNotes() {
		assertThat(load(TREATMENTS + MECHANISMS + CAVEATS).conditions()).isEmpty();

		Taxonomy taxonomy = load(TREATMENTS + MECHANISMS + CAVEATS + """
				condition-side-notes: [other condition]
				conditions:
				  - {slug: depression, name: Depression, description: Low mood., phrases: [depression],
				     except: [respiratory depression]}
				""");

		TermDefinition depression = taxonomy.conditions().get(0);
		assertThat(depression.slug()).isEqualTo("depression");
		assertThat(depression.exceptions()).extracting(Phrase::written).containsExactly("respiratory depression");
		assertThat(taxonomy.sideNoteCues()).extracting(Phrase::written).containsExactly("other condition");
	}

	@Test
	void exceptionsOutsideTheConditionsAreRefusedRatherThanIgnored() {
		assertThatIllegalStateException().isThrownBy(() -> load(TREATMENTS + CAVEATS + """
				mechanisms:
				  - {slug: gate-control, name: Gate control, description: Closes., phrases: [gate control], except: [gate]}
				""")).withMessageContaining("mechanisms 'gate-control': 'except' is only read for conditions");
	}

	@Test
	void broadIsReadForConditionsAsTrueOrFalseOnly() {
		String conditions = TREATMENTS + MECHANISMS + CAVEATS + """
				conditions:
				  - {slug: chronic-pain, name: Chronic pain, description: Lasting., phrases: [chronic pain], broad: %s}
				  - {slug: back-pain, name: Back pain, description: Back., phrases: [back pain]}
				""";

		assertThat(load(conditions.formatted("true")).conditions()).extracting(TermDefinition::broad).containsExactly(true, false);
		assertThat(load(conditions.formatted("false")).conditions()).extracting(TermDefinition::broad).containsExactly(false, false);
		assertThatIllegalStateException().isThrownBy(() -> load(conditions.formatted("yes")))
			.withMessageContaining("conditions 'chronic-pain': 'broad' must be true or false");
		assertThatIllegalStateException().isThrownBy(() -> load(TREATMENTS + CAVEATS + """
				mechanisms:
				  - {slug: gate-control, name: Gate control, description: Closes., phrases: [gate control], broad: true}
				""")).withMessageContaining("mechanisms 'gate-control': 'broad' is only read for conditions");
	}

	@Test
	void validTaxonomyLoadsWithUnclassifiedAdded() {
		Taxonomy taxonomy = load("negation-cues: [without, \"no\"]\n" + TREATMENTS + MECHANISMS + CAVEATS);

		assertThat(taxonomy.treatments()).extracting(TermDefinition::slug).containsExactly("tens", Taxonomy.UNCLASSIFIED);
		assertThat(taxonomy.mechanisms()).extracting(TermDefinition::slug).containsExactly("gate-control");
		assertThat(taxonomy.caveats()).extracting(TermDefinition::slug).containsExactly("side-effects");
		assertThat(taxonomy.negationCues()).containsExactlyInAnyOrder("without", "no");
		assertThat(taxonomy.treatment("tens")).hasValueSatisfying(tens -> {
			assertThat(tens.name()).isEqualTo("TENS");
			assertThat(tens.description()).isEqualTo("Pulses.");
			assertThat(tens.phrases()).extracting(Phrase::written).containsExactly("tens unit");
		});
	}

	@Test
	void unclassifiedWrittenInTheTaxonomyIsKeptAsWritten() {
		String treatments = TREATMENTS
				+ "  - {slug: unclassified, name: Not described yet, description: Other treatments., phrases: []}\n";

		Taxonomy taxonomy = load(treatments + MECHANISMS + CAVEATS);

		assertThat(taxonomy.treatments()).extracting(TermDefinition::slug).containsExactly("tens", Taxonomy.UNCLASSIFIED);
		assertThat(taxonomy.treatment(Taxonomy.UNCLASSIFIED)).get()
			.extracting(TermDefinition::name)
			.isEqualTo("Not described yet");
	}

	@Test
	void realTaxonomyLoadsWithTheTermsTheSeedsNeed() {
		Taxonomy taxonomy = TaxonomyLoader.fromClasspath("/library/taxonomy.yml");

		assertThat(taxonomy.treatments()).extracting(TermDefinition::slug)
			.contains("acupuncture", "kratom", "ketamine", Taxonomy.UNCLASSIFIED);
		assertThat(taxonomy.mechanisms()).extracting(TermDefinition::slug)
			.contains("endorphin-release", "neurotransmitter-modulation", "relaxation-response", "improved-blood-flow",
					"opioid-receptor-binding", "nmda-receptor-antagonism", "anti-inflammatory-action");
		assertThat(taxonomy.caveats()).extracting(TermDefinition::slug)
			.contains("individual-variation", "gradual-relief", "consult-a-professional", "legal-status-varies",
					"more-research-needed", "side-effects", "medical-supervision", "not-fda-approved",
					"promotional-source");
		assertThat(taxonomy.negationCues()).contains("no", "not", "without").doesNotContain("false");
	}

	@Test
	void missingResourceIsReported() {
		assertThatIllegalStateException().isThrownBy(() -> TaxonomyLoader.fromClasspath("/library/nope.yml"))
			.withMessageContaining("/library/nope.yml");
	}

	@Test
	void invalidYamlIsReported() {
		assertThatIllegalStateException().isThrownBy(() -> load("treatments: [unclosed"))
			.withMessageContaining("test.yml is not valid YAML");
	}

	@Test
	void documentThatIsNotAMappingIsReported() {
		assertThatIllegalStateException().isThrownBy(() -> load("- just\n- a list\n"))
			.withMessageContaining("expected 'treatments', 'mechanisms' and 'caveats' sections");
	}

	@Test
	void missingSectionIsReported() {
		assertThatIllegalStateException().isThrownBy(() -> load(TREATMENTS + MECHANISMS))
			.withMessageContaining("'caveats' must be a list of terms");
	}

	@Test
	void termThatIsNotAMappingIsReported() {
		assertThatIllegalStateException().isThrownBy(() -> load("treatments: [tens]\n" + MECHANISMS + CAVEATS))
			.withMessageContaining("each term needs slug, name, description and phrases");
	}

	@Test
	void badSlugIsReported() {
		String treatments = "treatments:\n  - {slug: Bad Slug, name: B, description: D., phrases: [x]}\n";

		assertThatIllegalStateException().isThrownBy(() -> load(treatments + MECHANISMS + CAVEATS))
			.withMessageContaining("slug 'Bad Slug' must be lowercase words joined by hyphens");
	}

	@Test
	void missingNameIsReported() {
		String treatments = "treatments:\n  - {slug: tens, description: D., phrases: [x]}\n";

		assertThatIllegalStateException().isThrownBy(() -> load(treatments + MECHANISMS + CAVEATS))
			.withMessageContaining("'tens'")
			.withMessageContaining("'name' is missing");
	}

	@Test
	void missingDescriptionIsReported() {
		String treatments = "treatments:\n  - {slug: tens, name: TENS, phrases: [x]}\n";

		assertThatIllegalStateException().isThrownBy(() -> load(treatments + MECHANISMS + CAVEATS))
			.withMessageContaining("'description' is missing");
	}

	@Test
	void termWithoutPhrasesIsReported() {
		String mechanisms = "mechanisms:\n  - {slug: gate-control, name: G, description: D., phrases: []}\n";

		assertThatIllegalStateException().isThrownBy(() -> load(TREATMENTS + mechanisms + CAVEATS))
			.withMessageContaining("'gate-control'")
			.withMessageContaining("needs at least one detection phrase");
	}

	@Test
	void duplicateSlugIsReported() {
		String caveats = CAVEATS + "  - {slug: side-effects, name: Again, description: D., phrases: [adverse effect]}\n";

		assertThatIllegalStateException().isThrownBy(() -> load(TREATMENTS + MECHANISMS + caveats))
			.withMessageContaining("caveats has slug 'side-effects' twice");
	}

	@Test
	void phraseWithAGapAtTheEndIsReported() {
		String caveats = "caveats:\n  - {slug: side-effects, name: S, description: D., phrases: [\"side *\"]}\n";

		assertThatIllegalStateException().isThrownBy(() -> load(TREATMENTS + MECHANISMS + caveats))
			.withMessageContaining("'side-effects'")
			.withMessageContaining("no '*' at either end");
	}

	@Test
	void phrasesThatAreNotAListAreReported() {
		String caveats = "caveats:\n  - {slug: side-effects, name: S, description: D., phrases: side effect}\n";

		assertThatIllegalStateException().isThrownBy(() -> load(TREATMENTS + MECHANISMS + caveats))
			.withMessageContaining("phrases must be a list");
	}

	@Test
	void unquotedNoAmongTheNegationCuesIsTheWordNo() {
		Taxonomy taxonomy = load("negation-cues: [without, no, off]\n" + TREATMENTS + MECHANISMS + CAVEATS);

		assertThat(taxonomy.negationCues()).containsExactlyInAnyOrder("without", "no", "off");
	}

	@Test
	void wordsThatYamlWouldReadAsNumbersOrDatesAreTheWordsWritten() {
		String treatments = "treatments:\n  - {slug: tens, name: 1e3, description: 2024-01-01, phrases: [0x1F, .nan]}\n";

		TermDefinition tens = load(treatments + MECHANISMS + CAVEATS).treatment("tens").orElseThrow();

		assertThat(tens.name()).isEqualTo("1e3");
		assertThat(tens.description()).isEqualTo("2024-01-01");
		assertThat(tens.phrases()).extracting(Phrase::written).containsExactly("0x1F", ".nan");
	}

	@Test
	void phraseThatIsNotTextIsReported() {
		String caveats = "caveats:\n  - {slug: side-effects, name: S, description: D., phrases: [[side, effect]]}\n";

		assertThatIllegalStateException().isThrownBy(() -> load(TREATMENTS + MECHANISMS + caveats))
			.withMessageContaining("'side-effects' phrases must be a list of words or phrases, each of them text");
	}

	@Test
	void nameThatIsNotTextIsReported() {
		String treatments = "treatments:\n  - {slug: tens, name: [T, E], description: D., phrases: [x]}\n";

		assertThatIllegalStateException().isThrownBy(() -> load(treatments + MECHANISMS + CAVEATS))
			.withMessageContaining("'tens': 'name' must be text");
	}

	@Test
	@Timeout(value = 10, unit = TimeUnit.SECONDS)
	void aliasBombStopsTheLoadNamingTheFile() {
		assertThatIllegalStateException().isThrownBy(() -> load(HostileYaml.aliasBombInAKey()))
			.withMessage("test.yml: aliases (*name) are not allowed; write the value out (line 2)");
	}

	@Test
	@Timeout(value = 10, unit = TimeUnit.SECONDS)
	void deepNestingStopsTheLoadNamingTheFile() {
		assertThatIllegalStateException().isThrownBy(() -> load("treatments: " + HostileYaml.deepFlowSequence(10_000)))
			.withMessage("test.yml: nested deeper than 16 levels (line 1)");
	}

	@Test
	void taggedValueStopsTheLoadNamingFileAndField() {
		String treatments = "treatments:\n  - {slug: tens, name: !!binary VEVOUw==, description: D., phrases: [x]}\n";

		assertThatIllegalStateException().isThrownBy(() -> load(treatments + MECHANISMS + CAVEATS))
			.withMessage("test.yml, field 'treatments', item 1, field 'name': must be plain text, not !!binary (line 2)");
	}

	@Test
	void keyGivenTwiceStopsTheLoad() {
		assertThatIllegalStateException().isThrownBy(() -> load(TREATMENTS + MECHANISMS + CAVEATS + CAVEATS))
			.withMessage("test.yml: the key 'caveats' is there twice (line 7)");
	}

}
