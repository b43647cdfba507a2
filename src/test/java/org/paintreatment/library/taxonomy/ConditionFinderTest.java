package org.paintreatment.library.taxonomy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How much mention makes an article about a condition, on the bundled taxonomy's phrases.
 */
class ConditionFinderTest {

	private static final Classifier CLASSIFIER = new Classifier(TaxonomyLoader.fromClasspath("/library/taxonomy.yml"));

	private static Map<String, ConditionTag> conditionsOf(String title, List<String> sentences) {
		return CLASSIFIER.classify(title, sentences)
			.conditions()
			.stream()
			.collect(Collectors.toMap(ConditionTag::slug, Function.identity()));
	}

	private static List<String> times(int count, String sentence) {
		List<String> sentences = new ArrayList<>();
		for (int index = 0; index < count; index++) {
			sentences.add(sentence.replace("#", String.valueOf(index + 1)));
		}
		return sentences;
	}

	@Test
	void articleNamingAConditionInThreeSentencesIsAboutIt() {
		Map<String, ConditionTag> found = conditionsOf("Acupuncture explained",
				List.of("Many people live with rheumatoid arthritis.", "Needles may ease stiff, arthritic knees.",
						"Trials in osteoarthritis are small.", "Sessions last an hour."));

		assertThat(found.get("arthritis").strength()).isEqualTo(ConditionStrength.ABOUT);
		assertThat(found.get("arthritis").evidence()).containsExactly("Many people live with rheumatoid arthritis.",
				"Needles may ease stiff, arthritic knees.", "Trials in osteoarthritis are small.");
	}

	@Test
	void conditionNamedInTwoSentencesIsOnlyMentioned() {
		Map<String, ConditionTag> found = conditionsOf("Acupuncture explained",
				List.of("Some readers have fibromyalgia.", "Fibromyalgia is hard to treat.", "Sessions last an hour."));

		assertThat(found.get("fibromyalgia").strength()).isEqualTo(ConditionStrength.MENTIONED);
	}

	@Test
	void titleNamingAConditionMakesItTheMainTopic() {
		Map<String, ConditionTag> found = conditionsOf("Can TENS help sciatica?",
				List.of("The pads sit on the skin.", "It tingles."));

		assertThat(found.get("low-back-pain").strength()).isEqualTo(ConditionStrength.ABOUT);
		assertThat(found.get("low-back-pain").evidence()).containsExactly("Can TENS help sciatica?");
	}

	@Test
	void titleListingManyConditionsMakesNoneOfThemTheMainTopic() {
		Map<String, ConditionTag> found = conditionsOf("Ketamine for migraine, fibromyalgia, arthritis and more",
				List.of("The drug is cheap.", "It is given in a clinic."));

		assertThat(found).containsOnlyKeys("migraine-and-headache", "fibromyalgia", "arthritis");
		assertThat(found.values()).allMatch(tag -> tag.strength() == ConditionStrength.MENTIONED);
	}

	@Test
	void oneSentenceListingManyConditionsMentionsEachAndIsAboutNone() {
		List<String> sentences = new ArrayList<>(times(3,
				"It has been tried for migraine, fibromyalgia, arthritis, neuropathy and cancer pain (trial #)."));
		sentences.add("The drug is cheap.");

		Map<String, ConditionTag> found = conditionsOf("A drug", sentences);

		assertThat(found).containsKeys("migraine-and-headache", "fibromyalgia", "arthritis", "neuropathic-pain",
				"cancer-pain");
		assertThat(found.values()).allMatch(tag -> tag.strength() == ConditionStrength.MENTIONED);
	}

	@Test
	void depressionAsASideNoteOfAMigraineArticleIsOnlyMentioned() {
		List<String> sentences = new ArrayList<>(times(14, "Migraine attack number # lasted a day."));
		sentences.addAll(times(3, "Low mood and depression can follow attack #."));

		Map<String, ConditionTag> found = conditionsOf("Living with attacks", sentences);

		assertThat(found.get("migraine-and-headache").strength()).isEqualTo(ConditionStrength.ABOUT);
		assertThat(found.get("depression-and-anxiety").strength()).isEqualTo(ConditionStrength.MENTIONED);
	}

	@Test
	void twoConditionsDiscussedAlikeAreBothMainTopics() {
		List<String> sentences = new ArrayList<>(times(5, "Nerve pain flare # was milder."));
		sentences.addAll(times(4, "Cancer patients in group # slept better."));

		Map<String, ConditionTag> found = conditionsOf("A report", sentences);

		assertThat(found.get("neuropathic-pain").isAbout()).isTrue();
		assertThat(found.get("cancer-pain").isAbout()).isTrue();
	}

	@Test
	void sideNotePhraseMakesTheMentionWeak() {
		Map<String, ConditionTag> found = conditionsOf("Ketamine infusions",
				times(4, "Ketamine has also been used for depression in study #."));

		assertThat(found.get("depression-and-anxiety").strength()).isEqualTo(ConditionStrength.MENTIONED);
	}

	@Test
	void negatedConditionIsNotTagged() {
		Map<String, ConditionTag> found = conditionsOf("Kratom", times(4, "The volunteers had no arthritis (group #)."));

		assertThat(found).doesNotContainKey("arthritis");
	}

	@Test
	void lookAlikeInTheExceptionsIsNotTheCondition() {
		Map<String, ConditionTag> found = conditionsOf("Opioids and kratom",
				times(4, "High doses can cause respiratory depression (case #)."));

		assertThat(found).doesNotContainKey("depression-and-anxiety");
	}

	@Test
	void headacheListedAsASideEffectIsNoHeadacheTopic() {
		Map<String, ConditionTag> found = conditionsOf("Ketamine",
				times(4, "Side effects include nausea and headache (report #)."));

		assertThat(found).doesNotContainKey("migraine-and-headache");
	}

	@Test
	void broadConditionYieldsToTheNarrowerOneNamedInsideItsPhrase() {
		Map<String, ConditionTag> found = conditionsOf("Yoga in a trial",
				times(3, "Adults with chronic low back pain did yoga for # weeks."));

		assertThat(found.get("low-back-pain").isAbout()).isTrue();
		assertThat(found).doesNotContainKey("chronic-pain");
	}

	@Test
	void broadConditionNamedBesideAnotherStillCounts() {
		Map<String, ConditionTag> found = conditionsOf("Ketamine in a trial",
				times(3, "Patients with chronic pain and depression came in week #."));

		assertThat(found.get("chronic-pain").isAbout()).isTrue();
		assertThat(found.get("depression-and-anxiety").isAbout()).isTrue();
	}

	@Test
	void broadConditionCoordinatedWithAnotherInsideItsPhraseStillCounts() {
		Map<String, ConditionTag> found = conditionsOf("Kratom and pain",
				times(3, "People use it for chronic or acute pain, survey #."));

		assertThat(found.get("chronic-pain").isAbout()).isTrue();
	}

	@Test
	void narrowConditionsNamedTogetherAreBothTheTopic() {
		Map<String, ConditionTag> found = conditionsOf("Massage for back and neck pain", List.of("Book a session."));

		assertThat(found.get("low-back-pain").isAbout()).isTrue();
		assertThat(found.get("neck-and-shoulder-pain").isAbout()).isTrue();
	}

	@Test
	void painAfterAnOperationOfAnyKindIsPostOperativePain() {
		Map<String, ConditionTag> found = conditionsOf("Ketamine in the theatre",
				List.of("Pain after knee surgery is common.", "Nurses measured it after each operation.",
						"It was worse after major spinal surgery."));

		assertThat(found.get("acute-and-post-operative-pain").isAbout()).isTrue();
	}

	@Test
	void conditionsComeInTheTaxonomyOrder() {
		List<String> sentences = new ArrayList<>(times(3, "Depression rose in year #."));
		sentences.addAll(times(3, "Migraine fell in year #."));
		Collections.reverse(sentences);

		List<String> slugs = CLASSIFIER.classify("Trends", sentences).conditions().stream().map(ConditionTag::slug).toList();

		assertThat(slugs).containsExactly("migraine-and-headache", "depression-and-anxiety");
	}

}
