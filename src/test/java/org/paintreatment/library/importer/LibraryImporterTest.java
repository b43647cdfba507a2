package org.paintreatment.library.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.paintreatment.library.article.Article;
import org.paintreatment.library.article.ArticleRepository;
import org.paintreatment.library.importer.ImportReport.SkippedFile;
import org.paintreatment.library.kernel.HostileYaml;
import org.paintreatment.library.support.DatabaseTest;
import org.paintreatment.library.support.OwnSeedsFolder;
import org.paintreatment.library.support.SeedsFolders;
import org.paintreatment.library.support.TempFolders;
import org.paintreatment.library.text.BadArticleException;
import org.paintreatment.library.text.Catalog;
import org.paintreatment.library.text.QuoteMarks;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The importer against the real H2 database, on a seeds folder of its own that each test fills.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
		properties = { "library.test.schema=importer_test",
				"library.max-article-bytes=4KB", "library.watch=false" })
@DatabaseTest
@OwnSeedsFolder
class LibraryImporterTest {

	private static final Path SEEDS = SeedsFolders.of(LibraryImporterTest.class);

	private static final String KETAMINE = """
			Ketamine blocks NMDA receptors in the spinal cord. Ketamine is given as an infusion under medical supervision.
			Doctors use ketamine for nerve pain. It is not without side effects.
			""";

	private static final String KRATOM = """
			Kratom leaves come from Southeast Asia. Kratom binds opioid receptors in the brain.
			The legal status of kratom varies. Many people drink kratom tea.
			""";

	/** Text that must never reach an article: it is only ever outside the folder or behind a link. */
	private static final String SECRET = "Hunter2SecretOutsideTheSeeds";

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D',
			'R', 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0 };

	@Autowired
	private LibraryImporter importer;

	@Autowired
	private ArticleRepository articles;

	@Autowired
	private PlatformTransactionManager transactionManager;

	@Autowired
	private JdbcTemplate jdbc;

	@BeforeEach
	void startWithAnEmptyLibrary() throws IOException {
		TempFolders.empty(SEEDS);
		importer.importAll();
		assertThat(articles.count()).isZero();
	}

	private static void write(String name, String text) throws IOException {
		write(name, text.getBytes(StandardCharsets.UTF_8));
	}

	private static void write(String name, byte[] bytes) throws IOException {
		Files.write(SEEDS.resolve(name), bytes);
	}

	private Article article(String file) {
		return articles.findBySourceFile(file).orElseThrow(() -> new AssertionError("no article from " + file));
	}

	private <T> T inTransaction(java.util.function.Supplier<T> work) {
		return new TransactionTemplate(transactionManager).execute(status -> work.get());
	}

	private static Map<String, String> reasons(ImportReport report) {
		return report.skipped().stream().collect(Collectors.toMap(SkippedFile::file, SkippedFile::reason));
	}

	static Stream<Arguments> badFiles() {
		return Stream.of(Arguments.of("empty.txt", new byte[0], "empty (no text)"),
				Arguments.of("whitespace.txt", " \n\t\r\n ".getBytes(StandardCharsets.UTF_8), "empty (no text)"),
				Arguments.of("latin1.txt", "Caf\u00e9 cr\u00e8me br\u00fbl\u00e9e.".getBytes(StandardCharsets.ISO_8859_1),
						"not valid UTF-8"),
				Arguments.of("image.txt", PNG, "not valid UTF-8"),
				Arguments.of("nul.txt", "Ketamine\0\0\0 text.".getBytes(StandardCharsets.UTF_8), "binary content"),
				Arguments.of("huge.txt", ("Ketamine helps. ".repeat(300)).getBytes(StandardCharsets.UTF_8),
						"larger than 4096 bytes (4800 bytes)"),
				Arguments.of("bad-yaml.md", ("---\ntitle: [unclosed\n---\n" + KETAMINE).getBytes(StandardCharsets.UTF_8),
						"front matter is not valid YAML"),
				Arguments.of("list-title.md",
						("---\ntitle: [a, b]\nauthor: Sarah\n---\n" + KETAMINE).getBytes(StandardCharsets.UTF_8),
						"front matter, field 'title': must be text, not a list"),
				Arguments.of("list-front-matter.md", ("---\n- a\n- b\n---\n" + KETAMINE).getBytes(StandardCharsets.UTF_8),
						"front matter must be a mapping of fields"),
				Arguments.of("alias-bomb.md",
						("---\n" + HostileYaml.aliasBombInAKey() + "---\n" + KETAMINE).getBytes(StandardCharsets.UTF_8),
						"front matter: aliases (*name) are not allowed; write the value out (line 3)"),
				Arguments.of("deep-front-matter.md",
						("---\ntitle: " + HostileYaml.deepFlowSequence(1500) + "\n---\n" + KETAMINE)
							.getBytes(StandardCharsets.UTF_8),
						"front matter: nested deeper than 16 levels (line 2)"),
				Arguments.of("binary-title.md",
						("---\ntitle: !!binary aGVsbG8=\n---\n" + KETAMINE).getBytes(StandardCharsets.UTF_8),
						"front matter, field 'title': must be plain text, not !!binary (line 2)"),
				Arguments.of("unknown-treatment.md",
						("---\ntreatment: homeopathy\n---\n" + KETAMINE).getBytes(StandardCharsets.UTF_8),
						"names treatment 'homeopathy', which the taxonomy does not have"),
				Arguments.of("boilerplate.txt", "Leave a Reply\nAvatar\nBy SARAH\n".getBytes(StandardCharsets.UTF_8),
						"no article text left after removing boilerplate"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("badFiles")
	void badFileIsSkippedWithAReasonAndTheOthersStillImport(String name, byte[] bytes, String reason) throws IOException {
		write("a-ketamine.txt", "Ketamine for Nerve Pain\n" + KETAMINE);
		write(name, bytes);
		write("z-kratom.md", "# Kratom and Pain\n\n" + KRATOM);

		ImportReport report = importer.importAll();

		assertThat(report.imported()).containsExactly("a-ketamine.txt", "z-kratom.md");
		assertThat(report.skipped()).singleElement().satisfies(skipped -> {
			assertThat(skipped.file()).isEqualTo(name);
			assertThat(skipped.reason()).contains(reason);
		});
		assertThat(articles.count()).isEqualTo(2);
		assertThat(articles.findBySourceFile(name)).isEmpty();
	}

	@Test
	void allBadFilesTogetherAreSkippedAndEveryGoodFileImports() throws IOException {
		List<Arguments> bad = badFiles().toList();
		for (Arguments arguments : bad) {
			write((String) arguments.get()[0], (byte[]) arguments.get()[1]);
		}
		write("good-ketamine.txt", "Ketamine for Nerve Pain\n" + KETAMINE);
		write("good-kratom.md", "---\ntitle: Kratom and Pain\ntreatment: kratom\n---\n" + KRATOM);
		write("notes.pdf", "not an article");

		ImportReport report = importer.importAll();

		assertThat(report.imported()).containsExactlyInAnyOrder("good-ketamine.txt", "good-kratom.md");
		assertThat(reasons(report)).hasSize(bad.size());
		for (Arguments arguments : bad) {
			assertThat(reasons(report)).hasEntrySatisfying((String) arguments.get()[0],
					reason -> assertThat(reason).contains((String) arguments.get()[2]));
		}
		assertThat(articles.count()).isEqualTo(2);
		assertThat(article("good-kratom.md").getTitle()).isEqualTo("Kratom and Pain");
	}

	@Test
	void importedArticleIsStoredWithItsTagsAndEvidence() throws IOException {
		write("ketamine.txt", "Ketamine for Nerve Pain\n" + KETAMINE);

		importer.importAll();

		inTransaction(() -> {
			Article article = article("ketamine.txt");
			assertThat(article.getSlug()).isEqualTo("ketamine-for-nerve-pain");
			assertThat(article.getTitle()).isEqualTo("Ketamine for Nerve Pain");
			assertThat(article.getTreatment().getSlug()).isEqualTo("ketamine");
			assertThat(article.getHtml()).contains("<p><span id=\""
					+ QuoteMarks.idOf("Ketamine blocks NMDA receptors in the spinal cord.") + "\" class=\"quote\">Ketamine blocks NMDA receptors");
			assertThat(article.getMechanisms()).extracting(tag -> tag.getMechanism().getSlug())
				.containsExactly("nmda-receptor-antagonism");
			assertThat(article.getCaveats()).extracting(tag -> tag.getCaveat().getSlug())
				.contains("side-effects", "medical-supervision");
			assertThat(article.getCaveats()).flatExtracting(tag -> tag.getSentences())
				.contains("It is not without side effects.")
				.allSatisfy(sentence -> assertThat(article.getPlainText().replaceAll("\\s+", " ")).contains(sentence));
			assertThat(article.getImportedAt()).isNotNull();
			return null;
		});
	}

	@Test
	void twoTitlesWithTheSameSlugAreBothKeptAndTheSecondGetsSuffixTwo() throws IOException {
		write("a.txt", "Ketamine & Pain\n" + KETAMINE);
		write("b.txt", "Ketamine - Pain\nA different body. Ketamine is an anaesthetic. Ketamine eases pain. Ketamine works.");

		ImportReport report = importer.importAll();

		assertThat(report.imported()).containsExactly("a.txt", "b.txt");
		assertThat(article("a.txt").getSlug()).isEqualTo("ketamine-pain");
		assertThat(article("b.txt").getSlug()).isEqualTo("ketamine-pain-2");
	}

	@Test
	void sameContentUnderTwoNamesIsImportedOnce() throws IOException {
		write("original.txt", "Ketamine for Nerve Pain\n" + KETAMINE);
		write("copy.txt", "Ketamine for Nerve Pain\n" + KETAMINE);

		ImportReport report = importer.importAll();

		assertThat(report.imported()).containsExactly("copy.txt");
		assertThat(reasons(report)).containsOnlyKeys("original.txt");
		assertThat(reasons(report).get("original.txt")).contains("same content as copy.txt");
		assertThat(articles.count()).isOne();

		ImportReport again = importer.importAll();

		assertThat(again.unchanged()).containsExactly("copy.txt");
		assertThat(reasons(again)).containsOnlyKeys("original.txt");
		assertThat(articles.count()).isOne();
	}

	@Test
	void importingTheSameFilesAgainChangesNothing() throws IOException {
		write("a.txt", "Ketamine & Pain\n" + KETAMINE);
		write("b.txt", "Ketamine & Pain\nAnother body. Ketamine is an anaesthetic. Ketamine eases pain. Ketamine works.");
		write("c.md", "# Kratom and Pain\n\n" + KRATOM);
		importer.importAll();
		Map<String, String> slugs = Map.of("a.txt", article("a.txt").getSlug(), "b.txt", article("b.txt").getSlug(),
				"c.md", article("c.md").getSlug());
		Long id = article("a.txt").getId();

		ImportReport again = importer.importAll();

		assertThat(again.unchanged()).containsExactly("a.txt", "b.txt", "c.md");
		assertThat(again.imported()).isEmpty();
		assertThat(again.updated()).isEmpty();
		assertThat(again.removed()).isEmpty();
		assertThat(again.skipped()).isEmpty();
		assertThat(articles.count()).isEqualTo(3);
		assertThat(slugs).containsExactlyInAnyOrderEntriesOf(Map.of("a.txt", "ketamine-pain", "b.txt", "ketamine-pain-2",
				"c.md", "kratom-and-pain"));
		slugs.forEach((file, slug) -> assertThat(article(file).getSlug()).isEqualTo(slug));
		assertThat(article("a.txt").getId()).isEqualTo(id);
	}

	@Test
	void changedFileUpdatesItsArticleUnderTheSameSlug() throws IOException {
		write("a.txt", "Ketamine for Nerve Pain\n" + KETAMINE);
		importer.importAll();
		Long id = article("a.txt").getId();

		write("a.txt", "Ketamine for Nerve Pain, Revised\nKetamine is now given as a nasal spray. Ketamine helps. "
				+ "Ketamine may reduce inflammation.");
		ImportReport report = importer.importAll();

		assertThat(report.updated()).containsExactly("a.txt");
		assertThat(report.imported()).isEmpty();
		assertThat(articles.count()).isOne();
		inTransaction(() -> {
			Article article = article("a.txt");
			assertThat(article.getId()).isEqualTo(id);
			assertThat(article.getSlug()).isEqualTo("ketamine-for-nerve-pain");
			assertThat(article.getTitle()).isEqualTo("Ketamine for Nerve Pain, Revised");
			assertThat(article.getPlainText()).contains("nasal spray").doesNotContain("spinal cord");
			assertThat(article.getMechanisms()).extracting(tag -> tag.getMechanism().getSlug())
				.containsExactly("anti-inflammatory-action");
			assertThat(article.getCaveats()).isEmpty();
			return null;
		});
	}

	@Test
	void anArticleImportedUnderOtherRulesIsUpdatedWithTheSameTags() throws IOException {
		write("a.txt", "Ketamine for Nerve Pain\n" + KETAMINE);
		importer.importAll();
		Article before = article("a.txt");
		List<String> tagsBefore = tagRows(before.getId());
		jdbc.update("update article set rules_fingerprint = 'older rules' where id = ?", before.getId());

		ImportReport report = importer.importAll();

		assertThat(report.updated()).containsExactly("a.txt");
		Article after = article("a.txt");
		assertThat(after.getId()).isEqualTo(before.getId());
		assertThat(after.getSlug()).isEqualTo(before.getSlug());
		assertThat(after.getImportedAt()).isAfterOrEqualTo(before.getImportedAt());
		assertThat(tagRows(after.getId())).isNotEmpty().isEqualTo(tagsBefore);
		assertThat(importer.importAll().unchanged()).containsExactly("a.txt");
	}

	/** Every tag row of an article, as term and evidence, in a stable order. */
	private List<String> tagRows(long articleId) {
		return jdbc.queryForList("""
				select 'mechanism ' || mechanism_id || ': ' || evidence from article_mechanism where article_id = ?
				union all
				select 'caveat ' || caveat_id || ': ' || evidence from article_caveat where article_id = ?
				union all
				select 'condition ' || condition_id || ' ' || strength || ': ' || evidence from article_condition
				where article_id = ?
				order by 1""", String.class, articleId, articleId, articleId);
	}

	@Test
	void conditionsAreStoredWithTheirStrengthAndEvidence() throws IOException {
		write("a.txt", """
				Ketamine for Migraine
				Ketamine may shorten a migraine attack. Migraine sufferers tried it in a small trial.
				Some people with migraine also feel low. Depression is common in that group.
				""");
		importer.importAll();

		List<String> conditions = jdbc.queryForList("""
				select c.slug || ' ' || ac.strength || ': ' || ac.evidence from article_condition ac
				join health_condition c on c.id = ac.condition_id where ac.article_id = ? order by c.position""",
				String.class, article("a.txt").getId());

		assertThat(conditions).containsExactly(
				"migraine-and-headache about: Ketamine may shorten a migraine attack.\n"
						+ "Migraine sufferers tried it in a small trial.\nSome people with migraine also feel low.",
				"depression-and-anxiety mentioned: Depression is common in that group.");
	}

	@Test
	void deletedFileRemovesItsArticle() throws IOException {
		write("a.txt", "Ketamine for Nerve Pain\n" + KETAMINE);
		write("b.md", "# Kratom and Pain\n\n" + KRATOM);
		importer.importAll();

		Files.delete(SEEDS.resolve("a.txt"));
		ImportReport report = importer.importAll();

		assertThat(report.removed()).containsExactly("a.txt");
		assertThat(report.unchanged()).containsExactly("b.md");
		assertThat(articles.findBySourceFile("a.txt")).isEmpty();
		assertThat(articles.findBySlug("ketamine-for-nerve-pain")).isEmpty();
		assertThat(articles.count()).isOne();
	}

	@Test
	void fileDeletedBetweenListingAndReadingIsSkippedAsDeleted() throws IOException {
		write("a.txt", "Ketamine for Nerve Pain\n" + KETAMINE);
		Path listed = SEEDS.resolve("a.txt");
		Files.delete(listed);

		assertThatExceptionOfType(BadArticleException.class).isThrownBy(() -> importer.read(listed))
			.withMessage("deleted before it could be read");
	}

	@Test
	void changedFileThatIsNowBrokenKeepsTheOldArticle() throws IOException {
		write("a.txt", "Ketamine for Nerve Pain\n" + KETAMINE);
		importer.importAll();
		String hash = article("a.txt").getContentHash();

		write("a.txt", "Ketamine\0 broken".getBytes(StandardCharsets.UTF_8));
		ImportReport report = importer.importAll();

		assertThat(reasons(report)).containsOnlyKeys("a.txt");
		assertThat(report.removed()).isEmpty();
		assertThat(article("a.txt").getContentHash()).isEqualTo(hash);
		assertThat(article("a.txt").getTitle()).isEqualTo("Ketamine for Nerve Pain");

		write("a.txt", "Ketamine for Nerve Pain\n" + KETAMINE + "One more sentence.\n");
		ImportReport repaired = importer.importAll();

		assertThat(repaired.updated()).containsExactly("a.txt");
		inTransaction(() -> {
			Article article = article("a.txt");
			assertThat(article.getSlug()).isEqualTo("ketamine-for-nerve-pain");
			assertThat(article.getPlainText()).contains("One more sentence.");
			assertThat(article.getMechanisms()).extracting(tag -> tag.getMechanism().getSlug())
				.containsExactly("nmda-receptor-antagonism");
			return null;
		});
	}

	@Test
	void catalogEntryOverridesTheTitleAndChangingItReimportsTheArticle() throws IOException {
		write("a.txt", "Ketamine for Nerve Pain\n" + KETAMINE);
		write(Catalog.FILE_NAME, "a.txt:\n  title: Editor's Ketamine Title\n");

		ImportReport first = importer.importAll();

		assertThat(first.imported()).containsExactly("a.txt");
		assertThat(article("a.txt").getTitle()).isEqualTo("Editor's Ketamine Title");
		assertThat(article("a.txt").getSlug()).isEqualTo("editors-ketamine-title");

		write(Catalog.FILE_NAME, "a.txt:\n  title: A Newer Title\n  summary: Edited summary.\n");
		ImportReport second = importer.importAll();

		assertThat(second.updated()).containsExactly("a.txt");
		assertThat(article("a.txt").getTitle()).isEqualTo("A Newer Title");
		assertThat(article("a.txt").getSummary()).isEqualTo("Edited summary.");
		assertThat(article("a.txt").getSlug()).isEqualTo("editors-ketamine-title");
	}

	@Test
	void brokenCatalogIsIgnoredAndTheArticlesStillImport() throws IOException {
		write("a.txt", "Ketamine for Nerve Pain\n" + KETAMINE);
		write(Catalog.FILE_NAME, "a.txt: [not, a, mapping\n");

		ImportReport report = importer.importAll();

		assertThat(report.imported()).containsExactly("a.txt");
		assertThat(article("a.txt").getTitle()).isEqualTo("Ketamine for Nerve Pain");
	}

	@Test
	@ExtendWith(OutputCaptureExtension.class)
	@Timeout(value = 30, unit = TimeUnit.SECONDS)
	void catalogWithAnAliasBombInAKeyIsIgnoredWithOneWarningAndTheArticlesStillImport(CapturedOutput output)
			throws IOException {
		write("a.txt", "Ketamine for Nerve Pain\n" + KETAMINE);
		write(Catalog.FILE_NAME, "a.txt:\n  title: Editor's Title\n" + HostileYaml.aliasBombInAKey());

		ImportReport report = importer.importAll();

		assertThat(report.imported()).containsExactly("a.txt");
		assertThat(article("a.txt").getTitle()).isEqualTo("Ketamine for Nerve Pain");
		assertThat(output.getAll().lines().filter(line -> line.contains("catalog.yml"))).singleElement()
			.asString()
			.contains(" WARN ")
			.endsWith("Catalog: catalog.yml: aliases (*name) are not allowed; write the value out (line 4); catalog ignored");
	}

	@Test
	@ExtendWith(OutputCaptureExtension.class)
	void catalogEntryThatIsNotTextIsIgnoredWithOneWarningAndTheOtherEntriesCount(CapturedOutput output)
			throws IOException {
		write("a.txt", "Ketamine for Nerve Pain\n" + KETAMINE);
		write("b.md", "# Kratom and Pain\n\n" + KRATOM);
		write(Catalog.FILE_NAME, "a.txt:\n  title: !!binary aGVsbG8=\nb.md:\n  title: 2024-01-01\n");

		importer.importAll();

		assertThat(article("a.txt").getTitle()).isEqualTo("Ketamine for Nerve Pain");
		assertThat(article("b.md").getTitle()).isEqualTo("2024-01-01");
		assertThat(output.getAll().lines().filter(line -> line.contains("catalog.yml"))).singleElement()
			.asString()
			.endsWith("Catalog: catalog.yml, entry 'a.txt', field 'title': must be plain text, not !!binary (line 2);"
					+ " entry ignored");
	}

	@Test
	void filesThatAreNotArticlesAreIgnored() throws IOException {
		write("a.txt", "Ketamine for Nerve Pain\n" + KETAMINE);
		write("photo.png", PNG);
		write("README", "Not an article.");
		Files.createDirectory(SEEDS.resolve("folder"));

		ImportReport report = importer.importAll();

		assertThat(report.imported()).containsExactly("a.txt");
		assertThat(report.skipped()).isEmpty();
		assertThat(articles.count()).isOne();
	}

	@Test
	void linksAndEntriesThatAreNotFilesAreSkippedAndNothingOutsideTheFolderIsRead() throws Exception {
		Path outside = Files.createTempFile("outside-the-seeds-", ".txt");
		try {
			Files.writeString(outside, "Ketamine Secrets\n" + SECRET + " " + KETAMINE);
			write("good.txt", "Ketamine for Nerve Pain\n" + KETAMINE);
			write("notes.dat", "Kratom Secrets\n" + SECRET + " " + KRATOM);
			Files.createSymbolicLink(SEEDS.resolve("outside.txt"), outside);
			Files.createSymbolicLink(SEEDS.resolve("inside.md"), SEEDS.resolve("notes.dat"));
			Files.createSymbolicLink(SEEDS.resolve("relative.txt"), Path.of("notes.dat"));
			Files.createSymbolicLink(SEEDS.resolve("folder-link.md"), Files.createDirectory(SEEDS.resolve("sub")));
			Files.createDirectory(SEEDS.resolve("folder.txt"));

			ImportReport report = importer.importAll();

			assertThat(report.imported()).containsExactly("good.txt");
			assertThat(reasons(report)).containsOnlyKeys("outside.txt", "inside.md", "relative.txt", "folder-link.md",
					"folder.txt");
			assertThat(reasons(report)).hasEntrySatisfying("outside.txt",
					reason -> assertThat(reason).isEqualTo("a symbolic link, which the importer does not follow"))
				.hasEntrySatisfying("inside.md", reason -> assertThat(reason).contains("symbolic link"))
				.hasEntrySatisfying("relative.txt", reason -> assertThat(reason).contains("symbolic link"))
				.hasEntrySatisfying("folder-link.md", reason -> assertThat(reason).contains("symbolic link"))
				.hasEntrySatisfying("folder.txt", reason -> assertThat(reason).isEqualTo("a folder, not a file"));
			assertNoArticleHolds(SECRET);
		}
		finally {
			Files.delete(outside);
		}
	}

	@Test
	@ExtendWith(OutputCaptureExtension.class)
	void aFileReplacedByALinkLosesItsArticle(CapturedOutput output) throws IOException {
		Path outside = Files.createTempFile("outside-the-seeds-", ".txt");
		try {
			Files.writeString(outside, "Ketamine Secrets\n" + SECRET + " " + KETAMINE);
			write("a.txt", "Ketamine for Nerve Pain\n" + KETAMINE);
			importer.importAll();
			Files.delete(SEEDS.resolve("a.txt"));
			Files.createSymbolicLink(SEEDS.resolve("a.txt"), outside);

			ImportReport report = importer.importAll();

			assertThat(report.removed()).containsExactly("a.txt");
			assertThat(reasons(report)).containsOnlyKeys("a.txt");
			assertThat(articles.count()).isZero();
			assertThat(output).contains("Removed the article of a.txt: a symbolic link, which the importer does not follow");
		}
		finally {
			Files.delete(outside);
		}
	}

	@Test
	void aLinkToASystemFileIsSkippedAndItsTextIsNeverStored() throws IOException {
		Path status = Path.of("/proc/self/status");
		assumeTrue(Files.isReadable(status), "a /proc file system");
		write("good.txt", "Ketamine for Nerve Pain\n" + KETAMINE);
		Files.createSymbolicLink(SEEDS.resolve("status.txt"), status);

		ImportReport report = importer.importAll();

		assertThat(report.imported()).containsExactly("good.txt");
		assertThat(reasons(report)).containsOnlyKeys("status.txt");
		assertNoArticleHolds("VmRSS");
	}

	@Test
	void aNamedPipeIsSkippedAsNotARegularFile() throws Exception {
		write("good.txt", "Ketamine for Nerve Pain\n" + KETAMINE);
		makeNamedPipe(SEEDS.resolve("pipe.txt"));

		ImportReport report = importer.importAll();

		assertThat(report.imported()).containsExactly("good.txt");
		assertThat(reasons(report)).containsExactly(Map.entry("pipe.txt", "not a regular file (a pipe, device or socket)"));
	}

	@Test
	void aFileLargerThanItsReportedSizeIsCutOffAtTheLimit() {
		// Files under /proc report a size of 0 whatever they hold; the process's memory map is
		// longer than the 4 KB this test allows.
		Path maps = Path.of("/proc/self/maps");
		assumeTrue(Files.isReadable(maps), "a /proc file system");

		assertThatExceptionOfType(BadArticleException.class).isThrownBy(() -> importer.read(maps))
			.withMessageStartingWith("larger than 4096 bytes");
	}

	@Test
	void aLinkPutInPlaceOfAListedFileIsNotFollowed() throws IOException {
		Path outside = Files.createTempFile("outside-the-seeds-", ".txt");
		try {
			Files.writeString(outside, SECRET);
			Path listed = SEEDS.resolve("a.txt");
			Files.createSymbolicLink(listed, outside);

			assertThatExceptionOfType(BadArticleException.class).isThrownBy(() -> importer.read(listed))
				.withMessage("a symbolic link, which the importer does not follow");
		}
		finally {
			Files.delete(outside);
		}
	}

	private void assertNoArticleHolds(String text) {
		String like = "%" + text + "%";
		assertThat(jdbc.queryForObject("select count(*) from article where title like ? or summary like ? or html like ? "
				+ "or plain_text like ?", Long.class, like, like, like, like)).as("articles holding '%s'", text).isZero();
	}

	private static void makeNamedPipe(Path path) throws InterruptedException {
		int exit;
		try {
			exit = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start().waitFor();
		}
		catch (IOException ex) {
			exit = -1;
		}
		assumeTrue(exit == 0, "mkfifo is available");
	}

	@Test
	void copyAddedLaterUnderANameThatSortsFirstIsNotImportedAgain() throws IOException {
		write("m-original.txt", "Ketamine for Nerve Pain\n" + KETAMINE);
		importer.importAll();

		write("a-copy.txt", "Ketamine for Nerve Pain\n" + KETAMINE);
		ImportReport report = importer.importAll();

		assertThat(report.unchanged()).containsExactly("m-original.txt");
		assertThat(reasons(report)).containsOnlyKeys("a-copy.txt");
		assertThat(reasons(report).get("a-copy.txt")).contains("same content as m-original.txt");
		assertThat(articles.count()).isOne();
		assertThat(article("m-original.txt").getSlug()).isEqualTo("ketamine-for-nerve-pain");
	}

	@Test
	void renamedFileKeepsItsSlug() throws IOException {
		write("old-name.txt", "Ketamine for Nerve Pain\n" + KETAMINE);
		importer.importAll();

		Files.move(SEEDS.resolve("old-name.txt"), SEEDS.resolve("new-name.txt"));
		ImportReport report = importer.importAll();

		assertThat(report.removed()).containsExactly("old-name.txt");
		assertThat(report.imported()).containsExactly("new-name.txt");
		assertThat(articles.count()).isOne();
		assertThat(article("new-name.txt").getSlug()).isEqualTo("ketamine-for-nerve-pain");
	}

	@Test
	void aMissingSeedsFolderRemovesNothing() throws IOException {
		write("ketamine.txt", KETAMINE);
		importer.importAll();
		Path away = SEEDS.resolveSibling(SEEDS.getFileName() + "-unmounted");
		Files.move(SEEDS, away);
		try {
			ImportReport report = importer.importAll();

			assertThat(report.removed()).isEmpty();
			assertThat(articles.findBySourceFile("ketamine.txt")).isPresent();
		}
		finally {
			Files.move(away, SEEDS);
		}
	}

	@Test
	void anArticleTheDatabaseRefusesIsSkippedAndTheRestOfItsWindowIsStored() throws IOException {
		// Articles are stored a window at a time; a refused one must not take its window with it.
		jdbc.execute("alter table article add constraint refuse_poison check (title not like '%Poison%')");
		try {
			for (int number = 1; number <= 9; number++) {
				write("ketamine-" + number + ".txt", "Ketamine Notes " + number + "\n" + KETAMINE + "Note " + number + ".\n");
			}
			write("ketamine-5.txt", "Ketamine Poison Notes\n" + KETAMINE);

			ImportReport report = importer.importAll();

			assertThat(report.imported()).hasSize(8).doesNotContain("ketamine-5.txt");
			assertThat(reasons(report)).containsOnlyKeys("ketamine-5.txt");
			assertThat(reasons(report).get("ketamine-5.txt")).startsWith("could not be stored");
			assertThat(articles.count()).isEqualTo(8);
			assertThat(article("ketamine-9.txt").getSlug()).isEqualTo("ketamine-notes-9");
		}
		finally {
			jdbc.execute("alter table article drop constraint refuse_poison");
		}
	}

	@Test
	@ExtendWith(OutputCaptureExtension.class)
	void aSlugClashWithAStoredArticleNamesItsFileInTheLog(CapturedOutput output) throws IOException {
		write("b.md", "# Kratom and Pain\n\n" + KRATOM);
		importer.importAll();
		write("c.txt", "Kratom and Pain\nAnother kratom text. Kratom binds opioid receptors. Kratom grows in Asia.");
		importer.importAll();

		assertThat(output).contains("b.md and c.txt both want the slug 'kratom-and-pain'; c.txt gets 'kratom-and-pain-2'");
	}

	@Test
	@ExtendWith(OutputCaptureExtension.class)
	void aFileNameCannotForgeALineInTheLog(CapturedOutput output) throws IOException {
		String forged = "2026-01-01T00:00:00.000Z  WARN 1 --- [main] o.p.library.importer.LibraryImporter : forged";
		write("empty.txt\n" + forged + " skip.txt", new byte[0]);
		write("ketamine.txt\r" + forged + " removed.txt", "Ketamine for Nerve Pain\n" + KETAMINE);
		importer.importAll();
		Files.delete(SEEDS.resolve("ketamine.txt\r" + forged + " removed.txt"));

		importer.importAll();

		assertThat(output.getAll().lines()).noneMatch(line -> line.startsWith("2026-01-01T00:00:00.000Z"))
			.anyMatch(line -> line.endsWith("Skipped empty.txt\\n" + forged + " skip.txt: empty (no text)"))
			.anyMatch(line -> line
				.endsWith("Removed the article of ketamine.txt\\r" + forged + " removed.txt: its file is gone"));
	}

	@Test
	void aWindowOfNewAndChangedFilesIsStoredWithItsTagsAndSlugs() throws IOException {
		write("a.txt", "Ketamine for Nerve Pain\n" + KETAMINE);
		write("b.md", "# Kratom and Pain\n\n" + KRATOM);
		importer.importAll();
		Long id = article("a.txt").getId();

		write("a.txt", "Ketamine for Nerve Pain\nKetamine may reduce inflammation. Ketamine helps. Ketamine works.");
		write("c.txt", "Kratom and Pain\nAnother kratom text. Kratom binds opioid receptors. Kratom grows in Asia.");
		write("d.txt", "Kratom and Pain\nA third kratom text. Kratom is a leaf. Kratom tea is bitter.");
		ImportReport report = importer.importAll();

		assertThat(report.updated()).containsExactly("a.txt");
		assertThat(report.imported()).containsExactly("c.txt", "d.txt");
		assertThat(article("a.txt").getId()).isEqualTo(id);
		assertThat(article("c.txt").getSlug()).isEqualTo("kratom-and-pain-2");
		assertThat(article("d.txt").getSlug()).isEqualTo("kratom-and-pain-3");
		inTransaction(() -> {
			assertThat(article("a.txt").getMechanisms()).extracting(tag -> tag.getMechanism().getSlug())
				.containsExactly("anti-inflammatory-action");
			assertThat(article("c.txt").getMechanisms()).extracting(tag -> tag.getMechanism().getSlug())
				.containsExactly("opioid-receptor-binding");
			return null;
		});
	}

}
