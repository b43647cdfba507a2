package org.paintreatment.library.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.paintreatment.library.support.LibraryHttp;
import org.paintreatment.library.support.OwnSeedsFolder;
import org.paintreatment.library.support.SeedsFolders;
import org.paintreatment.library.support.TempFolders;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rule files can live outside the application ({@code library.rules.*=file:...}), where a
 * librarian edits them without a new build: here a taxonomy with one more treatment, synonyms
 * with one more rule and key facts about the new treatment, all taking effect.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "library.test.schema=external_rules", "library.watch=false" })
@OwnSeedsFolder
class ExternalRulesTest {

	static final Path SEEDS = SeedsFolders.of(ExternalRulesTest.class);

	static final Path RULES = TempFolders.create("library-external-rules-");

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void folders(DynamicPropertyRegistry registry) throws IOException {
		Files.writeString(SEEDS.resolve("yoga.txt"),
				"Yoga for Back Pain\nYoga stretches the back. Yoga calms the mind. Many try yoga for back pain.\n");
		Files.writeString(RULES.resolve("taxonomy.yml"), bundled("library/taxonomy.yml").replace("\ntreatments:\n", """

				treatments:
				  - slug: yoga
				    name: Yoga
				    description: Postures, breathing and relaxation from an Indian tradition.
				    phrases: [yoga]
				"""));
		Files.writeString(RULES.resolve("synonyms.txt"), bundled("library/synonyms.txt") + "\nyoga, asana\n");
		registry.add("library.rules.taxonomy", () -> "file:" + RULES.resolve("taxonomy.yml"));
		Files.writeString(RULES.resolve("treatment-facts.yml"), """
				yoga:
				  risks:
				    - fact: Some poses can strain the back.
				      source: {title: Yoga, publisher: A health agency, url: https://example.org/yoga, accessed: 2026-12-06}
				""");
		registry.add("library.rules.synonyms", () -> "file:" + RULES.resolve("synonyms.txt"));
		registry.add("library.rules.treatment-facts", () -> "file:" + RULES.resolve("treatment-facts.yml"));
	}

	@AfterAll
	static void deleteFolders() throws IOException {
		TempFolders.delete(RULES);
	}

	@Test
	void aTaxonomySynonymsAndKeyFactsOutsideTheApplicationTakeEffect() {
		LibraryHttp http = new LibraryHttp(port);
		JsonNode article = http.json("/api/articles").get("items").get(0);

		assertThat(article.get("treatment").asString()).isEqualTo("yoga");
		assertThat(http.page("/treatments/yoga").select("h1").text()).isEqualTo("Yoga");
		assertThat(http.page("/treatments/yoga").select("#facts-risks + dd").text()).startsWith("Some poses can strain the back.");
		assertThat(http.json("/api/articles?q=asana").get("items").get(0).get("slug").asString())
			.isEqualTo(article.get("slug").asString());
	}

	private static String bundled(String resource) throws IOException {
		return new ClassPathResource(resource).getContentAsString(StandardCharsets.UTF_8);
	}

}
