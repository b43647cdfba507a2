import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Writes N generated article files into a folder, for benchmarks: deterministic (file i is the
 * same bytes on every run, whatever N), and not all alike, so that a benchmark asking for many of
 * them meets the spread a real library has.
 *
 * <ul>
 * <li>Length: 300 to 5,000 words, skewed as blogs are: most short (median about 670 words), one in
 * ten over 3,000.</li>
 * <li>Structure: about one article in seven has no headings at all; the others have one section
 * per 150 to 400 words, some with sub-sections (scraped text: a paragraph ending in ":" followed
 * by short headings, which the importer nests; Markdown: {@code ###} and, in long articles,
 * {@code ####}), and lists of 2 to 8 items (numbered or nested ones in Markdown).</li>
 * <li>Terms: one of five treatments (one article in twenty-five is about an approach the taxonomy
 * does not know, so "unclassified" has articles too), a main condition in the title and a few
 * others in the text (migraine, low back pain, fibromyalgia, neuropathic pain, arthritis, ..., and
 * the taxonomy's own condition phrases if it has a {@code conditions:} section), 0 to 4 mechanism
 * and 0 to 5 caveat phrases read from the taxonomy file, so that the classifier tags it and the
 * facets have counts.</li>
 * <li>Vocabulary: a common filler and a few hundred less common words, so that searches for two
 * words find anything from a handful of articles to most of them.</li>
 * </ul>
 * Three files in four are scraped text (a title line, an intro, sometimes an inline table of
 * contents as "- " items, headed sections and blog boilerplate such as "Leave a Reply" for the
 * cleaner to drop); every fourth is Markdown with front matter.
 *
 * <p>Run with the JDK's source launcher (no build, no dependencies):
 * {@code java bench/Generate.java <folder> [count] [taxonomy.yml]}.
 */
public class Generate {

	static final int MIN_WORDS = 300;

	static final int MAX_WORDS = 5_000;

	static final String[][] TREATMENTS = {
			{ "Acupuncture", "acupuncture", "an acupuncturist", "acupoint" },
			{ "Kratom", "kratom", "kratom tea", "mitragynine" },
			{ "Ketamine", "ketamine", "a ketamine infusion", "esketamine" },
			{ "TENS Therapy", "a TENS unit", "TENS therapy", "transcutaneous electrical nerve stimulation" },
			{ "Cannabis", "cannabis", "CBD oil", "medical marijuana" } };

	/** Approaches the taxonomy has no treatment for: their articles are unclassified. */
	static final String[][] OTHER_APPROACHES = { { "Gentle Yoga", "gentle yoga", "a yoga class", "restorative yoga" },
			{ "Pacing", "activity pacing", "a pacing plan", "graded activity" },
			{ "Heat Packs", "heat packs", "a heating pad", "warm compresses" } };

	static final String[] CONDITIONS = { "low back pain", "migraine", "fibromyalgia", "neuropathic pain", "arthritis",
			"osteoarthritis", "rheumatoid arthritis", "neck pain", "sciatica", "tension headaches", "cancer pain",
			"post-surgical pain", "knee pain", "menstrual cramps", "shoulder pain", "diabetic neuropathy",
			"chronic pelvic pain", "carpal tunnel syndrome", "endometriosis", "complex regional pain syndrome" };

	static final String[] TITLE_PATTERNS = { "%s for %s: What Patients Report", "How %s Eases %s",
			"A Practical Guide to %s and %s", "Understanding %s in the Treatment of %s", "%s and %s Explained",
			"Living With %2$s: Where %1$s Fits", "Is %s Worth Trying for %s", "%s Against %s: A Reader's Notes",
			"What We Learned About %s and %s" };

	static final String[] SECTION_PATTERNS = { "How %s Works on the Body", "What the Research Says About %s",
			"Safety and Risks of %s", "Who Might Benefit From %s", "Getting Started With %s",
			"Comparing %s With Other Options", "The History of %s in Pain Care", "Costs and Access to %s",
			"What to Expect From %s Sessions", "Common Questions About %s", "Combining %s With Other Care",
			"Stories From People Using %s", "When %s Is Not the Right Choice", "Practical Notes on %s" };

	static final String[] CONDITION_SECTION_PATTERNS = { "%s and Everyday Life", "Living Well With %s",
			"What Makes %s Worse", "Tracking %s Over Time", "Talking About %s at Work" };

	/** Short labels for sub-sections: at most four words, so that the importer can nest them. */
	static final String[] SUBTOPICS = { "Dosage", "Timing", "Costs", "Tolerance", "First Visit", "Long-Term Use",
			"Evidence", "Practical Tips", "At Home", "In the Clinic", "Sleep", "Work and Family", "Travel",
			"Older Adults", "Interactions", "Expectations", "Follow-Up Visits", "Diet and Exercise" };

	static final String[] GENERIC_SECTIONS = { "A Week in Practice", "Notes From the Waiting Room",
			"What Readers Asked Us", "Before You Decide", "Where to Find Help", "Final Thoughts" };

	static final String[] FILLER = {
			"Many people living with %s look for options beyond the usual prescriptions.",
			"Patients describe the experience in very different ways, and the details matter.",
			"A typical course starts with a conversation about goals, history and current medication.",
			"The first weeks are usually about finding a routine that fits daily life.",
			"Clinics often keep a diary of symptoms so that changes can be seen over time.",
			"Sleep, movement and mood all interact with how %s is felt from day to day.",
			"Some readers combine several approaches and report that the mix works better than any one alone.",
			"Costs vary widely between clinics, and insurance coverage is patchy at best.",
			"Practitioners differ in training, and it is worth asking about their experience.",
			"Small practical details, such as the time of day, can change how a session feels.",
			"Friends and family often notice improvements before the patient does.",
			"Keeping expectations realistic helps people stay with a plan long enough to judge it.",
			"Questions about dosage, frequency and duration come up in almost every first visit.",
			"There is a long tradition behind the practice, but modern clinics adapt it freely.",
			"Writers on patient forums share tips that range from the useful to the doubtful.",
			"A good week with %s can be followed by a bad one for no obvious reason.",
			"Nobody in the group expected quick answers, and few got them.",
			"The waiting lists are long in some regions and short in others." };

	/** Less common words, a few per article, so that words differ in how many articles have them. */
	static final String[] WORDS = { "stiffness", "swelling", "flare-ups", "posture", "hydration", "stretching",
			"cartilage", "serotonin", "dopamine", "insomnia", "fatigue", "nausea", "dizziness", "appetite", "spine",
			"vertebrae", "tendons", "ligaments", "joints", "muscles", "hormones", "cortisol", "mindfulness", "breathing",
			"walking", "swimming", "cycling", "gardening", "caffeine", "alcohol", "weather", "humidity", "pharmacist",
			"neurologist", "rheumatologist", "physiotherapist", "chiropractor", "osteopath", "insurance", "copayment",
			"prescription", "tapering", "relapse", "remission", "placebo", "questionnaire", "anecdotes", "capsules",
			"tincture", "patches", "electrodes", "needles", "infusions", "pharmacy", "hospital", "waiting list",
			"referral", "diary", "journaling", "meditation", "massage", "orthotics", "footwear", "mattress", "pillows",
			"ergonomics", "keyboard", "commuting", "driving", "stairs", "lifting", "kneeling", "typing", "gripping",
			"numbness", "tingling", "burning", "throbbing", "aching", "cramping", "stabbing", "shooting", "pressure",
			"temperature", "cold packs", "bathing", "saunas", "vitamin", "magnesium", "turmeric", "ginger", "omega",
			"supplements", "smoking", "weight", "pregnancy", "menopause", "adolescents", "grandparents", "caregivers",
			"employers", "colleagues", "holidays", "mornings", "evenings", "weekends", "winter", "summer", "rainfall",
			"altitude", "flights", "luggage", "budgets", "receipts", "paperwork", "appointments", "telehealth",
			"videos", "podcasts", "newsletters", "forums", "helplines", "pamphlets", "leaflets", "posters", "checklists",
			"spreadsheets", "calendars", "reminders", "alarms", "wearables", "pedometers", "thermometers", "ultrasound",
			"x-rays", "scans", "bloodwork", "biopsies", "surgery", "splints", "braces", "crutches", "wheelchairs",
			"handrails", "cushions", "blankets", "kettles", "recipes", "smoothies", "porridge", "lentils", "almonds",
			"blueberries", "salmon", "spinach", "garlic", "honey", "chamomile", "lavender", "peppermint", "eucalyptus" };

	static final String[] WORD_SENTENCES = { "Several readers mention %s alongside %s.",
			"The notes on %s also touch on %s, which came up more than once.",
			"One reader kept track of %s and %s for a month.", "Questions about %s led, as usual, to %s.",
			"Nobody had expected %s to matter as much as %s." };

	static final String[] LIST_ITEMS = { "%s and %s", "Ask about %s before the first visit",
			"Keep notes on %s and %s", "Plan for %s on bad days", "Compare %s with %s", "Check what %s costs" };

	static final String[] BOILERPLATE = { "Leave a Reply",
			"Your email address will not be published. Required fields are marked *", "Comments", "By SARAH",
			"Share this:", "Like this:", "Post Comment", "Cancel reply" };

	public static void main(String[] args) throws IOException {
		if (args.length < 1) {
			System.err.println("usage: java bench/Generate.java <folder> [count] [taxonomy.yml]");
			System.exit(2);
		}
		Path folder = Path.of(args[0]);
		int count = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
		Path taxonomyFile = Path.of(args.length > 2 ? args[2] : "src/main/resources/library/taxonomy.yml");
		Terms terms = new Terms(phrases(taxonomyFile, "mechanisms"), phrases(taxonomyFile, "caveats"),
				conditions(phrases(taxonomyFile, "conditions")));
		Files.createDirectories(folder);
		long bytes = 0;
		long words = 0;
		int longest = 0;
		for (int i = 0; i < count; i++) {
			Article article = new Article(i, new SplittableRandom(0x5eedL * 1_000_003L + i), terms);
			String text = article.text();
			byte[] content = text.getBytes(StandardCharsets.UTF_8);
			Files.write(folder.resolve(article.fileName()), content);
			bytes += content.length;
			words += article.words;
			longest = Math.max(longest, article.words);
		}
		System.out.printf("Wrote %d articles (%.1f KB and %d words on average, the longest %d words) to %s%n", count,
				count == 0 ? 0 : bytes / 1024.0 / count, count == 0 ? 0 : words / count, longest, folder);
	}

	/** The built-in condition words, then the taxonomy's condition phrases that are not among them. */
	static List<String> conditions(Map<String, List<String>> fromTaxonomy) {
		Set<String> all = new LinkedHashSet<>(List.of(CONDITIONS));
		fromTaxonomy.values().forEach(phrases -> phrases.forEach(phrase -> all.add(phrase.toLowerCase())));
		return List.copyOf(all);
	}

	/** Term slug → detection phrases of one section of the taxonomy file, "*" filled in with words. */
	static Map<String, List<String>> phrases(Path taxonomy, String section) throws IOException {
		Map<String, List<String>> phrases = new LinkedHashMap<>();
		String current = null;
		String slug = null;
		boolean inPhraseList = false;
		for (String line : Files.readAllLines(taxonomy)) {
			if (!line.startsWith(" ") && line.endsWith(":")) {
				current = line.substring(0, line.length() - 1);
				continue;
			}
			if (!section.equals(current)) {
				continue;
			}
			String trimmed = line.strip();
			if (trimmed.startsWith("- slug:")) {
				slug = trimmed.substring("- slug:".length()).strip();
				phrases.put(slug, new ArrayList<>());
				inPhraseList = false;
			}
			else if (trimmed.startsWith("phrases:") && slug != null) {
				String rest = trimmed.substring("phrases:".length()).strip();
				if (rest.startsWith("[")) {
					for (String phrase : rest.substring(1, rest.length() - 1).split(",")) {
						add(phrases.get(slug), phrase);
					}
				}
				else {
					inPhraseList = true;
				}
			}
			else if (inPhraseList && trimmed.startsWith("- ")) {
				add(phrases.get(slug), trimmed.substring(2));
			}
			else {
				inPhraseList = false;
			}
		}
		phrases.values().removeIf(List::isEmpty);
		return phrases;
	}

	private static void add(List<String> list, String phrase) {
		String clean = phrase.strip().replace("\"", "").replace("*", "quite clearly among");
		if (!clean.isEmpty()) {
			list.add(clean);
		}
	}

	/** What the taxonomy file gives the generator. */
	record Terms(Map<String, List<String>> mechanisms, Map<String, List<String>> caveats, List<String> conditions) {
	}

	/** One generated article. */
	static final class Article {

		final int number;

		final SplittableRandom random;

		final Terms terms;

		final String[] treatment;

		final String condition;

		final String title;

		final int target;

		final List<String> statements = new ArrayList<>();

		final Set<String> headings = new LinkedHashSet<>();

		StringBuilder out;

		int words;

		Article(int number, SplittableRandom random, Terms terms) {
			this.number = number;
			this.random = random;
			this.terms = terms;
			this.treatment = random.nextInt(25) == 0 ? OTHER_APPROACHES[random.nextInt(OTHER_APPROACHES.length)]
					: TREATMENTS[random.nextInt(TREATMENTS.length)];
			this.condition = pick(terms.conditions());
			this.title = "Case " + (number + 1) + ": "
					+ String.format(pick(TITLE_PATTERNS), treatment[0], titleCase(condition));
			this.target = targetWords();
			int extra = target / 1_500;
			for (List<String> phrases : pickSome(terms.mechanisms(), random.nextInt(3 + Math.min(extra, 2)))) {
				statements.add(mechanismSentence(pick(phrases)));
			}
			for (List<String> phrases : pickSome(terms.caveats(), random.nextInt(4 + Math.min(extra, 2)))) {
				statements.add(caveatSentence(pick(phrases)));
			}
			for (int other = random.nextInt(3); other > 0; other--) {
				statements.add("Readers with " + pick(terms.conditions()) + " asked about " + treatment[1] + " too.");
			}
		}

		/** 300 to 5,000 words, most articles short: u^1.8 on a log scale (median ~670, 90th percentile ~3,000). */
		private int targetWords() {
			double u = random.nextDouble();
			return (int) Math.round(MIN_WORDS * StrictMath.pow((double) MAX_WORDS / MIN_WORDS, StrictMath.pow(u, 1.8)));
		}

		String fileName() {
			return String.format("gen-%05d.%s", number, isMarkdown() ? "md" : "txt");
		}

		boolean isMarkdown() {
			return number % 4 == 3;
		}

		String text() {
			out = new StringBuilder(target * 8);
			words = 0;
			if (isMarkdown()) {
				out.append("---\ntitle: \"").append(title).append("\"\n---\n\n");
			}
			else {
				out.append(title).append('\n');
			}
			paragraph(capitalise(treatment[1]) + " is one of the options people with " + condition
					+ " ask about, and article " + (number + 1) + " of this library collects what they found.", 3);
			int sections = random.nextInt(7) == 0 ? 0 : Math.max(1, Math.min(30, target / (150 + random.nextInt(250))));
			List<String> names = new ArrayList<>();
			for (int s = 0; s < sections; s++) {
				names.add(sectionName());
			}
			if (!isMarkdown() && sections >= 3 && random.nextInt(2) == 0) {
				out.append("Table of Contents\n");
				names.forEach(name -> out.append("- ").append(name).append('\n'));
			}
			int perSection = Math.max(60, (target - words) / Math.max(1, sections));
			for (String name : names) {
				heading(2, name);
				section(words + perSection, 3);
			}
			if (sections == 0) {
				section(target, 0);
			}
			StringBuilder closing = new StringBuilder(sentences(2));
			statements.forEach(statement -> closing.append(' ').append(statement));
			statements.clear();
			paragraph(closing.toString(), 0);
			if (!isMarkdown()) {
				for (String line : BOILERPLATE) {
					if (random.nextInt(4) > 0) {
						out.append(line).append('\n');
					}
				}
			}
			return out.toString();
		}

		/** Paragraphs, lists and (at {@code subLevel} > 0) sub-sections until the article has {@code until} words. */
		private void section(int until, int subLevel) {
			boolean listed = false;
			do {
				int roll = random.nextInt(10);
				if (roll == 0 && !listed) {
					list();
				}
				else if (roll == 2 && subLevel > 0 && until - words > 150) {
					subsections(until, subLevel);
				}
				else {
					// about 13 words a sentence: no paragraph much longer than what the section has left
					paragraph(null, Math.max(1, Math.min(3 + random.nextInt(6), (Math.min(until, target) - words) / 13)));
				}
				listed = roll == 0 && !listed;
			}
			while (words < Math.min(until, target - 60));
		}

		/** A paragraph ending in ":" and 2 to 4 short headings, one level down, each with text of its own. */
		private void subsections(int until, int level) {
			paragraph(sentences(1 + random.nextInt(2)) + " Several things play a part:", 0);
			int count = 2 + random.nextInt(3);
			int each = Math.max(40, (until - words) / count);
			List<String> labels = new ArrayList<>(List.of(SUBTOPICS));
			for (int s = 0; s < count; s++) {
				heading(level, labels.remove(random.nextInt(labels.size())));
				if (isMarkdown() && level == 3 && target > 2_500 && random.nextInt(4) == 0) {
					paragraph(null, 2);
					subsections(words + each, 4);
				}
				else {
					paragraph(null, Math.max(2, each / 15));
				}
			}
		}

		private String sectionName() {
			for (int attempt = 0; attempt < 20; attempt++) {
				int kind = random.nextInt(10);
				String name = kind < 7 ? String.format(pick(SECTION_PATTERNS), treatment[0])
						: kind < 9 ? String.format(pick(CONDITION_SECTION_PATTERNS), titleCase(pick(terms.conditions())))
								: pick(GENERIC_SECTIONS);
				if (headings.add(name)) {
					return name;
				}
			}
			String name = String.format(pick(SECTION_PATTERNS), treatment[0]) + " (Part " + (headings.size() + 1) + ")";
			headings.add(name);
			return name;
		}

		private void heading(int level, String text) {
			if (isMarkdown()) {
				out.append("#".repeat(level)).append(' ').append(text).append("\n\n");
			}
			else {
				out.append(text).append('\n');
			}
			words += count(text);
		}

		/** {@code start} (if any) and {@code sentences} more, with one of the pending term statements now and then. */
		private void paragraph(String start, int sentences) {
			StringBuilder paragraph = new StringBuilder(start == null ? "" : start);
			if (sentences > 0) {
				paragraph.append(paragraph.length() == 0 ? "" : " ").append(sentences(sentences));
			}
			if (!statements.isEmpty() && random.nextInt(3) == 0) {
				paragraph.append(' ').append(statements.remove(random.nextInt(statements.size())));
			}
			out.append(paragraph).append(isMarkdown() ? "\n\n" : "\n");
			words += count(paragraph);
		}

		private void list() {
			int items = 2 + random.nextInt(7);
			boolean numbered = isMarkdown() && random.nextInt(3) == 0;
			String bullet = isMarkdown() || random.nextInt(5) > 0 ? "- " : "\u2022 ";
			for (int item = 1; item <= items; item++) {
				String text = String.format(pick(LIST_ITEMS), pick(WORDS), item % 2 == 0 ? treatment[1 + random.nextInt(2)]
						: pick(terms.conditions()));
				out.append(numbered ? item + ". " : bullet).append(capitalise(text)).append('\n');
				words += count(text);
				if (isMarkdown() && random.nextInt(6) == 0) {
					String nested = capitalise(pick(WORDS)) + " and " + pick(WORDS);
					out.append(numbered ? "   - " : "  - ").append(nested).append('\n');
					words += count(nested);
				}
			}
			out.append(isMarkdown() ? "\n" : "");
		}

		private String sentences(int count) {
			StringBuilder text = new StringBuilder();
			for (int i = 0; i < count; i++) {
				text.append(text.length() == 0 ? "" : " ");
				int roll = random.nextInt(8);
				if (roll < 2) {
					text.append("With ").append(treatment[1 + random.nextInt(3)]).append(", patients with ")
						.append(pick(terms.conditions())).append(" report relief of ").append(10 + random.nextInt(60))
						.append(" percent after ").append(2 + random.nextInt(10)).append(" weeks.");
				}
				else if (roll < 4) {
					text.append(String.format(pick(WORD_SENTENCES), pick(WORDS), pick(WORDS)));
				}
				else {
					text.append(String.format(pick(FILLER), condition));
				}
			}
			return text.toString();
		}

		private String mechanismSentence(String phrase) {
			return switch (random.nextInt(3)) {
				case 0 -> "Researchers think " + treatment[1] + " works through " + phrase + ", at least in part.";
				case 1 -> "One proposed explanation involves " + phrase + " in the nervous system.";
				default -> "Supporters point to " + phrase + " as the reason " + treatment[1] + " helps.";
			};
		}

		private String caveatSentence(String phrase) {
			return switch (random.nextInt(3)) {
				case 0 -> "Readers should keep in mind: " + phrase + ".";
				case 1 -> "As the clinic puts it, " + phrase + " matters here.";
				default -> "Please note " + phrase + " before starting.";
			};
		}

		private String pick(String[] values) {
			return values[random.nextInt(values.length)];
		}

		private String pick(List<String> values) {
			return values.get(random.nextInt(values.size()));
		}

		private List<List<String>> pickSome(Map<String, List<String>> terms, int count) {
			List<List<String>> all = new ArrayList<>(terms.values());
			List<List<String>> picked = new ArrayList<>();
			for (int i = 0; i < count && !all.isEmpty(); i++) {
				picked.add(all.remove(random.nextInt(all.size())));
			}
			return picked;
		}

		private static int count(CharSequence text) {
			int count = 0;
			boolean inWord = false;
			for (int i = 0; i < text.length(); i++) {
				boolean space = Character.isWhitespace(text.charAt(i));
				count += !space && !inWord ? 1 : 0;
				inWord = !space;
			}
			return count;
		}

		private static String capitalise(String text) {
			return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
		}

		private static String titleCase(String text) {
			StringBuilder title = new StringBuilder();
			for (String word : text.split(" ")) {
				title.append(title.length() == 0 ? "" : " ").append(capitalise(word));
			}
			return title.toString();
		}

	}

}
