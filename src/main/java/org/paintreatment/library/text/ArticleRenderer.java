package org.paintreatment.library.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.renderer.HeaderIdGenerator;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import org.jsoup.Jsoup;
import org.jsoup.internal.StringUtil;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Renders articles to safe HTML, once, at import. Markdown goes through flexmark, which escapes
 * raw HTML and gives headings stable ids, and then jsoup's safelist, which keeps only the tags we
 * render and only http(s), mailto and relative links, because flexmark lets hostile link schemes
 * through. The common Markdown of an article is built into jsoup's elements straight from
 * flexmark's syntax tree ({@link MarkdownDom}) instead of being written out by flexmark and
 * parsed back; the same safelist cleans both ({@code MarkdownDomTest} proves they give the same
 * HTML). Scraped text, whose blocks are text by construction, is built into the same HTML
 * directly: writing it as escaped Markdown only for flexmark to parse it back was most of the
 * import's cost (docs/decisions.md; {@code ScrapedHtmlTest} proves both give the same HTML).
 */
public final class ArticleRenderer {

	/**
	 * Raise it whenever a change here changes the HTML of an article: it is part of the rules
	 * fingerprint, so stored articles are rendered again (2: headings keep off the page's ids; 3: the
	 * first heading repeating the title is dropped, scraped sub-headings are {@code h3}; 4: headings
	 * keep off the "Before you read" panel's and the evidence ids).
	 */
	public static final int VERSION = 4;

	private static final String BASE_URI = "https://library.invalid/";

	/**
	 * The ids the article page itself gives elements (the layout's and the article template's): a
	 * section heading taking one would break the skip link or a label, so it is prefixed instead.
	 * {@code ArticlePageTest} checks this list against the page.
	 */
	public static final Set<String> PAGE_IDS = Set.of("main", "site-search-q", "toc-heading", "mechanisms-heading",
			"caveats-heading", "related-heading", "source-heading", "before-you-read-heading");

	/** The start of the ids the page gives each mechanism's and caveat's evidence, kept off headings too. */
	public static final String EVIDENCE_ID_PREFIX = "evidence-";

	/** The ids {@link QuoteMarks} gives quoted sentences. */
	private static final Pattern QUOTE_ID = Pattern.compile(QuoteText.ID_PREFIX + "[0-9a-f]{10}");

	// CSS selectors parsed once: parsing one costs more than running it on an article.
	private static final Evaluator WITH_ID = QueryParser.parse("[id]");

	private static final Evaluator ANCHORED_HEADING = QueryParser.parse("h2[id], h3[id], h4[id]");

	private static final Evaluator HEADING_ANCHOR = QueryParser.parse("a.heading-anchor");

	private static final Evaluator TEXT_BLOCK = QueryParser.parse("h1, h2, h3, h4, h5, h6, p, li, th, td, pre");

	static final Evaluator HEADING = QueryParser.parse("h1, h2, h3, h4, h5, h6");

	private static final Evaluator PARAGRAPH = QueryParser.parse("p");

	private static final Evaluator LIST = QueryParser.parse("ul, ol");

	private final Parser parser;

	private final HtmlRenderer renderer;

	private final Safelist safelist;

	private final MutableDataSet options;

	private final MarkdownDom dom;

	public ArticleRenderer() {
		MutableDataSet options = new MutableDataSet();
		options.set(HtmlRenderer.ESCAPE_HTML, true);
		options.set(HtmlRenderer.GENERATE_HEADER_ID, true);
		options.set(HtmlRenderer.RENDER_HEADER_ID, true);
		options.set(HtmlRenderer.HEADER_ID_GENERATOR_NO_DUPED_DASHES, true);
		options.set(HtmlRenderer.HEADER_ID_GENERATOR_RESOLVE_DUPES, true);
		this.parser = Parser.builder(options).build();
		this.renderer = HtmlRenderer.builder(options).build();
		this.safelist = articleSafelist();
		this.options = options;
		this.dom = new MarkdownDom(options);
	}

	private static Safelist articleSafelist() {
		return Safelist.none()
			.addTags("p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "blockquote", "pre",
					"code", "em", "strong", "del", "a", "table", "thead", "tbody", "tr", "th", "td")
			.addAttributes("h1", "id").addAttributes("h2", "id").addAttributes("h3", "id")
			.addAttributes("h4", "id").addAttributes("h5", "id").addAttributes("h6", "id")
			.addAttributes("a", "href", "title")
			.addAttributes("ol", "start")
			.addProtocols("a", "href", "http", "https", "mailto")
			.preserveRelativeLinks(true);
	}

	/** Markdown in, sanitised HTML out, with a labelled anchor link on every section heading. */
	public String render(String markdown) {
		return render(markdown, Deadline.none());
	}

	/**
	 * As {@link #render(String)}, giving up with {@link Deadline.Exceeded} when time runs out, and
	 * with {@link BlockNesting.TooDeep} when quotes and lists are nested deeper than an article
	 * may have them.
	 */
	public String render(String markdown, Deadline deadline) {
		return renderBody(markdown, deadline).html();
	}

	/**
	 * As {@link #render(String, Deadline)}, but the body element of the rendered document, for a
	 * caller that has more to do with it than print it.
	 */
	public Element renderBody(String markdown, Deadline deadline) {
		com.vladsch.flexmark.util.ast.Document tree = parser.parse(BasedSequence.of(deadline.guard(markdown)));
		deadline.check();
		BlockNesting.check(tree);
		Document built = Document.createShell(BASE_URI);
		return safe(buildDirectly(tree, markdown, built) ? built : throughHtml(tree));
	}

	/** Whether {@link #renderBody} builds this Markdown's elements itself (for tests). */
	boolean buildsDirectly(String markdown) {
		return buildDirectly(parser.parse(markdown), markdown, Document.createShell(BASE_URI));
	}

	/** jsoup's parser turns a carriage return into a line feed and drops NUL: such text goes the other route. */
	private boolean buildDirectly(com.vladsch.flexmark.util.ast.Document tree, String markdown, Document into) {
		return markdown.indexOf('\r') < 0 && markdown.indexOf('\0') < 0 && dom.build(tree, markdown, into.body());
	}

	/**
	 * The route for the Markdown {@link MarkdownDom} does not build: flexmark writes the HTML and
	 * jsoup parses it.
	 */
	Element renderBodyThroughHtml(String markdown) {
		return safe(throughHtml(parser.parse(markdown)));
	}

	private Document throughHtml(com.vladsch.flexmark.util.ast.Node tree) {
		return Jsoup.parseBodyFragment(renderer.render(tree), BASE_URI);
	}

	/** Cleaned as Jsoup.clean does, but kept as a document rather than printed and parsed again. */
	private Element safe(Document unsafe) {
		Document document = new Cleaner(safelist).clean(unsafe);
		document.outputSettings().prettyPrint(false);
		addHeadingAnchors(document.body());
		return document.body();
	}

	/**
	 * Scraped blocks to HTML: a heading is an {@code h2} (a sub-heading an {@code h3}) with the id
	 * flexmark would give it and its anchor link, a run of list items one {@code ul}, anything else
	 * a paragraph; all of it text,
	 * escaped as jsoup escapes text and attributes. Written straight into one buffer: building a
	 * jsoup document and printing it cost as much again. Each block ends with a line break, as
	 * flexmark's do.
	 */
	public String render(List<Block> blocks) {
		StringBuilder html = new StringBuilder(blocks.stream().mapToInt(block -> 2 * block.text().length() + 16).sum());
		HeadingIds ids = new HeadingIds(options);
		boolean inList = false;
		for (Block block : blocks) {
			boolean listItem = block.kind() == Block.Kind.LIST_ITEM;
			if (listItem != inList) {
				html.append(listItem ? "<ul>\n" : "</ul>\n");
				inList = listItem;
			}
			switch (block.kind()) {
				case LIST_ITEM -> appendEscaped(html.append("<li>"), block.text(), false).append("</li>\n");
				case PARAGRAPH -> appendEscaped(html.append("<p>"), block.text(), false).append("</p>\n");
				case HEADING -> appendHeading(html, "h2", block.text(), ids.next(block.text())).append('\n');
				case SUBHEADING -> appendHeading(html, "h3", block.text(), ids.next(block.text())).append('\n');
			}
		}
		return (inList ? html.append("</ul>\n") : html).toString();
	}

	/**
	 * A section heading as {@link #addHeadingAnchors} leaves it: its id kept off the page's own,
	 * and an anchor link labelled with its text as jsoup's {@code Element.text()} gives it.
	 */
	private static StringBuilder appendHeading(StringBuilder html, String tag, String text, Optional<String> generatedId) {
		if (generatedId.isEmpty()) {
			return appendEscaped(html.append('<').append(tag).append('>'), text, false).append("</").append(tag).append('>');
		}
		String id = isPageId(generatedId.get()) ? "section-" + generatedId.get() : generatedId.get();
		appendEscaped(html.append('<').append(tag).append(" id=\""), id, true).append("\">");
		appendEscaped(html, text, false);
		appendEscaped(html.append("<a class=\"heading-anchor\" href=\"#"), id, true);
		html.append("\" aria-label=\"");
		appendEscaped(html, anchorLabel(StringUtil.normaliseWhitespace(text).trim()), true);
		return html.append("\">#</a></").append(tag).append('>');
	}

	private static String anchorLabel(String headingText) {
		return "Link to the section \u201C" + headingText + "\u201D";
	}

	/**
	 * Text as jsoup writes it in UTF-8: {@code & < >} and the no-break space as entities, and in
	 * an attribute value the double quote as well.
	 */
	private static StringBuilder appendEscaped(StringBuilder html, String text, boolean inAttribute) {
		int plainFrom = 0;
		for (int index = 0; index < text.length(); index++) {
			String entity = switch (text.charAt(index)) {
				case '&' -> "&amp;";
				case '<' -> "&lt;";
				case '>' -> "&gt;";
				case '\u00A0' -> "&nbsp;";
				case '"' -> inAttribute ? "&quot;" : null;
				default -> null;
			};
			if (entity != null) {
				html.append(text, plainFrom, index).append(entity);
				plainFrom = index + 1;
			}
		}
		return html.append(text, plainFrom, text.length());
	}

	/** Keeps section headings off the page's own ids, and gives h2 to h4 a labelled anchor link. */
	private static void addHeadingAnchors(Element body) {
		for (Element element : body.select(WITH_ID)) {
			if (isPageId(element.id())) {
				element.id("section-" + element.id());
			}
		}
		for (Element heading : body.select(ANCHORED_HEADING)) {
			heading.appendElement("a")
				.addClass("heading-anchor")
				.attr("href", "#" + heading.id())
				.attr("aria-label", anchorLabel(heading.text()))
				.text("#");
		}
	}

	/**
	 * Heading ids as flexmark makes them with the same options: its id of the text, and a repeated
	 * id numbered "-1", "-2"... in document order; no id for a heading whose text gives none.
	 */
	private static final class HeadingIds {

		private final Map<String, Integer> seen = new HashMap<>();

		private final String toDash;

		private final String nonDash;

		private final boolean noDupedDashes;

		private final boolean nonAsciiToLowercase;

		HeadingIds(DataHolder options) {
			this.toDash = HtmlRenderer.HEADER_ID_GENERATOR_TO_DASH_CHARS.get(options);
			this.nonDash = HtmlRenderer.HEADER_ID_GENERATOR_NON_DASH_CHARS.get(options);
			this.noDupedDashes = HtmlRenderer.HEADER_ID_GENERATOR_NO_DUPED_DASHES.get(options);
			this.nonAsciiToLowercase = HtmlRenderer.HEADER_ID_GENERATOR_NON_ASCII_TO_LOWERCASE.get(options);
		}

		Optional<String> next(String text) {
			String base = HeaderIdGenerator.generateId(text, toDash, nonDash, noDupedDashes, nonAsciiToLowercase);
			Integer times = seen.merge(base, 0, (before, none) -> before + 1);
			String id = times == 0 ? base : base + "-" + times;
			return id.isEmpty() ? Optional.empty() : Optional.of(id);
		}

	}

	/** The top-level text blocks of rendered HTML, anchor links left out. */
	public static List<Block> blocksOf(String html) {
		return blocksOf(Jsoup.parseBodyFragment(html).body());
	}

	/** As {@link #blocksOf(String)}, from a rendered body, whose anchor links it takes out. */
	public static List<Block> blocksOf(Element body) {
		body.select(HEADING_ANCHOR).remove();
		List<Block> blocks = new ArrayList<>();
		for (Element element : body.select(TEXT_BLOCK)) {
			if (element.is("li") && !element.select(PARAGRAPH).isEmpty()) {
				continue;
			}
			String text = ownTextWithoutNestedLists(element);
			if (!text.isBlank()) {
				blocks.add(element.is(HEADING) ? Block.heading(text)
						: element.is("li") ? Block.listItem(text) : Block.paragraph(text));
			}
		}
		return blocks;
	}

	/** A rendered heading's text, its anchor link left out. */
	static String headingText(Element heading) {
		Element copy = heading.clone();
		copy.select(HEADING_ANCHOR).remove();
		return copy.text();
	}

	private static String ownTextWithoutNestedLists(Element element) {
		if (!element.is("li")) {
			return element.text();
		}
		Element copy = element.clone();
		copy.select(LIST).remove();
		return copy.text();
	}

	/**
	 * Whether the page itself uses this id (or may: each evidence id, each quoted sentence's mark),
	 * so a heading must not take it.
	 */
	public static boolean isPageId(String id) {
		return PAGE_IDS.contains(id) || id.startsWith(EVIDENCE_ID_PREFIX) || QUOTE_ID.matcher(id).matches();
	}

}
