package org.paintreatment.library.text;

import java.util.regex.Pattern;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.ParagraphItemContainer;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.TextBase;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.renderer.HeaderIdGenerator;
import com.vladsch.flexmark.parser.ListOptions;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NonRenderingInline;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import com.vladsch.flexmark.util.sequence.LineAppendable;
import com.vladsch.flexmark.util.sequence.SubSequence;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * Builds jsoup elements straight from flexmark's syntax tree, for the Markdown most articles are
 * made of (paragraphs, headings, lists, quotes, rules, emphasis, code and links): the elements
 * and line breaks that flexmark's {@link HtmlRenderer} would write and jsoup's parser read back,
 * without writing the HTML and parsing it back, which was more than half of a Markdown file's
 * rendering (docs/performance.md). A tree holding anything else (raw HTML, code blocks, images,
 * references, entities...) is left to flexmark's renderer: {@link #build} answers false. What is
 * built still goes through jsoup's safelist like the rendered HTML. {@code MarkdownDomTest}
 * holds the two routes to the same HTML.
 */
final class MarkdownDom {

	private final DataHolder options;

	private final ListOptions listOptions;

	private final boolean codeSoftLineBreaks;

	private final boolean renderHeaderIds;

	/** Links the renderer writes as their text alone ({@code javascript:} ones, by default). */
	private final Pattern suppressedLinks;

	MarkdownDom(DataHolder options) {
		this.options = options;
		this.listOptions = ListOptions.get(options);
		this.codeSoftLineBreaks = Parser.CODE_SOFT_LINE_BREAKS.get(options);
		this.renderHeaderIds = HtmlRenderer.GENERATE_HEADER_ID.get(options) && HtmlRenderer.RENDER_HEADER_ID.get(options);
		this.suppressedLinks = Pattern.compile(HtmlRenderer.SUPPRESSED_LINKS.get(options));
		// What follows mirrors these settings of the renderer; any other and the renderer is used.
		if (HtmlRenderer.FORMAT_FLAGS.get(options) != LineAppendable.F_TRIM_LEADING_WHITESPACE
				|| !"\n".equals(HtmlRenderer.SOFT_BREAK.get(options)) || HtmlRenderer.INDENT_SIZE.get(options) != 0
				|| HtmlRenderer.DO_NOT_RENDER_LINKS.get(options)) {
			throw new IllegalArgumentException("MarkdownDom mirrors the renderer's default formatting only");
		}
	}

	/**
	 * Appends the elements of the Markdown document, parsed from {@code source}, which has no
	 * carriage return, to {@code body}; false, with {@code body} left in any state, when the
	 * document holds a node this does not build.
	 */
	boolean build(Document document, String source, Element body) {
		HeaderIdGenerator ids = null;
		if (renderHeaderIds) {
			ids = new HeaderIdGenerator(options);
			ids.generateIds(document);
		}
		try {
			children(document, new Writer(body, source, ids));
			return true;
		}
		catch (Unsupported ex) {
			return false;
		}
	}

	private void children(Node parent, Writer html) {
		for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
			node(child, html);
		}
	}

	private void node(Node node, Writer html) {
		if (node instanceof Paragraph paragraph) {
			paragraph(paragraph, html);
		}
		else if (node instanceof Heading heading) {
			Element element = html.openLine("h" + heading.getLevel());
			String id = html.ids == null ? null : html.ids.getId(heading);
			if (id != null && !id.isEmpty()) {
				element.attr("id", id);
			}
			children(heading, html);
			html.closeLine();
		}
		else if (node instanceof BulletList || node instanceof OrderedList) {
			Element list = html.openIndented(node instanceof BulletList ? "ul" : "ol");
			if (node instanceof OrderedList ordered && listOptions.isOrderedListManualStart() && ordered.getStartNumber() != 1) {
				list.attr("start", String.valueOf(ordered.getStartNumber()));
			}
			children(node, html);
			html.closeIndented();
		}
		else if (node instanceof ListItem item && item.getMarkerSuffix().isEmpty()) {
			html.openLine("li");
			children(item, html);
			html.closeLine();
		}
		else if (node instanceof BlockQuote) {
			html.openIndented("blockquote");
			children(node, html);
			html.closeIndented();
		}
		else if (node instanceof ThematicBreak) {
			html.voidLine("hr");
		}
		else {
			inline(node, html);
		}
	}

	/** A paragraph as the renderer writes it: in {@code p}, unless it is a tight list item's text. */
	private void paragraph(Paragraph paragraph, Writer html) {
		if (paragraph.getFirstChildAnyNot(NonRenderingInline.class) == null) {
			return;
		}
		boolean wrapped = !(paragraph.getParent() instanceof ParagraphItemContainer container)
				|| !container.isParagraphWrappingDisabled(paragraph, listOptions, options);
		if (wrapped) {
			html.openLine("p");
			children(paragraph, html);
			html.closeLine();
		}
		else {
			children(paragraph, html);
		}
	}

	private void inline(Node node, Writer html) {
		if (node instanceof Text) {
			html.text(textOf(node.getChars(), html.source));
		}
		else if (node instanceof TextBase) {
			children(node, html);
		}
		else if (node instanceof SoftLineBreak) {
			html.line();
		}
		else if (node instanceof HardLineBreak) {
			html.open("br");
			html.close();
			html.line();
		}
		else if (node instanceof Emphasis || node instanceof StrongEmphasis) {
			html.open(node instanceof Emphasis ? "em" : "strong");
			children(node, html);
			html.close();
		}
		else if (node instanceof Code code && !codeSoftLineBreaks) {
			html.open("code");
			html.text(Escaping.collapseWhitespace(code.getText(), true));
			html.close();
		}
		else if (node instanceof Link link && suppressedLinks.matcher(link.getUrl()).matches()) {
			children(link, html);
		}
		else if (node instanceof Link link) {
			Element anchor = html.open("a");
			anchor.attr("href", link.getUrl().unescape());
			if (link.getTitle().isNotNull()) {
				anchor.attr("title", link.getTitle().unescape());
			}
			children(link, html);
			html.close();
		}
		else {
			throw new Unsupported();
		}
	}

	/**
	 * A text node's text, as the renderer writes it: backslash escapes and entities resolved (most
	 * text has neither, and is read straight from the source, not a character at a time through
	 * flexmark's sequences). No carriage return reaches this route, so there are no line ends to
	 * normalise.
	 */
	private static String textOf(BasedSequence chars, String source) {
		String text = chars instanceof SubSequence ? source.substring(chars.getStartOffset(), chars.getEndOffset())
				: chars.toString();
		return text.indexOf('\\') < 0 && text.indexOf('&') < 0 ? text : chars.unescape();
	}

	/**
	 * Appends elements and text where flexmark's HTML writer would write them, with its line
	 * breaks: a block tag starts a line of its own and one ends after it, and text at the start
	 * of a line loses its leading spaces and tabs, as the renderer's default formatting does.
	 */
	private static final class Writer {

		/** The Markdown, whose text nodes are read from it. */
		final String source;

		/** The heading ids, as the renderer gives them; null for none. */
		final HeaderIdGenerator ids;

		private Element current;

		private boolean atLineStart = true;

		Writer(Element body, String source, HeaderIdGenerator ids) {
			this.current = body;
			this.source = source;
			this.ids = ids;
		}

		/**
		 * Ends the line unless nothing has been written on it: after a block tag, and for a line
		 * break in the text, which like the renderer's never makes an empty line.
		 */
		void line() {
			if (!atLineStart) {
				current.appendChild(new TextNode("\n"));
				atLineStart = true;
			}
		}

		Element open(String tag) {
			Element element = current.appendElement(tag);
			current = element;
			atLineStart = false;
			return element;
		}

		void close() {
			current = current.parent();
			atLineStart = false;
		}

		Element openLine(String tag) {
			line();
			return open(tag);
		}

		void closeLine() {
			close();
			line();
		}

		Element openIndented(String tag) {
			Element element = openLine(tag);
			line();
			return element;
		}

		void closeIndented() {
			line();
			closeLine();
		}

		void voidLine(String tag) {
			line();
			open(tag);
			close();
			line();
		}

		void text(String text) {
			String written = atLineStart ? stripLeadingSpaceAndTab(text) : text;
			if (!written.isEmpty()) {
				current.appendChild(new TextNode(written));
				atLineStart = false;
			}
		}

		private static String stripLeadingSpaceAndTab(String text) {
			int start = 0;
			while (start < text.length() && (text.charAt(start) == ' ' || text.charAt(start) == '\t')) {
				start++;
			}
			return text.substring(start);
		}

	}

	/** A node this class does not build: the renderer renders the document instead. */
	private static final class Unsupported extends RuntimeException {

		Unsupported() {
			super(null, null, false, false);
		}

	}

}
