package org.paintreatment.library.taxonomy;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.paintreatment.library.text.BadArticleException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The classifier's precision and recall per kind of tag on the held-out set: articles no phrase was
 * written against, so these are the figures that say how it does on a new article. Written to
 * target/classifier-report-heldout.md and the log. The floors sit well below the figures measured and
 * only catch a collapse; raising them by tuning phrases on these articles would spoil the set.
 * Print it with {@code ./mvnw -q -o test -Dtest=HeldOutSetTest}.
 */
class HeldOutSetTest {

	private static final Logger logger = LoggerFactory.getLogger(HeldOutSetTest.class);

	private static final Path REPORT = Path.of("target", "classifier-report-heldout.md");

	private static LabelledMeasurement measured;

	@BeforeAll
	static void classifyEveryHeldOutArticle() throws IOException, BadArticleException {
		measured = LabelledMeasurement.of("held-out set", LabelledSet.HELD_OUT);
		logger.info("\n{}", measured.report());
		measured.writeTo(REPORT);
	}

	@Test
	void theSetHoldsAtLeastTwentyArticlesEachWithAFile() {
		assertThat(measured.articles()).hasSizeGreaterThanOrEqualTo(20)
			.allSatisfy(article -> assertThat(LabelledSet.HELD_OUT.resolve(article.file())).isRegularFile());
	}

	@Test
	void everyLabelIsATermOfTheTaxonomy() {
		assertThat(measured.articles()).allSatisfy(LabelledSetTest::hasOnlyTaxonomyTerms);
	}

	@Test
	void treatmentsHaveNotCollapsed() {
		assertThat(measured.score(TermKind.TREATMENT).precision()).isGreaterThanOrEqualTo(0.90);
		assertThat(measured.score(TermKind.TREATMENT).recall()).isGreaterThanOrEqualTo(0.77);
	}

	@Test
	void mechanismsHaveNotCollapsed() {
		assertThat(measured.score(TermKind.MECHANISM).precision()).isGreaterThanOrEqualTo(0.84);
		assertThat(measured.score(TermKind.MECHANISM).recall()).isGreaterThanOrEqualTo(0.55);
	}

	@Test
	void caveatsHaveNotCollapsed() {
		assertThat(measured.score(TermKind.CAVEAT).precision()).isGreaterThanOrEqualTo(0.80);
		assertThat(measured.score(TermKind.CAVEAT).recall()).isGreaterThanOrEqualTo(0.47);
	}

	@Test
	void conditionsHaveNotCollapsed() {
		assertThat(measured.score(TermKind.CONDITION).precision()).isGreaterThanOrEqualTo(0.90);
		assertThat(measured.score(TermKind.CONDITION).recall()).isGreaterThanOrEqualTo(0.65);
	}

}
