package org.paintreatment.library.search;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.paintreatment.library.article.ArticleFilter;
import org.paintreatment.library.article.ReadModel;
import org.paintreatment.library.support.LibraryHttp;
import org.paintreatment.library.taxonomy.TermKind;
import org.paintreatment.library.web.article.ArticleService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A measurement to run by hand, not a test: it is not named like one, so {@code ./mvnw verify}
 * never runs it. It generates 10,000 articles (the same ones every run), writes them straight into
 * an empty in-memory database, rebuilds the search index from scratch three times, and times a
 * fixed set of 300 queries at three levels: the engine, the article list (search + facets +
 * snippets) and the HTML page over HTTP.
 *
 * <pre>./mvnw -q test -Dtest=SearchBenchmark</pre>
 *
 * The figures are printed and written to {@code target/benchmark/search.txt}; see
 * docs/performance.md.
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:search-benchmark;DB_CLOSE_DELAY=-1",
				"library.seeds-dir=target/benchmark/no-seeds", "library.index-dir=target/benchmark/index",
				"logging.level.org.paintreatment.library=WARN" })
class SearchBenchmark {

	/** 10,000 unless {@code -Dsearch.benchmark.articles=…} says otherwise. */
	static final int ARTICLES = Integer.getInteger("search.benchmark.articles", 10_000);

	static final int QUERIES = 300;

	static final int REBUILDS = 3;

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	SearchIndexer indexer;

	@Autowired
	SearchIndex index;

	@Autowired
	SearchService search;

	@Autowired
	ArticleService articles;

	@Autowired
	ReadModel library;

	@Test
	void measure() throws IOException {
		StringBuilder report = new StringBuilder();
		long generated = System.nanoTime();
		long words = new Library(jdbc, new Random(20_260_101)).generate(ARTICLES);
		library.rebuild();
		line(report, "Generated %,d articles (%,d words of text) in %,d ms", ARTICLES, words, millisSince(generated));

		List<Long> rebuilds = new ArrayList<>();
		for (int run = 0; run < REBUILDS; run++) {
			SearchIndexer.Outcome outcome = indexer.rebuild();
			assertThat(outcome.indexed()).isEqualTo(ARTICLES);
			rebuilds.add(outcome.millis());
		}
		line(report, "Index rebuild from scratch (database → Lucene, committed): %s ms; index size %,d KB",
				rebuilds, folderSize(index.folder()) / 1024);

		List<ArticleFilter> queries = Queries.generate(new Random(7), QUERIES);
		LibraryHttp http = new LibraryHttp(port);
		for (ArticleFilter filter : queries) { // warm-up: JIT, caches, page cache
			search.search(filter.query());
			articles.list(filter);
			http.get(filter.url());
		}
		int found = 0;
		for (ArticleFilter filter : queries) {
			found += search.search(filter.query()).ids().isEmpty() ? 0 : 1;
		}
		line(report, "%d queries (%d find articles): single words, pairs, quoted phrases, misspellings, synonyms, "
				+ "a tenth with a treatment filter", queries.size(), found);
		line(report, "%-58s %s", "Engine: SearchService.search (all hits ranked + suggestion)",
				latencies(queries, filter -> () -> search.search(filter.query()), true));
		line(report, "%-58s %s", "List: ArticleService.list (+ facet counts, 20 snippets)",
				latencies(queries, filter -> () -> articles.list(filter), true));
		line(report, "%-58s %s", "Page: GET /articles?q=… over HTTP (+ Thymeleaf)", latencies(queries, filter -> () -> {
			assertThat(http.get(filter.url()).statusCode()).isEqualTo(200);
			return null;
		}, false));
		line(report, "Java %s, %d processors, max heap %,d MB, load average %.1f at the end",
				System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
				Runtime.getRuntime().maxMemory() / (1024 * 1024),
				ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
		Path out = Path.of("target/benchmark/search.txt");
		Files.createDirectories(out.getParent());
		Files.writeString(out, report);
	}

	/**
	 * Wall-clock time, and (when the work runs on this thread) the thread's CPU time, which other
	 * processes competing for the machine disturb much less.
	 */
	private static String latencies(List<ArticleFilter> queries,
			java.util.function.Function<ArticleFilter, Supplier<?>> work, boolean onThisThread) {
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		long[] nanos = new long[queries.size()];
		long[] cpu = new long[queries.size()];
		for (int i = 0; i < queries.size(); i++) {
			Supplier<?> call = work.apply(queries.get(i));
			long cpuStarted = threads.getCurrentThreadCpuTime();
			long started = System.nanoTime();
			call.get();
			nanos[i] = System.nanoTime() - started;
			cpu[i] = threads.getCurrentThreadCpuTime() - cpuStarted;
		}
		Arrays.sort(nanos);
		Arrays.sort(cpu);
		String wall = String.format(Locale.ROOT, "p50 %6.2f ms  p99 %6.2f ms  max %6.2f ms", percentile(nanos, 50),
				percentile(nanos, 99), nanos[nanos.length - 1] / 1e6);
		return onThisThread ? wall + String.format(Locale.ROOT, "  | CPU p50 %6.2f ms  p99 %6.2f ms",
				percentile(cpu, 50), percentile(cpu, 99)) : wall;
	}

	/** Nearest-rank percentile of sorted nanoseconds, in milliseconds (SearchPopulationBenchmark uses it too). */
	static double percentile(long[] sorted, int percent) {
		int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
		return sorted[Math.max(0, rank - 1)] / 1e6;
	}

	private static void line(StringBuilder report, String format, Object... arguments) {
		String line = String.format(Locale.ROOT, format, arguments);
		System.out.println("[search benchmark] " + line);
		report.append(line).append('\n');
	}

	private static long millisSince(long started) {
		return (System.nanoTime() - started) / 1_000_000;
	}

	private static long folderSize(Path folder) throws IOException {
		try (Stream<Path> files = Files.walk(folder)) {
			return files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
		}
	}

	/** Words the generated articles are made of. */
	static final class Words {

		static final List<String> TREATMENTS = List.of("acupuncture", "kratom", "ketamine", "tens", "cannabis", "unclassified");

		static final Map<String, String> TREATMENT_WORDS = Map.of("acupuncture", "acupuncture", "kratom", "kratom",
				"ketamine", "ketamine", "tens", "transcutaneous electrical nerve stimulation", "cannabis", "cannabidiol",
				"unclassified", "massage");

		static final Map<String, String> MECHANISM_PHRASES = new LinkedHashMap<>();

		static final Map<String, String> CAVEAT_PHRASES = new LinkedHashMap<>();

		static {
			MECHANISM_PHRASES.put("endorphin-release", "the release of endorphins");
			MECHANISM_PHRASES.put("neurotransmitter-modulation", "changes in neurotransmitter activity");
			MECHANISM_PHRASES.put("relaxation-response", "a relaxation response");
			MECHANISM_PHRASES.put("improved-blood-flow", "improved blood flow");
			MECHANISM_PHRASES.put("opioid-receptor-binding", "binding to opioid receptors");
			MECHANISM_PHRASES.put("nmda-receptor-antagonism", "blocking NMDA receptors");
			MECHANISM_PHRASES.put("anti-inflammatory-action", "anti-inflammatory effects");
			MECHANISM_PHRASES.put("gate-control", "the gate control of pain");
			CAVEAT_PHRASES.put("individual-variation", "results vary between individuals");
			CAVEAT_PHRASES.put("gradual-relief", "relief is gradual over a series of treatments");
			CAVEAT_PHRASES.put("consult-a-professional", "consult a healthcare professional first");
			CAVEAT_PHRASES.put("legal-status-varies", "its legal status differs between countries");
			CAVEAT_PHRASES.put("more-research-needed", "more research is needed");
			CAVEAT_PHRASES.put("side-effects", "side effects such as nausea");
			CAVEAT_PHRASES.put("medical-supervision", "treatment under medical supervision");
			CAVEAT_PHRASES.put("not-fda-approved", "it is not FDA approved for this use");
			CAVEAT_PHRASES.put("promotional-source", "book an appointment at our clinic");
			CAVEAT_PHRASES.put("dependence-risk", "a risk of dependence and withdrawal");
		}

		static final List<String> DOMAIN = List.of(("pain chronic acute relief dose doses session sessions therapy patient "
				+ "patients clinical study studies trial trials evidence brain nerve nerves receptor receptors inflammation "
				+ "muscle muscles tissue headache headaches migraine migraines back neck joint joints arthritis fibromyalgia "
				+ "neuropathy sleep anxiety depression opioid opioids tolerance infusion infusions injection needle needles "
				+ "tea powder capsule capsules leaf leaves extract alkaloid alkaloids mitragynine spine spinal cord signal "
				+ "signals perception sensation stress tension circulation oxygen serotonin dopamine glutamate anaesthetic "
				+ "analgesic painkiller medication medications symptom symptoms treatment treatments practitioner doctor "
				+ "clinic recovery injury surgery cancer knee shoulder hip nausea dizziness electrode electrodes pulse "
				+ "pulses frequency skin stimulation acupoint meridian needling cannabinoid dosage placebo").split(" "));

		static final List<String> COMMON = List.of(("the a an of and to in is that for it with as on be by this are or "
				+ "can may from at have has not but some many more most other such these those which when while how what "
				+ "also often used use using people person body help helps helped effect effects effective result results "
				+ "research researchers found find shows show suggest suggests report reports reported known called "
				+ "well very much few several each different same new long short time times day days week weeks month "
				+ "months year years first after before during between about into over under through without within "
				+ "level levels small large high low increase decrease reduce reduces reduced improve improves improved "
				+ "work works worked way ways part parts common rare likely possible important role factor factors "
				+ "experience experienced feel feeling better worse quality life daily activity activities").split(" "));

		final List<String> rare = new ArrayList<>();

		Words(Random random) {
			String[] syllables = { "ba", "ce", "di", "fo", "gu", "ka", "le", "mi", "no", "pu", "ra", "se", "ti", "vo", "zu",
					"bri", "cla", "dro", "fle", "gri", "pla", "tre", "stro", "lin", "mar", "tol", "ven", "dex", "cor", "phen" };
			while (rare.size() < 4000) {
				StringBuilder word = new StringBuilder();
				for (int i = 2 + random.nextInt(3); i > 0; i--) {
					word.append(syllables[random.nextInt(syllables.length)]);
				}
				rare.add(word.toString());
			}
		}

	}

	/** Writes the generated articles and their tags straight into the database. */
	record Library(JdbcTemplate jdbc, Random random) {

		long generate(int count) {
			Words words = new Words(random);
			Map<String, Long> treatments = ids("treatment");
			Map<String, Long> mechanisms = ids("mechanism");
			Map<String, Long> caveats = ids("caveat");
			List<Object[]> rows = new ArrayList<>();
			List<Object[]> mechanismRows = new ArrayList<>();
			List<Object[]> caveatRows = new ArrayList<>();
			long totalWords = 0;
			long linkId = 5_000_000;
			Timestamp importedAt = Timestamp.from(Instant.parse("2026-01-01T00:00:00Z"));
			for (int n = 0; n < count; n++) {
				long id = 1_000_000 + n;
				String treatment = Words.TREATMENTS.get(Math.min(random.nextInt(7), 5));
				List<String> ownMechanisms = pick(new ArrayList<>(Words.MECHANISM_PHRASES.keySet()), random.nextInt(4));
				List<String> ownCaveats = pick(new ArrayList<>(Words.CAVEAT_PHRASES.keySet()), random.nextInt(4));
				String title = capitalised(Words.TREATMENT_WORDS.get(treatment) + " for " + any(Words.DOMAIN) + " "
						+ any(Words.DOMAIN) + ": " + sentence(words, 3, treatment, List.of(), List.of()));
				title = title.length() > 190 ? title.substring(0, 190) : title;
				String summary = sentence(words, 14, treatment, ownMechanisms, ownCaveats) + " "
						+ sentence(words, 12, treatment, ownMechanisms, ownCaveats);
				StringBuilder body = new StringBuilder();
				int paragraphs = 6 + random.nextInt(10);
				for (int p = 0; p < paragraphs; p++) {
					for (int s = 4 + random.nextInt(5); s > 0; s--) {
						body.append(sentence(words, 10 + random.nextInt(14), treatment, ownMechanisms, ownCaveats)).append(' ');
					}
					body.append("\n\n");
				}
				String text = body.toString().strip();
				int wordCount = text.split("\\s+").length;
				totalWords += wordCount;
				rows.add(new Object[] { id, "generated-" + n, title, summary, treatments.get(treatment), "<p>generated</p>",
						text, "generated-" + n + ".txt", "0".repeat(64), "0".repeat(64), wordCount,
						Math.max(1, wordCount / 200), importedAt });
				for (String slug : ownMechanisms) {
					mechanismRows.add(new Object[] { linkId++, id, mechanisms.get(slug), Words.MECHANISM_PHRASES.get(slug) });
				}
				for (String slug : ownCaveats) {
					caveatRows.add(new Object[] { linkId++, id, caveats.get(slug), Words.CAVEAT_PHRASES.get(slug) });
				}
			}
			jdbc.batchUpdate("""
					insert into article (id, slug, title, summary, treatment_id, html, plain_text, source_file, content_hash,
					  rules_fingerprint, word_count, reading_minutes, imported_at)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
			jdbc.batchUpdate("insert into article_mechanism (id, article_id, mechanism_id, evidence) values (?, ?, ?, ?)",
					mechanismRows);
			jdbc.batchUpdate("insert into article_caveat (id, article_id, caveat_id, evidence) values (?, ?, ?, ?)",
					caveatRows);
			return totalWords;
		}

		private Map<String, Long> ids(String table) {
			Map<String, Long> ids = new LinkedHashMap<>();
			jdbc.query("select slug, id from " + table, row -> {
				ids.put(row.getString(1), row.getLong(2));
			});
			return ids;
		}

		private String sentence(Words words, int length, String treatment, List<String> mechanisms, List<String> caveats) {
			StringBuilder sentence = new StringBuilder();
			for (int i = 0; i < length; i++) {
				int dice = random.nextInt(100);
				String word;
				if (dice < 55) {
					word = any(Words.COMMON);
				}
				else if (dice < 85) {
					word = any(Words.DOMAIN);
				}
				else if (dice < 92) {
					word = words.rare.get((int) Math.abs(random.nextGaussian() * 600) % words.rare.size());
				}
				else if (dice < 96) {
					word = Words.TREATMENT_WORDS.get(treatment);
				}
				else if (dice < 98 && !mechanisms.isEmpty()) {
					word = Words.MECHANISM_PHRASES.get(mechanisms.get(random.nextInt(mechanisms.size())));
				}
				else if (!caveats.isEmpty()) {
					word = Words.CAVEAT_PHRASES.get(caveats.get(random.nextInt(caveats.size())));
				}
				else {
					word = any(Words.DOMAIN);
				}
				sentence.append(i == 0 ? "" : " ").append(word);
			}
			return capitalised(sentence.append('.').toString());
		}

		private List<String> pick(List<String> from, int count) {
			java.util.Collections.shuffle(from, random);
			return List.copyOf(from.subList(0, count));
		}

		private String any(List<String> from) {
			return from.get(random.nextInt(from.size()));
		}

		private static String capitalised(String text) {
			return Character.toUpperCase(text.charAt(0)) + text.substring(1);
		}

	}

	/** The fixed query mix. */
	static final class Queries {

		static final List<String> SYNONYMS = List.of("Mitragyna speciosa", "NMDA antagonist", "TENS", "cbd",
				"side effects", "painkiller", "opioid agonist", "marijuana");

		static List<ArticleFilter> generate(Random random, int count) {
			Words words = new Words(new Random(20_260_101));
			List<String> vocabulary = new ArrayList<>(Words.DOMAIN);
			List<ArticleFilter> queries = new ArrayList<>();
			for (int n = 0; n < count; n++) {
				String q = switch (n % 10) {
					case 0, 1, 2 -> pick(random, vocabulary);
					case 3 -> pick(random, words.rare.subList(0, 1500));
					case 4, 5 -> pick(random, vocabulary) + " " + pick(random, vocabulary);
					case 6 -> "\"" + pick(random, new ArrayList<>(Words.MECHANISM_PHRASES.values()).stream()
						.map(phrase -> phrase.replaceFirst("^(the|a|an) ", ""))
						.toList()) + "\"";
					case 7 -> misspelt(random, pick(random, vocabulary.stream().filter(word -> word.length() > 5).toList()));
					case 8 -> pick(random, SYNONYMS);
					default -> pick(random, vocabulary) + " " + pick(random, List.of("relief", "chronic", "patients"));
				};
				Map<TermKind, Set<String>> selected = n % 10 == 9
						? Map.of(TermKind.TREATMENT, Set.of(pick(random, Words.TREATMENTS))) : Map.of();
				queries.add(new ArticleFilter(selected, q, 1, ArticleFilter.DEFAULT_SIZE));
			}
			return queries;
		}

		private static String misspelt(Random random, String word) {
			int at = 1 + random.nextInt(word.length() - 2);
			return word.substring(0, at) + word.substring(at + 1);
		}

		private static String pick(Random random, List<String> from) {
			return from.get(random.nextInt(from.size()));
		}

	}

}
