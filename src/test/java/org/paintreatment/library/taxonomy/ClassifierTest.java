package org.paintreatment.library.taxonomy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ClassifierTest {

	private static final String TAXONOMY = """
			negation-cues: [without, "no", not, never]
			treatments:
			  - {slug: ketamine, name: Ketamine, description: An anaesthetic., phrases: [ketamine, esketamine]}
			  - {slug: kratom, name: Kratom, description: A plant., phrases: [kratom, mitragynine]}
			mechanisms:
			  - {slug: nmda-receptor-antagonism, name: NMDA, description: Blocks NMDA., phrases: [nmda receptor]}
			  - {slug: opioid-receptor-binding, name: Opioid, description: Opioid receptors., phrases: [opioid receptor]}
			caveats:
			  - {slug: side-effects, name: Side effects, description: Risks., phrases: [side effect]}
			  - {slug: individual-variation, name: Varies, description: Varies., phrases: ["vary * individuals"]}
			""";

	private final Classifier classifier = new Classifier(
			TaxonomyLoader.load(new ByteArrayInputStream(TAXONOMY.getBytes(StandardCharsets.UTF_8)), "test taxonomy"));

	@Test
	void sentenceStatingAPhraseIsTaggedWithThatSentenceAsEvidence() {
		Classification tags = classifier.classify("Ketamine for pain",
				List.of("Ketamine blocks NMDA receptors in the spine.", "It is given in a clinic."));

		assertThat(tags.mechanisms()).containsOnlyKeys("nmda-receptor-antagonism");
		assertThat(tags.mechanisms().get("nmda-receptor-antagonism"))
			.containsExactly("Ketamine blocks NMDA receptors in the spine.");
		assertThat(tags.caveats()).isEmpty();
	}

	@Test
	void withoutSideEffectsDoesNotTagSideEffects() {
		Classification tags = classifier.classify("Kratom", List.of("Users say kratom works without side effects."));

		assertThat(tags.caveats()).doesNotContainKey("side-effects");
	}

	@Test
	void noSideEffectsDoesNotTagSideEffects() {
		Classification tags = classifier.classify("Kratom", List.of("There were no serious side effects."));

		assertThat(tags.caveats()).doesNotContainKey("side-effects");
	}

	@Test
	void sentenceThatBeginsWithANegationWordIsNotTagged() {
		Classification tags = classifier.classify("Kratom", List.of("No side effects were reported."));

		assertThat(tags.caveats()).doesNotContainKey("side-effects");
	}

	@Test
	void negationThreeWordsBeforeThePhraseNegatesIt() {
		Classification tags = classifier.classify("Kratom",
				List.of("Without any serious side effects.", "Users say it works without any serious side effects."));

		assertThat(tags.caveats()).doesNotContainKey("side-effects");
	}

	@Test
	void notWithoutSideEffectsTagsSideEffects() {
		String sentence = "Ketamine is not without side effects.";

		Classification tags = classifier.classify("Ketamine", List.of(sentence));

		assertThat(tags.caveats()).containsEntry("side-effects", List.of(sentence));
	}

	@Test
	void notWithoutPotentialRisksAndSideEffectsTagsSideEffects() {
		String sentence = "It is not without potential side effects.";

		Classification tags = classifier.classify("Ketamine", List.of(sentence));

		assertThat(tags.caveats()).containsEntry("side-effects", List.of(sentence));
	}

	@Test
	void negationFarBeforeThePhraseDoesNotNegateIt() {
		String sentence = "Without doubt the drug has some side effects.";

		Classification tags = classifier.classify("Ketamine", List.of(sentence));

		assertThat(tags.caveats()).containsEntry("side-effects", List.of(sentence));
	}

	@Test
	void pluralAndGapPhrasesMatch() {
		String sentence = "Its effects vary widely between individuals.";

		Classification tags = classifier.classify("Kratom", List.of(sentence, "Kratom binds opioid receptors."));

		assertThat(tags.caveats()).containsEntry("individual-variation", List.of(sentence));
		assertThat(tags.mechanisms()).containsEntry("opioid-receptor-binding", List.of("Kratom binds opioid receptors."));
	}

	@Test
	void evidenceIsAtMostThreeDistinctSentences() {
		List<String> sentences = List.of("Side effects one.", "Side effects two.", "Side effects one.", "Side effects three.",
				"Side effects four.");

		Classification tags = classifier.classify("Ketamine", sentences);

		assertThat(tags.caveats().get("side-effects")).containsExactly("Side effects one.", "Side effects two.",
				"Side effects three.");
	}

	@Test
	void treatmentNamedInTheTitleWins() {
		Classification tags = classifier.classify("Ketamine infusions",
				List.of("Some people also try kratom.", "Others prefer kratom tea."));

		assertThat(tags.treatment()).isEqualTo("ketamine");
	}

	@Test
	void treatmentMentionedInMostSentencesWins() {
		Classification tags = classifier.classify("Plant medicine",
				List.of("Kratom is a tree.", "Mitragynine is its alkaloid.", "Kratom tea is common.", "Ketamine is different."));

		assertThat(tags.treatment()).isEqualTo("kratom");
	}

	@Test
	void treatmentWithTooFewMentionsIsUnclassified() {
		Classification tags = classifier.classify("Pain relief at home",
				List.of("Rest helps.", "Some people mention ketamine.", "Heat helps too.", "Ketamine is a drug."));

		assertThat(tags.treatment()).isEqualTo(Taxonomy.UNCLASSIFIED);
	}

	@Test
	void threeMentionsAreEnoughForATreatment() {
		Classification tags = classifier.classify("Pain relief at home",
				List.of("Ketamine one.", "Ketamine two.", "Ketamine three."));

		assertThat(tags.treatment()).isEqualTo("ketamine");
	}

	@Test
	void negatedTreatmentMentionsDoNotCount() {
		Classification tags = classifier.classify("Pain relief at home",
				List.of("Ketamine one.", "Ketamine two.", "We used no ketamine."));

		assertThat(tags.treatment()).isEqualTo(Taxonomy.UNCLASSIFIED);
	}

	@Test
	void textAboutNothingInTheTaxonomyHasNoTags() {
		Classification tags = classifier.classify("Gardening", List.of("Tomatoes like sun.", "Water them daily."));

		assertThat(tags.treatment()).isEqualTo(Taxonomy.UNCLASSIFIED);
		assertThat(tags.mechanisms()).isEmpty();
		assertThat(tags.caveats()).isEmpty();
	}


	private static final String EVIDENCE_TAXONOMY = """
			negation-cues: [without, "no", not, non, none]
			hypothetical-cues: [any]
			reference-words: [it, its, this, those, them, therapy]
			other-treatments: [morphine, other medication]
			treatments:
			  - {slug: ketamine, name: Ketamine, description: An anaesthetic., phrases: [ketamine]}
			  - {slug: kratom, name: Kratom, description: A plant., phrases: [kratom]}
			mechanisms:
			  - {slug: nmda-receptor-antagonism, name: NMDA, description: Blocks NMDA., phrases: [nmda receptor]}
			  - {slug: opioid-receptor-binding, name: Opioid, description: Opioid receptors., phrases: [opioid receptor]}
			  - {slug: neurotransmitter-modulation, name: NT, description: NT., phrases: [neural modulation, serotonin]}
			caveats:
			  - slug: side-effects
			    name: Side effects
			    description: Risks.
			    phrases: [side effect]
			    in-context: {phrases: [nausea, dizziness], cues: [may cause, common, reported], not-with: [symptom]}
			  - {slug: individual-variation, name: Varies, description: Varies., phrases: [affect people differently]}
			  - {slug: dependence-risk, name: Dependence, description: Dependence., phrases: [addictive]}
			""";

	private final Classifier withEvidenceRules = new Classifier(TaxonomyLoader
		.load(new ByteArrayInputStream(EVIDENCE_TAXONOMY.getBytes(StandardCharsets.UTF_8)), "evidence taxonomy"));

	private Classification ketamine(String... sentences) {
		return withEvidenceRules.classify("Ketamine for pain", List.of(sentences));
	}

	@Test
	void sideEffectNamedAsWhatItIsCountsWhereTheSentenceSpeaksOfARisk() {
		Classification tags = ketamine("Ketamine may cause nausea and dizziness.");

		assertThat(tags.caveats()).containsEntry("side-effects", List.of("Ketamine may cause nausea and dizziness."));
	}

	@Test
	void nauseaAsAConditionsSymptomIsNoSideEffect() {
		Classification tags = ketamine("Common migraine symptoms include nausea and dizziness.",
				"Ketamine is given in a clinic.");

		assertThat(tags.caveats()).doesNotContainKey("side-effects");
	}

	@Test
	void nauseaWithoutARiskInTheSentenceIsNoSideEffect() {
		Classification tags = ketamine("Ketamine helped my nausea.");

		assertThat(tags.caveats()).doesNotContainKey("side-effects");
	}

	@Test
	void anySideEffectsAsksAndDoesNotState() {
		Classification tags = ketamine("Tell your doctor about any concerns or side effects.");

		assertThat(tags.caveats()).doesNotContainKey("side-effects");
	}

	@Test
	void noneOfTheSideEffectsFourWordsBackIsAClaimedAbsence() {
		Classification tags = ketamine("Users say it has none of the nasty side effects.");

		assertThat(tags.caveats()).doesNotContainKey("side-effects");
	}

	@Test
	void nonAddictiveIsNoDependenceRisk() {
		Classification tags = ketamine("Ketamine is non-addictive, the clinic says.");

		assertThat(tags.caveats()).doesNotContainKey("dependence-risk");
	}

	@Test
	void definitionOfAMechanismGivesWayToTheNextSentenceThatSaysTheTreatmentActsOnIt() {
		Classification tags = ketamine("In your brain, NMDA receptors play a key role in sending pain signals.",
				"Ketamine works by blocking those signals.");

		assertThat(tags.mechanisms()).containsEntry("nmda-receptor-antagonism",
				List.of("Ketamine works by blocking those signals."));
	}

	@Test
	void sentenceNamingTheTreatmentIsQuotedBeforeADefinition() {
		Classification tags = ketamine("NMDA receptors carry pain signals in the spine.", "It is an old drug.",
				"Ketamine blocks NMDA receptors.");

		assertThat(tags.mechanisms()).containsEntry("nmda-receptor-antagonism", List.of("Ketamine blocks NMDA receptors."));
	}

	@Test
	void aLeadingLabelIsNoEvidenceWhenAClaimFollows() {
		Classification tags = ketamine("Neural Modulation: ketamine acts on the nervous system.",
				"It raises serotonin in the brain.");

		assertThat(tags.mechanisms()).containsEntry("neurotransmitter-modulation",
				List.of("It raises serotonin in the brain."));
	}

	@Test
	void sentenceAboutOtherMedicationsIsNoEvidenceForThisTreatment() {
		Classification tags = ketamine("Think about how some other medications affect people differently.",
				"Ketamine is given in a clinic.");

		assertThat(tags.caveats()).doesNotContainKey("individual-variation");
	}

	@Test
	void sentenceAboutAnotherDrugIsNoEvidenceButOneComparingItWithThisTreatmentIs() {
		assertThat(ketamine("Morphine binds opioid receptors.", "Ketamine is given in a clinic.").mechanisms())
			.doesNotContainKey("opioid-receptor-binding");
		assertThat(ketamine("Kratom binds opioid receptors.", "Ketamine is given in a clinic.").mechanisms())
			.doesNotContainKey("opioid-receptor-binding");
		assertThat(ketamine("Like morphine, ketamine binds opioid receptors.").mechanisms())
			.containsKey("opioid-receptor-binding");
	}

	@Test
	void questionIsNoEvidence() {
		Classification tags = ketamine("Does ketamine cause side effects?");

		assertThat(tags.caveats()).doesNotContainKey("side-effects");
	}

	@Test
	void oneSentenceIsEvidenceForTwoTagsWhenEachHasWordsOfItsOwn() {
		String sentence = "Ketamine blocks NMDA receptors and raises serotonin.";

		Classification tags = ketamine(sentence);

		assertThat(tags.mechanisms()).containsEntry("nmda-receptor-antagonism", List.of(sentence))
			.containsEntry("neurotransmitter-modulation", List.of(sentence));
	}

}
