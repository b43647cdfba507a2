package org.paintreatment.library.text;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.paintreatment.library.kernel.Slugs;
import org.paintreatment.library.taxonomy.SourceType;
import org.paintreatment.library.taxonomy.TaxonomyLoader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Runs every real seed article through the pipeline, wired as ImporterConfiguration wires it,
 * and checks what a librarian expects of each.
 */
class SeedArticlesTest {

	private static final Path SEEDS = Path.of("seeds");

	private static final Set<String> NONE = Set.of();

	/** What each seed article must be tagged with: treatment exactly, mechanisms and caveats at least. */
	private static final List<Expected> TABLE = List.of(
			new Expected("000", "acupuncture",
					Set.of("endorphin-release", "neurotransmitter-modulation", "relaxation-response", "improved-blood-flow"),
					Set.of("individual-variation", "gradual-relief", "consult-a-professional"), NONE,
					Set.of("legal-status-varies")),
			new Expected("001", "kratom", Set.of("opioid-receptor-binding", "neurotransmitter-modulation"),
					Set.of("individual-variation", "legal-status-varies", "consult-a-professional", "more-research-needed"),
					NONE, NONE),
			new Expected("002", "ketamine", Set.of("nmda-receptor-antagonism", "anti-inflammatory-action"),
					Set.of("side-effects", "medical-supervision"), Set.of("opioid-receptor-binding"), NONE),
			new Expected("003", "ketamine", Set.of("nmda-receptor-antagonism"),
					Set.of("individual-variation", "consult-a-professional"), Set.of("opioid-receptor-binding"),
					Set.of("not-fda-approved")),
			new Expected("004", "ketamine", Set.of("nmda-receptor-antagonism", "neurotransmitter-modulation"),
					Set.of("not-fda-approved", "more-research-needed", "medical-supervision", "promotional-source"),
					Set.of("opioid-receptor-binding"), NONE));

	private static final List<String> BOILERPLATE = List.of("Leave a Reply", "Your email address", "Avatar", "By SARAH",
			"Table of Contents", "Required fields are marked");

	private static final ArticlePipeline PIPELINE = new ArticlePipeline(1_048_576, BoilerplateRules.fromClasspath(),
			TaxonomyLoader.fromClasspath("/library/taxonomy.yml"), "test");

	private static final Catalog CATALOG = Catalog.load(SEEDS);

	private static final Map<String, ArticleDraft> DRAFTS = new HashMap<>();

	record Expected(String prefix, String treatment, Set<String> mechanisms, Set<String> caveats,
			Set<String> notMechanisms, Set<String> notCaveats) {

		@Override
		public String toString() {
			return prefix + " (" + treatment + ")";
		}

	}

	static List<String> seedFiles() throws IOException {
		try (Stream<Path> files = Files.list(SEEDS)) {
			return files.map(file -> file.getFileName().toString()).filter(ArticleFile::isArticleName).sorted().toList();
		}
	}

	static Stream<Arguments> seeds() throws IOException {
		return seedFiles().stream().map(file -> Arguments.of(file, expectedFor(file)));
	}

	private static Expected expectedFor(String file) {
		return TABLE.stream()
			.filter(row -> file.startsWith(row.prefix() + "_"))
			.findFirst()
			.orElseGet(() -> fail("seed file " + file + " has no row in the expectations table"));
	}

	private static synchronized ArticleDraft draftOf(String file) {
		return DRAFTS.computeIfAbsent(file, name -> {
			try {
				return PIPELINE.process(new ArticleFile(name, Files.readAllBytes(SEEDS.resolve(name))), CATALOG.entryFor(name));
			}
			catch (IOException | BadArticleException ex) {
				throw new AssertionError(name + " could not be processed: " + ex.getMessage(), ex);
			}
		});
	}

	@Test
	void everySeedFileHasARowAndEveryRowASeedFile() throws IOException {
		List<String> files = seedFiles();

		assertThat(files).hasSameSizeAs(TABLE);
		assertThat(files).extracting(file -> expectedFor(file).prefix())
			.containsExactlyElementsOf(TABLE.stream().map(Expected::prefix).toList());
		assertThat(CATALOG.problems()).isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("seeds")
	void treatmentIsExactlyTheExpectedOne(String file, Expected expected) {
		assertThat(draftOf(file).treatment()).isEqualTo(expected.treatment());
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("seeds")
	void mechanismsIncludeTheExpectedOnes(String file, Expected expected) {
		assertThat(draftOf(file).mechanisms().keySet()).containsAll(expected.mechanisms());
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("seeds")
	void caveatsIncludeTheExpectedOnes(String file, Expected expected) {
		assertThat(draftOf(file).caveats().keySet()).containsAll(expected.caveats());
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("seeds")
	void tagsItMustNotHaveAreAbsent(String file, Expected expected) {
		ArticleDraft draft = draftOf(file);

		assertThat(expected.notMechanisms()).allSatisfy(slug -> assertThat(draft.mechanisms()).doesNotContainKey(slug));
		assertThat(expected.notCaveats()).allSatisfy(slug -> assertThat(draft.caveats()).doesNotContainKey(slug));
	}

	@Test
	void noKetamineArticleIsTaggedWithOpioidReceptorBinding() throws IOException {
		List<String> ketamine = seedFiles().stream().filter(file -> draftOf(file).treatment().equals("ketamine")).toList();

		assertThat(ketamine).hasSize(3);
		assertThat(ketamine).allSatisfy(
				file -> assertThat(draftOf(file).mechanisms()).doesNotContainKey("opioid-receptor-binding"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("seeds")
	void everyEvidenceSentenceOccursInThePlainText(String file, Expected expected) {
		ArticleDraft draft = draftOf(file);

		Stream.concat(draft.mechanisms().entrySet().stream(), draft.caveats().entrySet().stream()).forEach(tag -> {
			assertThat(tag.getValue()).as("evidence of %s", tag.getKey()).isNotEmpty().hasSizeLessThanOrEqualTo(3);
			assertThat(tag.getValue()).as("evidence of %s", tag.getKey())
				.allSatisfy(sentence -> assertThat(draft.plainText()).contains(sentence));
		});
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("seeds")
	void titleIsNonBlankAndAtMostNinetyCharacters(String file, Expected expected) {
		assertThat(draftOf(file).title()).isNotBlank().hasSizeLessThanOrEqualTo(Headlines.MAX_TITLE_CHARS);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("seeds")
	void slugIsValid(String file, Expected expected) {
		ArticleDraft draft = draftOf(file);

		assertThat(Slugs.isValid(draft.slug())).as("slug '%s'", draft.slug()).isTrue();
		assertThat(draft.slug()).isEqualTo(Slugs.slugify(draft.title()));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("seeds")
	void summaryIsNonBlankAndShort(String file, Expected expected) {
		assertThat(draftOf(file).summary()).isNotBlank().hasSizeLessThanOrEqualTo(Headlines.MAX_SUMMARY_CHARS);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("seeds")
	void noBoilerplateIsLeft(String file, Expected expected) {
		ArticleDraft draft = draftOf(file);
		Document html = Jsoup.parseBodyFragment(draft.html());

		assertThat(draft.plainText()).doesNotContainIgnoringCase("Leave a Reply");
		for (String boilerplate : BOILERPLATE) {
			assertThat(draft.plainText()).doesNotContain(boilerplate);
			assertThat(html.text()).doesNotContain(boilerplate);
		}
		assertThat(draft.plainText().lines().filter(line -> !line.isBlank()).reduce((first, second) -> second))
			.hasValueSatisfying(last -> assertThat(last.strip()).isNotEqualToIgnoringCase("Comments"));
		assertThat(html.select("p, li, h1, h2, h3, h4, h5, h6"))
			.noneSatisfy(block -> assertThat(block.ownText().strip()).matches("(?i)comments?"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("seeds")
	void eachHeadingTextAppearsOnceAsAHeadingAndNowhereElse(String file, Expected expected) {
		Document html = Jsoup.parseBodyFragment(draftOf(file).html());
		html.select("a.heading-anchor").remove();
		List<String> blockTexts = html.select("p, li, h1, h2, h3, h4, h5, h6").eachText();

		for (Element heading : html.select("h1, h2, h3, h4, h5, h6")) {
			assertThat(blockTexts).as("blocks reading '%s'", heading.text()).containsOnlyOnce(heading.text());
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("seeds")
	void headingsHaveIdsAndLabelledAnchors(String file, Expected expected) {
		Document html = Jsoup.parseBodyFragment(draftOf(file).html());

		assertThat(html.select("h2, h3")).allSatisfy(heading -> {
			assertThat(heading.id()).isNotBlank();
			assertThat(heading.select("a.heading-anchor").attr("href")).isEqualTo("#" + heading.id());
			assertThat(heading.select("a.heading-anchor").attr("aria-label")).startsWith("Link to the section");
		});
		assertThat(html.select("h2, h3").eachAttr("id")).doesNotHaveDuplicates();
	}

	@Test
	void tableOfContentsOf003IsGoneAndItsSectionsStayOnce() {
		ArticleDraft draft = draftOf(seedFile("003"));
		Document html = Jsoup.parseBodyFragment(draft.html());
		html.select("a.heading-anchor").remove();

		assertThat(html.select("h2").eachText()).containsExactly("Unraveling the Mystery: Ketamine's Impact on Pain",
				"How Ketamine Tackles Pain at its Root", "The Million-Dollar Question: How Long Does the Relief Last?",
				"Factors Affecting Duration", "Managing Expectations & Working With Your Doctor", "Conclusion");
		assertThat(draft.title()).isEqualTo("How Long Does Ketamine Pain Relief Last? Exploring Treatment Duration");
		assertThat(html.select("ul, ol")).isEmpty();
	}

	@Test
	void catalogTitlesAreUsed() {
		assertThat(draftOf(seedFile("000")).title()).isEqualTo("Can Acupuncture Relieve Pain Right Away?");
		assertThat(draftOf(seedFile("004")).title()).isEqualTo("Ketamine Therapy for Chronic Headaches and Migraines");
	}

	@Test
	void listOf000KeepsItsFourMechanismItems() {
		Document html = Jsoup.parseBodyFragment(draftOf(seedFile("000")).html());

		assertThat(html.select("ul > li")).extracting(Element::text)
			.satisfiesExactly(item -> assertThat(item).startsWith("Endorphin Release:"),
					item -> assertThat(item).startsWith("Neural Modulation:"),
					item -> assertThat(item).startsWith("Relaxation Response:"),
					item -> assertThat(item).startsWith("Improved Blood Flow:"));
	}

	@Test
	void onlyTheClinicsAdvertisementIsJudgedAProvidersPageAndTheRestStayUnknown() throws IOException {
		Map<String, SourceType> types = new java.util.TreeMap<>();
		for (String file : seedFiles()) {
			types.put(file.substring(0, 3), draftOf(file).source().sourceType());
		}

		assertThat(types).containsExactly(Map.entry("000", SourceType.UNKNOWN), Map.entry("001", SourceType.UNKNOWN),
				Map.entry("002", SourceType.UNKNOWN), Map.entry("003", SourceType.UNKNOWN),
				Map.entry("004", SourceType.PROVIDER));
		assertThat(draftOf(seedFile("004")).sourceTypeEvidence()).contains("book an appointment");
	}

	@Test
	void everySeedHasTheLibrariansSummaryFromTheCatalogAndNoImportWarning() throws IOException {
		for (String file : seedFiles()) {
			assertThat(draftOf(file).summary()).as(file).isEqualTo(CATALOG.entryFor(file).summary());
			assertThat(draftOf(file).warnings()).as(file).isEmpty();
		}
		assertThat(CATALOG.problems()).isEmpty();
	}

	private static String seedFile(String prefix) {
		try {
			return seedFiles().stream().filter(file -> file.startsWith(prefix + "_")).findFirst().orElseThrow();
		}
		catch (IOException ex) {
			throw new AssertionError(ex);
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("seeds")
	void noHeadingRepeatsTheTitle(String file, Expected expected) {
		ArticleDraft draft = draftOf(file);
		Document html = Jsoup.parseBodyFragment(draft.html());
		html.select("a.heading-anchor").remove();

		assertThat(html.select("h1, h2, h3, h4, h5, h6").eachText())
			.noneSatisfy(heading -> assertThat(TitleRepeats.repeats(draft.title(), heading)).isTrue());
	}

	@Test
	void theGluedTitleOfTheKetamineMechanismsArticleIsNoHeading() {
		ArticleDraft draft = draftOf(seedFile("002"));
		Document html = Jsoup.parseBodyFragment(draft.html());

		assertThat(draft.title()).isEqualTo("How Does Ketamine Work For Pain");
		assertThat(html.selectFirst("h2").text()).startsWith("The History of Ketamine in Pain Management");
	}

	@Test
	void theFactorsOfTheKetamineDurationArticleAreSubsectionsOfTheirSection() {
		Document html = Jsoup.parseBodyFragment(draftOf(seedFile("003")).html());
		html.select("a.heading-anchor").remove();

		assertThat(html.select("h3").eachText()).containsExactly("Dosage", "Administration Method",
				"Individual Body Chemistry", "Underlying Conditions");
		Element firstFactor = html.selectFirst("h3");
		assertThat(firstFactor.previousElementSiblings().select("h2").first().text()).isEqualTo("Factors Affecting Duration");
	}

}
