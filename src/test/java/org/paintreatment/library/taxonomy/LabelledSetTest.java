package org.paintreatment.library.taxonomy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.paintreatment.library.taxonomy.LabelledSet.Labelled;
import org.paintreatment.library.text.ArticleDraft;
import org.paintreatment.library.text.ArticleFile;
import org.paintreatment.library.text.ArticlePipeline;
import org.paintreatment.library.text.BadArticleException;
import org.paintreatment.library.text.BoilerplateRules;
import org.paintreatment.library.text.EditorialFields;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The classifier's precision and recall per kind of tag on the labelled set, through the import
 * pipeline with the bundled rules; written to target/classifier-report.md and the log. The floors
 * sit a little below the figures reached, so that a rule change that loses ground fails here.
 * Print it with {@code ./mvnw -q -o test -Dtest=LabelledSetTest}.
 */
class LabelledSetTest {

	private static final Logger logger = LoggerFactory.getLogger(LabelledSetTest.class);

	private static final Path REPORT = Path.of("target", "classifier-report.md");

	private static final ArticlePipeline PIPELINE = new ArticlePipeline(1_048_576, BoilerplateRules.fromClasspath(),
			TaxonomyLoader.fromClasspath("/library/taxonomy.yml"), "labelled");

	private static final KindScore TREATMENTS = new KindScore("treatment");

	private static final KindScore MECHANISMS = new KindScore("mechanism");

	private static final KindScore CAVEATS = new KindScore("caveat");

	private static List<Labelled> labelled;

	@BeforeAll
	static void classifyEveryLabelledArticle() throws IOException, BadArticleException {
		labelled = LabelledSet.load();
		for (Labelled article : labelled) {
			byte[] bytes = Files.readAllBytes(LabelledSet.FOLDER.resolve(article.file()));
			ArticleDraft draft = PIPELINE.process(new ArticleFile(article.file(), bytes), EditorialFields.NONE);
			TREATMENTS.add(article.file(), treatments(article.treatment()), treatments(draft.treatment()));
			MECHANISMS.add(article.file(), article.mechanisms(), draft.mechanisms().keySet());
			CAVEATS.add(article.file(), article.caveats(), draft.caveats().keySet());
		}
		String report = report();
		logger.info("\n{}", report);
		Files.createDirectories(REPORT.getParent());
		Files.writeString(REPORT, report);
	}

	/** "unclassified" is no tag: finding no treatment where there is none is right, and counts for nothing. */
	private static Set<String> treatments(String slug) {
		return Taxonomy.UNCLASSIFIED.equals(slug) ? Set.of() : Set.of(slug);
	}

	private static String report() {
		List<String> lines = new ArrayList<>();
		lines.add("# Classifier on the labelled set (" + labelled.size() + " articles)");
		lines.add("");
		lines.add("| kind | precision | recall | right | wrongly given | missed |");
		lines.add("|---|---|---|---|---|---|");
		List.of(TREATMENTS, MECHANISMS, CAVEATS).forEach(score -> lines.add(score.row()));
		lines.add("");
		List.of(TREATMENTS, MECHANISMS, CAVEATS).forEach(score -> lines.addAll(score.errors()));
		return String.join("\n", lines) + "\n";
	}

	@Test
	void theSetHoldsAtLeastThirtyArticlesEachWithAFile() {
		assertThat(labelled).hasSizeGreaterThanOrEqualTo(30)
			.allSatisfy(article -> assertThat(LabelledSet.FOLDER.resolve(article.file())).isRegularFile());
	}

	@Test
	void everyLabelIsATermOfTheTaxonomy() {
		Taxonomy taxonomy = TaxonomyLoader.fromClasspath("/library/taxonomy.yml");
		List<String> treatments = taxonomy.treatments().stream().map(TermDefinition::slug).toList();
		List<String> mechanisms = taxonomy.mechanisms().stream().map(TermDefinition::slug).toList();
		List<String> caveats = taxonomy.caveats().stream().map(TermDefinition::slug).toList();

		assertThat(labelled).allSatisfy(article -> {
			assertThat(treatments).as(article.file()).contains(article.treatment());
			assertThat(mechanisms).as(article.file()).containsAll(article.mechanisms());
			assertThat(caveats).as(article.file()).containsAll(article.caveats());
		});
	}

	@Test
	void treatmentsAreFoundPreciselyAndCompletely() {
		assertThat(TREATMENTS.precision()).isGreaterThanOrEqualTo(0.95);
		assertThat(TREATMENTS.recall()).isGreaterThanOrEqualTo(0.95);
	}

	@Test
	void mechanismsStayAboveTheirFloors() {
		assertThat(MECHANISMS.precision()).isGreaterThanOrEqualTo(0.88);
		assertThat(MECHANISMS.recall()).isGreaterThanOrEqualTo(0.85);
	}

	@Test
	void caveatsStayAboveTheirFloors() {
		assertThat(CAVEATS.precision()).isGreaterThanOrEqualTo(0.95);
		assertThat(CAVEATS.recall()).isGreaterThanOrEqualTo(0.84);
	}

}
