package org.paintreatment.library;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.paintreatment.library.article.Article;
import org.paintreatment.library.article.ArticleRepository;
import org.paintreatment.library.article.ArticleRow;
import org.paintreatment.library.article.ImportState;
import org.paintreatment.library.importer.ImportReport;
import org.paintreatment.library.importer.LibraryImporter;
import org.paintreatment.library.kernel.Slugs;
import org.paintreatment.library.support.LibraryTest;
import org.paintreatment.library.taxonomy.TaxonomyLoader;
import org.paintreatment.library.taxonomy.TermDefinition;
import org.paintreatment.library.taxonomy.store.CaveatRepository;
import org.paintreatment.library.taxonomy.store.MechanismRepository;
import org.paintreatment.library.taxonomy.store.TaxonomyTerm;
import org.paintreatment.library.taxonomy.store.TreatmentRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Boots the application on the real seeds folder, as it starts in production.
 */
@LibraryTest
class SeedLibraryTest {

	@Autowired
	private ArticleRepository articles;

	@Autowired
	private TreatmentRepository treatments;

	@Autowired
	private MechanismRepository mechanisms;

	@Autowired
	private CaveatRepository caveats;

	@Autowired
	private LibraryImporter importer;

	@Autowired
	private PlatformTransactionManager transactionManager;

	@Test
	void fiveSeedArticlesAreImportedAtStartup() {
		assertThat(articles.count()).isEqualTo(5);
		assertThat(articles.findAllSourceFiles()).hasSize(5).allSatisfy(file -> assertThat(file).matches("00[0-4]_.*\\.txt"));
	}

	@Test
	void articlesAreOneAcupunctureOneKratomAndThreeKetamine() {
		Map<String, Long> byTreatment = articles.findAllRows()
			.stream()
			.collect(Collectors.groupingBy(ArticleRow::treatment, Collectors.counting()));

		assertThat(byTreatment).containsExactlyInAnyOrderEntriesOf(Map.of("acupuncture", 1L, "kratom", 1L, "ketamine", 3L));
	}

	@Test
	void slugsAreValidAndDistinct() {
		List<String> slugs = articles.findAllRows().stream().map(ArticleRow::slug).toList();

		assertThat(slugs).hasSize(5).doesNotHaveDuplicates().allSatisfy(slug -> assertThat(Slugs.isValid(slug)).isTrue());
		assertThat(articles.existsBySlug("can-acupuncture-relieve-pain-right-away")).isTrue();
	}

	@Test
	void taxonomyIsStoredWithTheRequiredTerms() {
		assertThat(List.of("acupuncture", "kratom", "ketamine", "unclassified"))
			.allSatisfy(slug -> assertThat(treatments.findBySlug(slug)).as(slug).isPresent());
		assertThat(List.of("endorphin-release", "neurotransmitter-modulation", "relaxation-response", "improved-blood-flow",
				"opioid-receptor-binding", "nmda-receptor-antagonism", "anti-inflammatory-action"))
			.allSatisfy(slug -> assertThat(mechanisms.findBySlug(slug)).as(slug).isPresent());
		assertThat(List.of("individual-variation", "gradual-relief", "consult-a-professional", "legal-status-varies",
				"more-research-needed", "side-effects", "medical-supervision", "not-fda-approved", "promotional-source"))
			.allSatisfy(slug -> assertThat(caveats.findBySlug(slug)).as(slug).isPresent());
	}

	@Test
	void storedTaxonomyFollowsTheFileInOrderNameAndDescription() {
		var taxonomy = TaxonomyLoader.fromClasspath("/library/taxonomy.yml");

		assertThat(treatments.findAllByOrderByPositionAsc()).extracting(TaxonomyTerm::getSlug)
			.containsExactlyElementsOf(taxonomy.treatments().stream().map(TermDefinition::slug).toList());
		assertThat(mechanisms.findAllByOrderByPositionAsc()).extracting(TaxonomyTerm::getSlug)
			.containsExactlyElementsOf(taxonomy.mechanisms().stream().map(TermDefinition::slug).toList());
		assertThat(caveats.findAllByOrderByPositionAsc()).extracting(TaxonomyTerm::getSlug)
			.containsExactlyElementsOf(taxonomy.caveats().stream().map(TermDefinition::slug).toList());
		assertThat(treatments.findBySlug("ketamine")).hasValueSatisfying(ketamine -> {
			assertThat(ketamine.getName()).isEqualTo("Ketamine");
			assertThat(ketamine.getDescription()).startsWith("An anaesthetic");
		});
	}

	@Test
	void storedTagsOfTheAcupunctureArticleCarryTheirEvidence() {
		new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
			Article article = articles.findBySlug("can-acupuncture-relieve-pain-right-away").orElseThrow();
			Map<String, List<String>> mechanismEvidence = article.getMechanisms()
				.stream()
				.collect(Collectors.toMap(tag -> tag.getMechanism().getSlug(), tag -> tag.getSentences()));

			assertThat(article.getTreatment().getSlug()).isEqualTo("acupuncture");
			assertThat(mechanismEvidence).containsKeys("endorphin-release", "neurotransmitter-modulation",
					"relaxation-response", "improved-blood-flow");
			assertThat(article.getCaveats()).extracting(tag -> tag.getCaveat().getSlug())
				.contains("individual-variation", "gradual-relief", "consult-a-professional")
				.doesNotContain("legal-status-varies");
			assertThat(mechanismEvidence.values()).allSatisfy(sentences -> assertThat(sentences)
				.allSatisfy(sentence -> assertThat(article.getPlainText()).contains(sentence)));
		});
	}

	@Test
	void importingTheSeedsAgainFindsEveryArticleUnchanged() {
		Map<String, String> slugsBefore = slugsByFile();

		ImportReport report = importer.importAll();

		assertThat(report.unchanged()).hasSize(5);
		assertThat(report.imported()).isEmpty();
		assertThat(report.updated()).isEmpty();
		assertThat(report.skipped()).isEmpty();
		assertThat(report.removed()).isEmpty();
		assertThat(slugsByFile()).isEqualTo(slugsBefore);
	}

	private Map<String, String> slugsByFile() {
		return articles.findAllImportStates()
			.stream()
			.map(ImportState::sourceFile)
			.collect(Collectors.toMap(file -> file, file -> articles.findBySourceFile(file).orElseThrow().getSlug()));
	}


}
