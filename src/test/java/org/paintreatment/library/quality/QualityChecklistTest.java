package org.paintreatment.library.quality;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.paintreatment.library.taxonomy.Classification;
import org.paintreatment.library.taxonomy.SourceType;

import static org.assertj.core.api.Assertions.assertThat;

class QualityChecklistTest {

	private static final QualityChecklist CHECKLIST = new QualityChecklist(QualityRules.fromClasspath());

	private static final Classification NO_TAGS = new Classification("unclassified", Map.of(), Map.of());

	private static QualityReport assess(String... sentences) {
		return CHECKLIST.assess(facts(null, null, null, null, SourceType.UNKNOWN, NO_TAGS, sentences));
	}

	private static ArticleFacts facts(String author, String site, LocalDate published, LocalDate reviewed,
			SourceType type, Classification tags, String... sentences) {
		return new ArticleFacts(author, site, null, published, reviewed, type, Arrays.asList(sentences),
				Arrays.asList(sentences), tags);
	}

	private static Check check(QualityReport report, Question question) {
		return report.check(question).orElseThrow();
	}

	@Test
	void everyQuestionIsAnsweredOnceInTheInstrumentsOrder() {
		assertThat(assess("Some text.").checks()).extracting(Check::question).containsExactly(Question.values());
	}

	@Nested
	class Authorship {

		@Test
		void anAuthorWithCredentialsMeetsIt() {
			Check check = check(CHECKLIST.assess(facts("Jane Doe, MD", null, null, null, SourceType.UNKNOWN, NO_TAGS, "Text.")),
					Question.AUTHORSHIP);
			assertThat(check.answer()).isEqualTo(Answer.YES);
			assertThat(check.support()).isEqualTo("Author: Jane Doe, MD");
		}

		@Test
		void aDoctorsTitleCountsAsACredential() {
			assertThat(check(CHECKLIST.assess(facts("Dr. Amal Khan", null, null, null, SourceType.UNKNOWN, NO_TAGS, "Text.")),
					Question.AUTHORSHIP).answer()).isEqualTo(Answer.YES);
		}

		@Test
		void aNameAloneMeetsItPartly() {
			Check check = check(CHECKLIST.assess(facts("Sarah", null, null, null, SourceType.UNKNOWN, NO_TAGS, "Text.")),
					Question.AUTHORSHIP);
			assertThat(check.answer()).isEqualTo(Answer.PARTLY);
			assertThat(check.support()).startsWith("Author: Sarah");
		}

		@Test
		void noAuthorIsNo() {
			assertThat(check(assess("Text."), Question.AUTHORSHIP).answer()).isEqualTo(Answer.NO);
		}

	}

	@Nested
	class AttributionAndSources {

		@Test
		void twoFormalReferencesMeetBoth() {
			QualityReport report = assess("Pain fell by a third in one trial (Smith et al., 2019).",
					"A later review found the same (Jones, 2021).");
			assertThat(check(report, Question.ATTRIBUTION).answer()).isEqualTo(Answer.YES);
			assertThat(check(report, Question.ATTRIBUTION).support()).contains("Smith et al.");
			assertThat(check(report, Question.SOURCES).answer()).isEqualTo(Answer.YES);
		}

		@Test
		void aSourceNamedInPassingIsPartly() {
			QualityReport report = assess("According to researchers in Ohio, the effect fades after a week.",
					"Many people like it.");
			assertThat(check(report, Question.ATTRIBUTION).answer()).isEqualTo(Answer.PARTLY);
			assertThat(check(report, Question.SOURCES).answer()).isEqualTo(Answer.PARTLY);
			assertThat(check(report, Question.SOURCES).support()).startsWith("According to researchers");
		}

		@Test
		void twoSourcesNamedWithoutReferencesMeetSourcesButAttributionOnlyPartly() {
			QualityReport report = assess("A study from a Danish university followed 200 patients.",
					"Researchers found that most slept better.");
			assertThat(check(report, Question.SOURCES).answer()).isEqualTo(Answer.YES);
			assertThat(check(report, Question.ATTRIBUTION).answer()).isEqualTo(Answer.PARTLY);
		}

		@Test
		void noSourceIsNo() {
			QualityReport report = assess("It works for many people.", "Try it today.");
			assertThat(check(report, Question.ATTRIBUTION).answer()).isEqualTo(Answer.NO);
			assertThat(check(report, Question.SOURCES).answer()).isEqualTo(Answer.NO);
		}

	}

	@Nested
	class Dates {

		@Test
		void aDatedSourceMeetsDiscernFive() {
			Check check = check(assess("A 2019 review found that relief lasted about two weeks."), Question.DATES);
			assertThat(check.answer()).isEqualTo(Answer.YES);
			assertThat(check.support()).startsWith("A 2019 review");
		}

		@Test
		void aYearOutsideASourceSentenceDoesNotDateTheSources() {
			assertThat(check(assess("It has been used as an anaesthetic since the 1960s."), Question.DATES).answer())
				.isEqualTo(Answer.NO);
		}

		@Test
		void aDatedPageWithUndatedSourcesIsPartly() {
			Check check = check(CHECKLIST.assess(facts(null, null, LocalDate.of(2024, 1, 31), null, SourceType.UNKNOWN,
					NO_TAGS, "Studies show it helps.")), Question.DATES);
			assertThat(check.answer()).isEqualTo(Answer.PARTLY);
			assertThat(check.support()).startsWith("Published: 2024-01-31");
		}

	}

	@Nested
	class CurrencyAndDisclosure {

		@Test
		void publishedAndReviewedMeetCurrency() {
			Check check = check(CHECKLIST.assess(facts(null, null, LocalDate.of(2024, 1, 31), LocalDate.of(2025, 3, 1),
					SourceType.UNKNOWN, NO_TAGS, "Text.")), Question.CURRENCY);
			assertThat(check.answer()).isEqualTo(Answer.YES);
			assertThat(check.support()).isEqualTo("Published: 2024-01-31; Reviewed: 2025-03-01");
		}

		@Test
		void oneDateIsPartlyAndNoneIsNo() {
			assertThat(check(CHECKLIST.assess(facts(null, null, LocalDate.of(2024, 1, 31), null, SourceType.UNKNOWN, NO_TAGS,
					"Text.")), Question.CURRENCY).answer()).isEqualTo(Answer.PARTLY);
			assertThat(check(assess("Text."), Question.CURRENCY).answer()).isEqualTo(Answer.NO);
		}

		@Test
		void aSponsorshipStatementMeetsDisclosure() {
			Check check = check(assess("This article was sponsored by a device maker.", "TENS may help."),
					Question.DISCLOSURE);
			assertThat(check.answer()).isEqualTo(Answer.YES);
			assertThat(check.support()).isEqualTo("This article was sponsored by a device maker.");
		}

		@Test
		void aKnownSiteIsPartlyDisclosed() {
			Check check = check(CHECKLIST.assess(facts(null, "Example Health", null, null, SourceType.UNKNOWN, NO_TAGS,
					"Text.")), Question.DISCLOSURE);
			assertThat(check.answer()).isEqualTo(Answer.PARTLY);
			assertThat(check.support()).startsWith("Site: Example Health");
		}

		@Test
		void aClinicSpeakingForItselfShowsItsOwnerPartly() {
			assertThat(check(assess("At our clinic we offer infusions every week."), Question.DISCLOSURE).answer())
				.isEqualTo(Answer.PARTLY);
		}

		@Test
		void nothingKnownIsNo() {
			assertThat(check(assess("It helps."), Question.DISCLOSURE).answer()).isEqualTo(Answer.NO);
		}

	}

	@Nested
	class Content {

		@Test
		void sideEffectsNamedAsWhatTheyAreDescribeRisks() {
			Check check = check(assess("Some people feel dizzy or sick afterwards.", "Bruising and soreness at the needle sites are common."),
					Question.RISKS);
			assertThat(check.answer()).isEqualTo(Answer.YES);
		}

		@Test
		void oneRiskSentenceIsPartly() {
			assertThat(check(assess("Nausea can follow a session.", "Most people enjoy it."), Question.RISKS).answer())
				.isEqualTo(Answer.PARTLY);
		}

		@Test
		void aClaimedAbsenceOfSideEffectsIsNoRisk() {
			QualityReport report = assess("Users report relief without the side effects of synthetic drugs.");
			assertThat(check(report, Question.RISKS).answer()).isEqualTo(Answer.NO);
			assertThat(report.hype()).extracting(HypeFlag::sentence)
				.containsExactly("Users report relief without the side effects of synthetic drugs.");
		}

		@Test
		void aDoubleNegationNamesTheRisk() {
			assertThat(check(assess("The treatment is not without risks.", "Most people enjoy it."), Question.RISKS).answer())
				.isEqualTo(Answer.PARTLY);
			assertThat(check(assess("The treatment is without risks.", "Most people enjoy it."), Question.RISKS).answer())
				.isEqualTo(Answer.NO);
		}

		@Test
		void aCaveatTagsEvidenceCountsAsARisk() {
			Map<String, List<String>> caveats = new LinkedHashMap<>();
			caveats.put("dependence-risk", List.of("Regular use can lead to dependence."));
			caveats.put("side-effects", List.of("Adverse reactions are rare."));
			Classification tags = new Classification("kratom", Map.of(), caveats);
			assertThat(check(CHECKLIST.assess(facts(null, null, null, null, SourceType.UNKNOWN, tags, "Other text.")),
					Question.RISKS).answer()).isEqualTo(Answer.YES);
		}

		@Test
		void benefitsInOtherWordsCount() {
			assertThat(check(assess("Many patients find their pain eases within hours.", "It can improve sleep."),
					Question.BENEFITS).answer()).isEqualTo(Answer.YES);
			assertThat(check(assess("The needles are thin."), Question.BENEFITS).answer()).isEqualTo(Answer.NO);
		}

		@Test
		void uncertaintyInOtherWords() {
			QualityReport report = assess("How it works is not fully understood.", "Results vary and the evidence is limited.");
			assertThat(check(report, Question.UNCERTAINTY).answer()).isEqualTo(Answer.YES);
			assertThat(check(assess("It is not fully understood."), Question.UNCERTAINTY).answer()).isEqualTo(Answer.PARTLY);
			assertThat(check(assess("It works."), Question.UNCERTAINTY).answer()).isEqualTo(Answer.NO);
		}

		@Test
		void otherChoicesAndLifeWithoutTreatment() {
			QualityReport report = assess("It is often combined with physical therapy.",
					"Left untreated, migraines can become more frequent.");
			assertThat(check(report, Question.CHOICES).answer()).isEqualTo(Answer.YES);
			assertThat(check(assess("Ask about other options."), Question.CHOICES).answer()).isEqualTo(Answer.PARTLY);
			assertThat(check(assess("Ketamine is given by infusion."), Question.CHOICES).answer()).isEqualTo(Answer.NO);
		}

		@Test
		void howItWorksComesFromTheMechanismTags() {
			Map<String, List<String>> two = new LinkedHashMap<>();
			two.put("endorphin-release", List.of("Needling releases endorphins."));
			two.put("gate-control", List.of("It closes the pain gate."));
			Check yes = check(CHECKLIST.assess(facts(null, null, null, null, SourceType.UNKNOWN,
					new Classification("acupuncture", two, Map.of()), "Text.")), Question.HOW_IT_WORKS);
			assertThat(yes.answer()).isEqualTo(Answer.YES);
			assertThat(yes.support()).isEqualTo("Needling releases endorphins.");
			Check partly = check(CHECKLIST.assess(facts(null, null, null, null, SourceType.UNKNOWN,
					new Classification("acupuncture", Map.of("gate-control", List.of("It closes the gate.")), Map.of()),
					"Text.")), Question.HOW_IT_WORKS);
			assertThat(partly.answer()).isEqualTo(Answer.PARTLY);
			assertThat(check(assess("Text."), Question.HOW_IT_WORKS).answer()).isEqualTo(Answer.NO);
		}

	}

	@Nested
	class Balance {

		@Test
		void benefitsAndRisksWithoutHypeOrSalesAreBalanced() {
			assertThat(check(assess("It may relieve pain.", "It can cause nausea."), Question.BALANCE).answer())
				.isEqualTo(Answer.YES);
		}

		@Test
		void hypeIsUnbalanced() {
			Check check = check(assess("It may relieve pain.", "It can cause nausea.", "A true miracle for sufferers."),
					Question.BALANCE);
			assertThat(check.answer()).isEqualTo(Answer.NO);
			assertThat(check.support()).isEqualTo("A true miracle for sufferers.");
		}

		@Test
		void salesWordingOrNoRisksIsPartly() {
			assertThat(check(assess("It may relieve pain.", "It can cause nausea.", "Book an appointment today."),
					Question.BALANCE).answer()).isEqualTo(Answer.PARTLY);
			assertThat(check(assess("It may relieve pain."), Question.BALANCE).answer()).isEqualTo(Answer.PARTLY);
		}

		@Test
		void aProviderPageIsAtMostPartly() {
			assertThat(check(CHECKLIST.assess(facts(null, null, null, null, SourceType.PROVIDER, NO_TAGS,
					"It may relieve pain.", "It can cause nausea.")), Question.BALANCE).answer()).isEqualTo(Answer.PARTLY);
		}

	}

	@Nested
	class Hype {

		@Test
		void promisesAreFlaggedWithTheirSentence() {
			QualityReport report = assess("This wonder drug changed my life.", "It is completely safe.",
					"A game-changing therapy.", "Some call it a breakthrough.", "It can cure migraines.");
			assertThat(report.hype()).extracting(HypeFlag::phrase)
				.containsExactly("wonder drug", "completely safe", "game changing", "breakthrough", "cure");
		}

		@Test
		void aDeniedPromiseIsNotHype() {
			QualityReport report = assess("There is no cure for fibromyalgia.", "Ketamine is not a cure.",
					"It isn't completely safe.", "It is not without side effects.", "We cannot guarantee results.");
			assertThat(report.hype()).isEmpty();
		}

		@Test
		void breakthroughPainIsAKindOfPainNotHype() {
			assertThat(assess("Some patients have breakthrough pain between doses.").hype()).isEmpty();
		}

		@Test
		void sayingThereAreNoSideEffectsIsHype() {
			assertThat(assess("Patients report no side effects at all.").hype()).extracting(HypeFlag::phrase)
				.containsExactly("no side effect");
		}

	}

	@Test
	void theReadingGradeIsMeasuredOnTheProse() {
		QualityReport report = CHECKLIST.assess(new ArticleFacts(null, null, null, null, null, SourceType.UNKNOWN,
				List.of("Heading", "The cat sat on the mat."), List.of("The cat sat on the mat."), NO_TAGS));
		assertThat(report.readingGrade()).isEqualTo(0.0);
		assertThat(report.hardToRead()).isFalse();
	}

}
