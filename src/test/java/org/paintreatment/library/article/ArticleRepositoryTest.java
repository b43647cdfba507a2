package org.paintreatment.library.article;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import jakarta.persistence.PersistenceException;
import org.hibernate.Hibernate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.paintreatment.library.support.DatabaseTest;
import org.paintreatment.library.taxonomy.Taxonomy;
import org.paintreatment.library.taxonomy.TaxonomyLoader;
import org.paintreatment.library.taxonomy.store.Caveat;
import org.paintreatment.library.taxonomy.store.CaveatRepository;
import org.paintreatment.library.taxonomy.store.Mechanism;
import org.paintreatment.library.taxonomy.store.MechanismRepository;
import org.paintreatment.library.taxonomy.store.TaxonomyStore;
import org.paintreatment.library.taxonomy.store.TaxonomyStore.TermIds;
import org.paintreatment.library.taxonomy.store.TaxonomyTerm;
import org.paintreatment.library.taxonomy.store.Treatment;
import org.paintreatment.library.taxonomy.store.TreatmentRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The repositories and the taxonomy store on H2, with the schema Flyway builds.
 */
@DataJpaTest(properties = "library.test.schema=repository_test")
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@DatabaseTest
@Import(TaxonomyStore.class)
class ArticleRepositoryTest {

	private static final Taxonomy TAXONOMY = TaxonomyLoader.fromClasspath("/library/taxonomy.yml");

	@Autowired
	private ArticleRepository articles;

	@Autowired
	private TaxonomyStore taxonomyStore;

	@Autowired
	private TreatmentRepository treatments;

	@Autowired
	private MechanismRepository mechanisms;

	@Autowired
	private CaveatRepository caveats;

	@Autowired
	private TestEntityManager entityManager;

	private TermIds terms;

	@BeforeEach
	void storeTheTaxonomy() {
		terms = taxonomyStore.sync(TAXONOMY);
	}

	private Treatment treatment(String slug) {
		return treatments.findBySlug(slug).orElseThrow();
	}

	private Mechanism mechanism(String slug) {
		return mechanisms.findBySlug(slug).orElseThrow();
	}

	private Caveat caveat(String slug) {
		return caveats.findBySlug(slug).orElseThrow();
	}

	private Article newArticle(String slug, String file, String title, String treatment) {
		Article article = new Article(slug, file);
		article.update(new ArticleContent(title, "Summary of " + title + ".", "<p>" + title + "</p>", title + " text.",
				"a".repeat(64), "b".repeat(64), 3, 1), treatment(treatment), Instant.parse("2025-01-02T03:04:05Z"));
		return article;
	}

	private long rows(String table) {
		return ((Number) entityManager.getEntityManager().createNativeQuery("select count(*) from " + table).getSingleResult())
			.longValue();
	}

	/** The versions of the migration files, V1__…sql, V2__…sql and so on. */
	private static String[] migrationVersions() {
		try (var files = java.nio.file.Files.list(java.nio.file.Path.of("src/main/resources/db/migration"))) {
			return files.map(file -> file.getFileName().toString())
				.filter(name -> name.matches("V\\d+__.*\\.sql"))
				.map(name -> name.substring(1, name.indexOf("__")))
				.toArray(String[]::new);
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Test
	void flywayBuiltTheSchema() {
		List<?> versions = entityManager.getEntityManager()
			.createNativeQuery("select \"version\" from \"flyway_schema_history\" where \"success\" = true"
					+ " and \"version\" is not null")
			.getResultList();

		assertThat(versions).extracting(String::valueOf).containsExactlyInAnyOrder(migrationVersions());
	}

	@Test
	void syncStoresEveryTermInTheOrderOfTheFile() {
		assertThat(treatments.findAllByOrderByPositionAsc()).extracting(TaxonomyTerm::getSlug)
			.containsExactly("acupuncture", "kratom", "ketamine", "tens", "cannabis", "unclassified");
		assertThat(mechanisms.findAllByOrderByPositionAsc()).hasSize(TAXONOMY.mechanisms().size());
		assertThat(caveats.findAllByOrderByPositionAsc()).hasSize(TAXONOMY.caveats().size());
		assertThat(terms.treatments()).containsOnlyKeys("acupuncture", "kratom", "ketamine", "tens", "cannabis",
				"unclassified");
		assertThat(terms.treatments().get("kratom")).isEqualTo(treatment("kratom").getId());
		assertThat(terms.mechanisms().get("endorphin-release")).isEqualTo(mechanism("endorphin-release").getId());
	}

	@Test
	void syncingAgainKeepsTheIds() {
		TermIds again = taxonomyStore.sync(TAXONOMY);

		assertThat(again).isEqualTo(terms);
		assertThat(treatments.findAllByOrderByPositionAsc()).hasSize(TAXONOMY.treatments().size());
	}

	@Test
	void syncingAnEditedTaxonomyUpdatesTermsAndKeepsThoseThatLeft() {
		Taxonomy edited = TaxonomyLoader.load(new ByteArrayInputStream("""
				treatments:
				  - {slug: kratom, name: Kratom leaf, description: Edited., phrases: [kratom]}
				  - {slug: acupuncture, name: Acupuncture, description: Needles., phrases: [acupuncture]}
				mechanisms: []
				caveats: []
				""".getBytes(StandardCharsets.UTF_8)), "edited");

		TermIds ids = taxonomyStore.sync(edited);
		entityManager.flush();
		entityManager.clear();

		assertThat(ids.treatments().get("kratom")).isEqualTo(terms.treatments().get("kratom"));
		assertThat(treatment("kratom").getName()).isEqualTo("Kratom leaf");
		assertThat(treatment("kratom").getDescription()).isEqualTo("Edited.");
		assertThat(treatment("kratom").getPosition()).isZero();
		assertThat(treatment("acupuncture").getPosition()).isEqualTo(1);
		assertThat(treatments.findBySlug("ketamine")).isPresent();
		assertThat(mechanisms.findBySlug("endorphin-release")).isPresent();
	}

	@Test
	void articleIsStoredAndFoundAgainWithItsTagsAndEvidence() {
		Article article = newArticle("ketamine-for-pain", "k.txt", "Ketamine for Pain", "ketamine");
		article.addMechanism(mechanism("nmda-receptor-antagonism"), List.of("It blocks NMDA receptors.", "Another  one\nhere."));
		article.addCaveat(caveat("side-effects"), List.of("It is not without side effects."));
		articles.save(article);
		entityManager.flush();
		entityManager.clear();

		Article found = articles.findBySlug("ketamine-for-pain").orElseThrow();

		assertThat(found.getSourceFile()).isEqualTo("k.txt");
		assertThat(found.getTitle()).isEqualTo("Ketamine for Pain");
		assertThat(found.getSummary()).isEqualTo("Summary of Ketamine for Pain.");
		assertThat(found.getHtml()).isEqualTo("<p>Ketamine for Pain</p>");
		assertThat(found.getPlainText()).isEqualTo("Ketamine for Pain text.");
		assertThat(found.getContentHash()).isEqualTo("a".repeat(64));
		assertThat(articles.findAllImportStates()).singleElement().satisfies(state -> {
			assertThat(state.matches("a".repeat(64), "b".repeat(64))).isTrue();
			assertThat(state.matches("a".repeat(64), "c".repeat(64))).isFalse();
		});
		assertThat(found.getWordCount()).isEqualTo(3);
		assertThat(found.getReadingMinutes()).isEqualTo(1);
		assertThat(found.getImportedAt()).isEqualTo(Instant.parse("2025-01-02T03:04:05Z"));
		assertThat(found.getTreatment().getSlug()).isEqualTo("ketamine");
		assertThat(found.getMechanisms()).singleElement().satisfies(tag -> {
			assertThat(tag.getMechanism().getSlug()).isEqualTo("nmda-receptor-antagonism");
			assertThat(tag.getSentences()).containsExactly("It blocks NMDA receptors.", "Another one here.");
			assertThat(tag.getArticle().getId()).isEqualTo(found.getId());
		});
		assertThat(found.getCaveats()).singleElement()
			.satisfies(tag -> assertThat(tag.getSentences()).containsExactly("It is not without side effects."));
	}

	@Test
	void articlesAreFoundBySlugSourceFileAndExistence() {
		articles.save(newArticle("kratom-and-pain", "kratom.txt", "Kratom and Pain", "kratom"));
		entityManager.flush();

		assertThat(articles.findBySourceFile("kratom.txt")).map(Article::getSlug).hasValue("kratom-and-pain");
		assertThat(articles.findBySourceFile("other.txt")).isEmpty();
		assertThat(articles.existsBySlug("kratom-and-pain")).isTrue();
		assertThat(articles.existsBySlug("kratom")).isFalse();
		assertThat(articles.findAllSourceFiles()).containsExactly("kratom.txt");
		assertThat(articles.count()).isOne();
	}

	@Test
	void allRowsCarryTheirTreatmentSlug() {
		articles.save(newArticle("b", "b.txt", "Kratom", "kratom"));
		articles.save(newArticle("a", "a.txt", "Acupuncture", "acupuncture"));
		articles.save(newArticle("c", "c.txt", "Ketamine", "ketamine"));
		entityManager.flush();
		entityManager.clear();

		List<ArticleRow> all = articles.findAllRows();

		assertThat(all).extracting(ArticleRow::title, ArticleRow::treatment)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("Acupuncture", "acupuncture"),
					org.assertj.core.groups.Tuple.tuple("Ketamine", "ketamine"),
					org.assertj.core.groups.Tuple.tuple("Kratom", "kratom"));
	}

	@Test
	void twoArticlesMayNotShareASlug() {
		articles.save(newArticle("same", "a.txt", "A", "kratom"));
		articles.save(newArticle("same", "b.txt", "B", "kratom"));

		assertThatExceptionOfType(PersistenceException.class).isThrownBy(entityManager::flush);
	}

	@Test
	void twoArticlesMayNotShareASourceFile() {
		articles.save(newArticle("a", "same.txt", "A", "kratom"));
		articles.save(newArticle("b", "same.txt", "B", "kratom"));

		assertThatExceptionOfType(PersistenceException.class).isThrownBy(entityManager::flush);
	}

	@Test
	void anArticleStatesAMechanismOnlyOnce() {
		Article article = newArticle("a", "a.txt", "A", "kratom");
		article.addMechanism(mechanism("opioid-receptor-binding"), List.of("One."));
		article.addMechanism(mechanism("opioid-receptor-binding"), List.of("Two."));
		articles.save(article);

		assertThatExceptionOfType(PersistenceException.class).isThrownBy(entityManager::flush);
	}

	@Test
	void tagNeedsEvidence() {
		Article article = newArticle("a", "a.txt", "A", "kratom");

		assertThatIllegalArgumentException().isThrownBy(() -> article.addCaveat(caveat("side-effects"), List.of()));
	}

	@Test
	void updatingAnArticleReplacesItsTags() {
		Article article = newArticle("a", "a.txt", "A", "kratom");
		article.addMechanism(mechanism("opioid-receptor-binding"), List.of("Old."));
		articles.save(article);
		entityManager.flush();

		article.update(new ArticleContent("A2", "S2.", "<p>A2</p>", "A2 text.", "c".repeat(64), "b".repeat(64), 2, 1),
				treatment("ketamine"), Instant.now());
		entityManager.flush();
		article.addMechanism(mechanism("opioid-receptor-binding"), List.of("New."));
		articles.save(article);
		entityManager.flush();
		entityManager.clear();

		Article found = articles.findBySlug("a").orElseThrow();
		assertThat(found.getTitle()).isEqualTo("A2");
		assertThat(found.getTreatment().getSlug()).isEqualTo("ketamine");
		assertThat(found.getMechanisms()).singleElement()
			.satisfies(tag -> assertThat(tag.getSentences()).containsExactly("New."));
		assertThat(rows("article_mechanism")).isOne();
	}

	@Test
	void deletingAnArticleDeletesItsTags() {
		Article article = newArticle("a", "a.txt", "A", "kratom");
		article.addMechanism(mechanism("opioid-receptor-binding"), List.of("One."));
		article.addCaveat(caveat("legal-status-varies"), List.of("Two."));
		articles.save(article);
		entityManager.flush();
		assertThat(rows("article_mechanism")).isOne();

		articles.delete(article);
		entityManager.flush();

		assertThat(articles.count()).isZero();
		assertThat(rows("article_mechanism")).isZero();
		assertThat(rows("article_caveat")).isZero();
		assertThat(mechanisms.findBySlug("opioid-receptor-binding")).isPresent();
	}

}
