package org.paintreatment.library.taxonomy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.paintreatment.library.text.BadArticleException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The classifier's precision and recall per kind of tag on the labelled set, through the import
 * pipeline with the bundled rules; written to target/classifier-report.md and the log. The floors
 * sit a little below the figures reached, so that a rule change that loses ground fails here. The
 * phrases were tuned on this set: HeldOutSetTest gives the figures to quote.
 * Print it with {@code ./mvnw -q -o test -Dtest=LabelledSetTest}.
 */
class LabelledSetTest {

	private static final Logger logger = LoggerFactory.getLogger(LabelledSetTest.class);

	private static final Path REPORT = Path.of("target", "classifier-report.md");

	private static LabelledMeasurement measured;

	@BeforeAll
	static void classifyEveryLabelledArticle() throws IOException, BadArticleException {
		measured = LabelledMeasurement.of("labelled set", LabelledSet.FOLDER);
		logger.info("\n{}", measured.report());
		measured.writeTo(REPORT);
	}

	@Test
	void theSetHoldsAtLeastThirtyArticlesEachWithAFile() {
		assertThat(measured.articles()).hasSizeGreaterThanOrEqualTo(30)
			.allSatisfy(article -> assertThat(LabelledSet.FOLDER.resolve(article.file())).isRegularFile());
	}

	@Test
	void everyLabelIsATermOfTheTaxonomy() {
		assertThat(measured.articles()).allSatisfy(LabelledSetTest::hasOnlyTaxonomyTerms);
	}

	/** Shared with HeldOutSetTest: a label the taxonomy lacks would count as a miss that no rule can fix. */
	static void hasOnlyTaxonomyTerms(LabelledSet.Labelled article) {
		Taxonomy taxonomy = TaxonomyLoader.fromClasspath("/library/taxonomy.yml");
		List<String> treatments = taxonomy.treatments().stream().map(TermDefinition::slug).toList();
		List<String> mechanisms = taxonomy.mechanisms().stream().map(TermDefinition::slug).toList();
		List<String> caveats = taxonomy.caveats().stream().map(TermDefinition::slug).toList();
		assertThat(treatments).as(article.file()).contains(article.treatment());
		assertThat(mechanisms).as(article.file()).containsAll(article.mechanisms());
		assertThat(caveats).as(article.file()).containsAll(article.caveats());
	}

	@Test
	void treatmentsAreFoundPreciselyAndCompletely() {
		assertThat(measured.score(TermKind.TREATMENT).precision()).isGreaterThanOrEqualTo(0.95);
		assertThat(measured.score(TermKind.TREATMENT).recall()).isGreaterThanOrEqualTo(0.95);
	}

	@Test
	void mechanismsStayAboveTheirFloors() {
		assertThat(measured.score(TermKind.MECHANISM).precision()).isGreaterThanOrEqualTo(0.88);
		assertThat(measured.score(TermKind.MECHANISM).recall()).isGreaterThanOrEqualTo(0.85);
	}

	@Test
	void caveatsStayAboveTheirFloors() {
		assertThat(measured.score(TermKind.CAVEAT).precision()).isGreaterThanOrEqualTo(0.95);
		assertThat(measured.score(TermKind.CAVEAT).recall()).isGreaterThanOrEqualTo(0.84);
	}

	@Test
	void conditionsStayAboveTheirFloors() {
		assertThat(measured.score(TermKind.CONDITION).precision()).isGreaterThanOrEqualTo(0.75);
		assertThat(measured.score(TermKind.CONDITION).recall()).isGreaterThanOrEqualTo(0.65);
	}

}
