package org.paintreatment.library.text;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.jsoup.nodes.Element;
import org.paintreatment.library.kernel.Sha256;
import org.paintreatment.library.kernel.Slugs;
import org.paintreatment.library.quality.ArticleFacts;
import org.paintreatment.library.quality.QualityChecklist;
import org.paintreatment.library.quality.QualityRules;
import org.paintreatment.library.taxonomy.Classification;
import org.paintreatment.library.taxonomy.Classifier;
import org.paintreatment.library.taxonomy.SourceTypeDetector;
import org.paintreatment.library.taxonomy.Taxonomy;

/**
 * Turns one article file into an {@link ArticleDraft}: decode, structure, clean, name, render
 * and classify. Plain Java; it touches no database and no Spring.
 */
public final class ArticlePipeline {

	static final int WORDS_PER_MINUTE = 200;

	/**
	 * Changed when the pipeline learns to find something new in the same file (the source fields,
	 * the source type, the marks of quoted sentences in the HTML, the article page's facts), so that
	 * every article is imported once more.
	 */
	static final String PIPELINE_VERSION = "page-facts-1";

	private final SourceDecoder decoder;

	private final ScrapedTextParser parser = new ScrapedTextParser();

	private final BoilerplateRules boilerplate;

	private final BoilerplateCleaner cleaner;

	private final ArticleRenderer renderer = new ArticleRenderer();

	private final Taxonomy taxonomy;

	private final Classifier classifier;

	private final String rulesVersion;

	private final QualityChecklist checklist;

	/** As the other constructor, with the quality cues inside the application. */
	public ArticlePipeline(long maxArticleBytes, BoilerplateRules boilerplate, Taxonomy taxonomy, String rulesVersion) {
		this(maxArticleBytes, boilerplate, taxonomy, QualityRules.fromClasspath(), rulesVersion);
	}

	/**
	 * @param rulesVersion identifies the taxonomy, boilerplate and quality rules, so that an
	 * article imported under other rules is imported again
	 */
	public ArticlePipeline(long maxArticleBytes, BoilerplateRules boilerplate, Taxonomy taxonomy, QualityRules quality,
			String rulesVersion) {
		this.rulesVersion = rulesVersion;
		this.decoder = new SourceDecoder(maxArticleBytes);
		this.boilerplate = boilerplate;
		this.cleaner = new BoilerplateCleaner(boilerplate);
		this.taxonomy = taxonomy;
		this.classifier = new Classifier(taxonomy);
		this.checklist = new QualityChecklist(quality);
	}

	public ArticleDraft process(ArticleFile file, EditorialFields catalogEntry) throws BadArticleException {
		return process(file, catalogEntry, Deadline.none());
	}

	/**
	 * As {@link #process(ArticleFile, EditorialFields)}, giving up when the deadline passes or the
	 * text is nested too deeply: quotes and lists past {@link BlockNesting#MAX_LEVELS}, or anything
	 * else (emphasis in emphasis...) past the renderer's stack.
	 */
	public ArticleDraft process(ArticleFile file, EditorialFields catalogEntry, Deadline deadline)
			throws BadArticleException {
		try {
			return processWithin(file, catalogEntry, deadline);
		}
		catch (Deadline.Exceeded ex) {
			throw new BadArticleException(ex.getMessage() + " to process (library.max-render-millis)");
		}
		catch (BlockNesting.TooDeep ex) {
			throw new BadArticleException(ex.getMessage());
		}
		catch (StackOverflowError ex) {
			throw new BadArticleException("nested too deeply to render (stack overflow)");
		}
	}

	private ArticleDraft processWithin(ArticleFile file, EditorialFields catalogEntry, Deadline deadline)
			throws BadArticleException {
		String text = decoder.decode(file);
		Body body = file.isMarkdown() ? markdownBody(text, catalogEntry, deadline)
				: scrapedBody(file.name(), text, catalogEntry, deadline);
		EditorialFields fields = body.fields();
		if (body.blocks().isEmpty()) {
			throw new BadArticleException("no article text left after removing boilerplate");
		}
		String title = body.title();
		String summary = fields.summary() != null ? fields.summary() : PlainSummary.of(body.blocks(), boilerplate.matchers());
		List<String> sentences = sentencesOf(body.blocks());
		Classification classification = classifier.classify(title, sentences);
		CorrectedTags tags = CorrectedTags.of(classification, fields.corrections(), sentences, taxonomy);
		String plainText = body.blocks().stream().map(Block::text).collect(Collectors.joining("\n\n"));
		int words = ScrapedTextParser.wordCount(plainText);
		SourceFields source = fields.source();
		String evidence = null;
		if (source.sourceType() == null) {
			SourceTypeDetector.Detected detected = SourceTypeDetector.detect(sentences);
			source = source.orElse(new SourceFields(null, null, null, null, null, null, detected.type()));
			evidence = detected.evidence();
		}
		String html = QuoteMarks.mark(body.html(), quotesOf(tags));
		return new ArticleDraft(file.name(), file.sha256(), rulesFingerprint(catalogEntry), title, slugOf(fields, title), summary,
				treatmentOf(fields, classification.treatment()), html, plainText, words,
				Math.max(1, Math.round(words / (float) WORDS_PER_MINUTE)), tags.mechanisms(), tags.caveats(), source,
				evidence, warningsOf(body, tags),
				checklist.assess(new ArticleFacts(source.author(), source.site(), source.url(), source.published(),
						source.reviewed(), source.sourceType(), sentences, proseOf(body.blocks()), tags.asClassification(classification.treatment()))),
				tags.edits(), classification.conditions(), ArticleOutline.of(html, summary));
	}

	/** Every sentence quoted as evidence, to be marked in the HTML. */
	private static List<String> quotesOf(CorrectedTags tags) {
		List<String> quotes = new ArrayList<>();
		tags.mechanisms().values().forEach(quotes::addAll);
		tags.caveats().values().forEach(quotes::addAll);
		return quotes;
	}

	private static List<String> warningsOf(Body body, CorrectedTags tags) {
		if (tags.warnings().isEmpty()) {
			return body.warnings();
		}
		List<String> warnings = new ArrayList<>(body.warnings());
		warnings.addAll(tags.warnings());
		return warnings;
	}

	/** The sentences of the paragraphs and list items, for the reading grade: headings are not prose. */
	private static List<String> proseOf(List<Block> blocks) {
		List<String> prose = new ArrayList<>();
		blocks.stream().filter(block -> !block.isHeading()).forEach(block -> prose.addAll(Sentences.split(block.text())));
		return prose;
	}

	private record Body(EditorialFields fields, String title, List<Block> blocks, String html, List<String> warnings) {
	}

	/**
	 * A leading heading is the page's title, not part of its body; nor is the first heading when
	 * it repeats the title (a title the scraper glued to the first paragraph comes second).
	 */
	private Body scrapedBody(String fileName, String text, EditorialFields catalogEntry, Deadline deadline) {
		List<Block> blocks = new ArrayList<>(cleaner.clean(fileName, parser.parse(text), deadline));
		String title = titleOf(catalogEntry, () -> Headlines.deriveTitle(blocks, fileName));
		if (!blocks.isEmpty() && blocks.get(0).isHeading()) {
			blocks.remove(0);
		}
		blocks.stream()
			.filter(Block::isHeading)
			.findFirst()
			.filter(heading -> TitleRepeats.repeats(title, heading.text()))
			.ifPresent(blocks::remove);
		return new Body(catalogEntry, title, blocks, renderer.render(Subheadings.nest(blocks)), List.of());
	}

	/**
	 * A leading level-one heading is the article's title, not part of its body; nor is the first
	 * heading when it repeats the title, as the first section of a file with a title in its front
	 * matter may.
	 */
	private Body markdownBody(String text, EditorialFields catalogEntry, Deadline deadline) throws BadArticleException {
		MarkdownSource source = MarkdownSource.parse(text);
		Element body = renderer.renderBody(source.body(), deadline);
		Element first = body.firstElementChild();
		String leadingTitle = null;
		if (first != null && first.is("h1")) {
			leadingTitle = first.text().isBlank() ? null : first.text();
			first.remove();
		}
		EditorialFields fields = catalogEntry.orElse(source.frontMatter());
		String fallback = leadingTitle;
		String title = titleOf(fields, () -> fallback != null ? Headlines.shorten(fallback, Headlines.MAX_TITLE_CHARS)
				: Headlines.deriveTitle(ArticleRenderer.blocksOf(body.clone()), "untitled"));
		Element heading = body.selectFirst(ArticleRenderer.HEADING);
		if (heading != null && TitleRepeats.repeats(title, ArticleRenderer.headingText(heading))) {
			heading.remove();
		}
		String html = body.html();
		return new Body(fields, title, ArticleRenderer.blocksOf(body), html, source.warnings());
	}

	private static String titleOf(EditorialFields fields, Supplier<String> derived) {
		return fields.title() != null ? Headlines.shorten(fields.title(), Headlines.MAX_TITLE_CHARS) : derived.get();
	}

	private String treatmentOf(EditorialFields fields, String detected) throws BadArticleException {
		if (fields.treatment() == null) {
			return detected;
		}
		String wanted = Slugs.slugify(fields.treatment());
		if (taxonomy.treatment(wanted).isEmpty()) {
			throw new BadArticleException("names treatment '" + fields.treatment() + "', which the taxonomy does not have");
		}
		return wanted;
	}

	private static String slugOf(EditorialFields fields, String title) {
		return Slugs.slugify(fields.slug() != null ? fields.slug() : title);
	}

	private static List<String> sentencesOf(List<Block> blocks) {
		List<String> sentences = new ArrayList<>();
		for (Block block : blocks) {
			sentences.addAll(block.isHeading() ? List.of(block.text()) : Sentences.split(block.text()));
		}
		return sentences;
	}

	/** Identifies the rules and the catalog entry an article is imported under. */
	public String rulesFingerprint(EditorialFields catalogEntry) {
		return Sha256.hex(rulesVersion + "\n" + PIPELINE_VERSION + "\n" + catalogEntry);
	}

}
