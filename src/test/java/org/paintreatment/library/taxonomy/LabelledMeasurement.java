package org.paintreatment.library.taxonomy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.paintreatment.library.taxonomy.LabelledSet.Labelled;
import org.paintreatment.library.text.ArticleDraft;
import org.paintreatment.library.text.ArticleFile;
import org.paintreatment.library.text.ArticlePipeline;
import org.paintreatment.library.text.BadArticleException;
import org.paintreatment.library.text.BoilerplateRules;
import org.paintreatment.library.text.EditorialFields;

/**
 * The classifier's precision and recall per kind of tag on one folder of labelled articles, each
 * run through the import pipeline with the bundled rules, as a Markdown report.
 */
final class LabelledMeasurement {

	private static final Taxonomy TAXONOMY = TaxonomyLoader.fromClasspath("/library/taxonomy.yml");

	private static final ArticlePipeline PIPELINE = new ArticlePipeline(1_048_576, BoilerplateRules.fromClasspath(),
			TAXONOMY, "labelled");

	private final String title;

	private final List<Labelled> articles;

	private final Map<TermKind, KindScore> scores = new EnumMap<>(TermKind.class);

	private LabelledMeasurement(String title, List<Labelled> articles) {
		this.title = title;
		this.articles = articles;
		for (TermKind kind : TermKind.values()) {
			this.scores.put(kind, new KindScore(kind.parameter()));
		}
	}

	static LabelledMeasurement of(String title, Path folder) throws IOException, BadArticleException {
		LabelledMeasurement measurement = new LabelledMeasurement(title, LabelledSet.load(folder));
		for (Labelled article : measurement.articles) {
			byte[] bytes = Files.readAllBytes(folder.resolve(article.file()));
			ArticleDraft draft = PIPELINE.process(new ArticleFile(article.file(), bytes), EditorialFields.NONE);
			measurement.scores.forEach((kind, score) -> score(kind, score, article, draft));
		}
		return measurement;
	}

	/**
	 * Every kind the taxonomy has is scored: the switch names each one, so a kind added to
	 * TermKind (conditions, whose labels are already loaded) does not compile until it is scored.
	 */
	private static void score(TermKind kind, KindScore score, Labelled article, ArticleDraft draft) {
		Tags tags = switch (kind) {
			case TREATMENT -> new Tags(treatments(article.treatment()), quoteless(treatments(draft.treatment())));
			case MECHANISM -> new Tags(article.mechanisms(), draft.mechanisms());
			case CAVEAT -> new Tags(article.caveats(), draft.caveats());
			case CONDITION -> new Tags(coveredConditions(article.conditions()), aboutConditions(draft));
		};
		score.add(article.file(), tags.expected(), tags.found());
	}

	/**
	 * A condition the taxonomy has no term for (a librarian labelled jaw pain, say) cannot be found
	 * by any phrase: it is left out rather than counted as missed.
	 */
	private static Set<String> coveredConditions(Set<String> labelled) {
		Set<String> known = new HashSet<>();
		TAXONOMY.conditions().forEach(term -> known.add(term.slug()));
		return labelled.stream().filter(known::contains).collect(Collectors.toSet());
	}

	/** Only the conditions an article is about are tags; those it mentions are not filtered by. */
	private static Map<String, List<String>> aboutConditions(ArticleDraft draft) {
		Map<String, List<String>> found = new TreeMap<>();
		draft.conditions().stream().filter(ConditionTag::isAbout).forEach(tag -> found.put(tag.slug(), tag.evidence()));
		return found;
	}

	/** "unclassified" is no tag: finding no treatment where there is none is right, and counts for nothing. */
	private static Set<String> treatments(String slug) {
		return Taxonomy.UNCLASSIFIED.equals(slug) ? Set.of() : Set.of(slug);
	}

	private static Map<String, List<String>> quoteless(Set<String> slugs) {
		Map<String, List<String>> found = new TreeMap<>();
		slugs.forEach(slug -> found.put(slug, List.of()));
		return found;
	}

	/** The slugs a librarian gave an article, and those the classifier found with their quotes. */
	private record Tags(Set<String> expected, Map<String, List<String>> found) {
	}

	List<Labelled> articles() {
		return this.articles;
	}

	KindScore score(TermKind kind) {
		return this.scores.get(kind);
	}

	String report() {
		List<String> lines = new ArrayList<>();
		lines.add("# Classifier on the " + this.title + " (" + this.articles.size() + " articles)");
		lines.add("");
		lines.add("| kind | precision | recall | right | wrongly given | missed |");
		lines.add("|---|---|---|---|---|---|");
		this.scores.values().forEach(score -> lines.add(score.row()));
		lines.add("");
		this.scores.values().forEach(score -> lines.addAll(score.errors()));
		return String.join("\n", lines) + "\n";
	}

	void writeTo(Path file) throws IOException {
		Files.createDirectories(file.getParent());
		Files.writeString(file, report());
	}

}
