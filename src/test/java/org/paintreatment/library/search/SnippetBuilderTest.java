package org.paintreatment.library.search;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.paintreatment.library.search.SnippetBuilder.Match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class SnippetBuilderTest {

	final SnippetBuilder builder = new SnippetBuilder(80);

	@Test
	void marksTheMatchedWordsOfTheBestPassage() {
		String text = "Kratom is a plant. Ketamine blocks NMDA receptors in the brain. It is an anaesthetic.";

		String snippet = builder.best(text, words(text, "NMDA", "receptors")).orElseThrow();

		assertThat(snippet).isEqualTo("Ketamine blocks <mark>NMDA</mark> <mark>receptors</mark> in the brain.");
	}

	@Test
	void escapesTheArticleTextSoOnlyItsOwnMarksAreMarkup() {
		String text = "Try <script>alert('x')</script> & \"ketamine\" <b>now</b>.";

		String snippet = builder.best(text, words(text, "ketamine")).orElseThrow();

		assertThat(snippet).isEqualTo("Try &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;<mark>ketamine</mark>&quot; "
				+ "&lt;b&gt;now&lt;/b&gt;.");
		List<Element> elements = Jsoup.parseBodyFragment(snippet).body().select("*").stream().skip(1).toList();
		assertThat(elements).extracting(Element::tagName).containsExactly("mark");
		assertThat(Jsoup.parseBodyFragment(snippet).text()).isEqualTo(text);
	}

	@Test
	void aMarkedWordIsEscapedToo() {
		String text = "The <mark> element & its word.";

		String snippet = builder.best(text, List.of(new Match(4, 10, "mark"))).orElseThrow();

		assertThat(snippet).isEqualTo("The <mark>&lt;mark&gt;</mark> element &amp; its word.");
	}

	@Test
	void prefersThePassageWithMoreDistinctWordsThenMoreMatchesThenTheFirst() {
		String text = "Pain pain pain everywhere.\nOpioid receptors and pain.\nOpioid receptors again and pain.";

		assertThat(builder.best(text, words(text, "pain", "opioid", "receptors")).orElseThrow())
			.isEqualTo("<mark>Opioid</mark> <mark>receptors</mark> and <mark>pain</mark>.");
		assertThat(builder.best(text, words(text, "pain")).orElseThrow())
			.isEqualTo("<mark>Pain</mark> <mark>pain</mark> <mark>pain</mark> everywhere.");
	}

	@Test
	void passesOverAPassageTheSummaryAlreadyShows() {
		String text = "Ketamine helps with migraines. Later on, migraines came back after ketamine.";
		String summary = "Ketamine helps with migraines.";

		assertThat(builder.best(text, words(text, "migraines"), summary).orElseThrow())
			.isEqualTo("Later on, <mark>migraines</mark> came back after ketamine.");
		assertThat(builder.best("Ketamine helps with migraines.", words("Ketamine helps with migraines.", "migraines"),
				summary).orElseThrow()).isEqualTo("Ketamine helps with <mark>migraines</mark>.");
	}

	@Test
	void cutsALongPassageAroundItsFirstMatchAtWordBoundaries() {
		String text = "One two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
				+ "sixteen seventeen ketamine eighteen nineteen twenty twenty-one twenty-two twenty-three twenty-four "
				+ "twenty-five twenty-six.";

		String snippet = builder.best(text, words(text, "ketamine")).orElseThrow();

		assertThat(snippet).startsWith("\u2026 ").endsWith(" \u2026").contains("<mark>ketamine</mark>");
		String inner = snippet.substring(2, snippet.length() - 2);
		assertThat(text).contains(inner.replace("<mark>", "").replace("</mark>", ""));
		assertThat(inner.replace("<mark>", "").replace("</mark>", "").length()).isLessThanOrEqualTo(80);
		assertThat(inner).doesNotStartWith(" ").doesNotEndWith(" ");
		assertThat(text).containsPattern("(^|\\s)" + Pattern.quote(inner.substring(0, inner.indexOf(' '))) + "\\s");
	}

	@Test
	void nothingMatchedGivesNoSnippet() {
		assertThat(builder.best("Some text.", List.of())).isEmpty();
		assertThat(builder.best("Short.", List.of(new Match(40, 45, "beyond")))).isEmpty();
	}

	@Test
	void theOpeningIsTheFirstPassageEscapedAndUnmarked() {
		assertThat(builder.opening("  First <line> & more.\nSecond line.")).isEqualTo("First &lt;line&gt; &amp; more.");
		assertThat(builder.opening("")).isEmpty();
	}

	@Test
	void overlappingMatchesAreMarkedOnce() {
		String text = "Opioid receptors.";

		String snippet = builder.best(text, List.of(new Match(0, 6, "opioid"), new Match(0, 6, "opioid"),
				new Match(7, 16, "receptor"))).orElseThrow();

		assertThat(snippet).isEqualTo("<mark>Opioid</mark> <mark>receptors</mark>.");
	}

	@Test
	void passagesAreSentencesAndLines() {
		List<int[]> passages = SnippetBuilder.passages("One. Two!\n\n  Three? Four");

		assertThat(passages).extracting(range -> range[0] + "-" + range[1]).containsExactly("0-4", "5-9", "13-19", "20-24");
	}

	@Test
	void thePassageAroundACharacterIsTheOneOfAllPassagesThatHoldsIt() {
		Random random = new Random(23);
		for (int n = 0; n < 2_000; n++) {
			String text = randomText(random);
			List<int[]> passages = SnippetBuilder.passages(text);
			for (int at = 0; at < text.length(); at++) {
				int character = at;
				String holding = passages.stream()
					.filter(range -> range[0] <= character && character < range[1])
					.map(range -> range[0] + "-" + range[1])
					.findFirst()
					.orElse(null);
				int[] around = SnippetBuilder.passageAround(text, at);

				assertThat(around == null ? null : around[0] + "-" + around[1]).as("%s at %d", text, at).isEqualTo(holding);
			}
		}
	}

	@Test
	void theWorkGrowsInProportionToTheNumberOfSentences() {
		String text = sentences(2_000);
		String eightTimes = sentences(16_000);

		long once = workFor(text, "");
		long eight = workFor(eightTimes, "");

		assertThat(eight).isLessThanOrEqualTo(10 * once);
		// the first sentence is in the summary: the next one is shown instead, at the same cost
		assertThat(workFor(eightTimes, "Pain came back on day 1.")).isLessThanOrEqualTo(10 * once);
	}

	@Test
	void theWorkGrowsInProportionToTheNumberOfHeadingLines() {
		assertThat(workFor(headings(40_000), "")).isLessThanOrEqualTo(10 * workFor(headings(5_000), ""));
	}

	@Test
	void aSnippetOfA600KbArticleOfShortSentencesTakesMillisecondsNotSeconds() {
		String text = sentences(24_000);
		List<Match> matches = words(text, "pain", "day");
		assertThat(text.length()).isGreaterThan(600_000);

		String snippet = assertTimeoutPreemptively(Duration.ofSeconds(1), () -> builder.best(text, matches).orElseThrow());

		assertThat(snippet).isEqualTo("<mark>Pain</mark> came back on <mark>day</mark> 1.");
	}

	@Test
	void picksTheSameSnippetsAsTheBuilderBeforeTheSweep() {
		Random random = new Random(17);
		for (int n = 0; n < 3_000; n++) {
			String text = randomText(random);
			List<Match> matches = randomMatches(random, text);
			List<int[]> passages = SnippetBuilder.passages(text);
			String shown = passages.isEmpty() || random.nextInt(3) == 0 ? ""
					: text.substring(passages.get(0)[0], passages.get(random.nextInt(passages.size()))[1]);
			int maxChars = 20 + random.nextInt(60);

			assertThat(new SnippetBuilder(maxChars).best(text, matches, shown)).as("%s / %s / %s", text, matches, shown)
				.isEqualTo(new QuadraticSnippetBuilder(maxChars).best(text, matches, shown));
		}
	}

	/** Words and the ends of sentences and lines, at random: many ties, long passages, empty ones. */
	private static String randomText(Random random) {
		String[] words = { "pain", "relief", "opioid", "receptors", "tea", "a", "<b>", "&", "long-lasting" };
		String[] breaks = { " ", " ", " ", ". ", "! ", "? ", "\n", "\n\n", ".\n", "  ", "." };
		StringBuilder text = new StringBuilder(random.nextBoolean() ? " " : "");
		for (int i = random.nextInt(60); i >= 0; i--) {
			text.append(words[random.nextInt(words.length)]).append(breaks[random.nextInt(breaks.length)]);
		}
		return text.toString();
	}

	/** The whole-word occurrences of some words, now and then twice, and a few ranges anywhere, some past the end. */
	private static List<Match> randomMatches(Random random, String text) {
		List<Match> matches = new ArrayList<>(words(text, "pain", "relief", "opioid", "receptors", "tea").stream()
			.filter(match -> random.nextInt(4) > 0)
			.toList());
		for (int i = random.nextInt(4); i > 0; i--) {
			matches.add(matches.isEmpty() ? new Match(0, 1, "x") : matches.get(random.nextInt(matches.size())));
			int start = random.nextInt(text.length() + 5);
			matches.add(new Match(start, start + 1 + random.nextInt(12), random.nextBoolean() ? "pain" : "other"));
		}
		Collections.shuffle(matches, random);
		return matches;
	}

	/** The matches the builder looked at to cut the snippet of {@code text} for the word "pain". */
	private static long workFor(String text, String shown) {
		SnippetBuilder fresh = new SnippetBuilder(80);
		assertThat(fresh.best(text, words(text, "pain"), shown)).isPresent();
		return fresh.matchesLookedAt();
	}

	/** Short sentences, each with the word "pain" once, as many as asked. */
	static String sentences(int count) {
		StringBuilder text = new StringBuilder();
		for (int n = 1; n <= count; n++) {
			text.append("Pain came back on day ").append(n).append(". ");
		}
		return text.toString().strip();
	}

	/** Short heading lines, each a block of its own as the importer joins them. */
	static String headings(int count) {
		StringBuilder text = new StringBuilder();
		for (int n = 1; n <= count; n++) {
			text.append("Pain, part ").append(n).append("\n\n");
		}
		return text.toString().strip();
	}

	/** Matches for every whole-word, case-insensitive occurrence of the words. */
	static List<Match> words(String text, String... words) {
		List<Match> matches = new ArrayList<>();
		for (String word : words) {
			Matcher matcher = Pattern.compile("\\b" + Pattern.quote(word) + "\\b", Pattern.CASE_INSENSITIVE).matcher(text);
			while (matcher.find()) {
				matches.add(new Match(matcher.start(), matcher.end(), word.toLowerCase()));
			}
		}
		return matches;
	}

}
