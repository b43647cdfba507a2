package org.paintreatment.library.text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.QueryParser;

/**
 * Marks where each quoted sentence stands in an article's rendered HTML, at import, so that the
 * page can link a quote to its place and highlight it there: a {@code <span class="quote">} with
 * the sentence's id ({@link #idOf}) around the sentence, or around the smallest run of the
 * block's children that holds it when it spans a link or emphasis. A sentence the article has
 * twice is marked where it first stands (an id names one place). The marks are added after the
 * safelist, from text found in the article, so no author's markup can make one.
 */
public final class QuoteMarks {

	static final String CLASS = "quote";

	private static final Evaluator TEXT_BLOCK = QueryParser.parse("h1, h2, h3, h4, h5, h6, p, li, th, td, pre");

	private static final Evaluator WITH_ID = QueryParser.parse("[id]");

	private QuoteMarks() {
	}

	/** The id of {@code sentence}'s place in the article, for a link to it ({@code #quote-…}). */
	public static String idOf(String sentence) {
		return QuoteText.idOf(sentence);
	}

	/** {@code html} with each of {@code quotes} marked where it first stands; a quote not found is left unmarked. */
	public static String mark(String html, Collection<String> quotes) {
		if (quotes.isEmpty()) {
			return html;
		}
		Document document = Jsoup.parseBodyFragment(html);
		document.outputSettings().prettyPrint(false);
		Element body = document.body();
		Set<String> taken = new LinkedHashSet<>(body.select(WITH_ID).eachAttr("id"));
		List<Element> blocks = body.select(TEXT_BLOCK);
		List<String> texts = blocks.stream().map(block -> QuoteText.normalise(block.text())).toList();
		for (String quote : new LinkedHashSet<>(quotes)) {
			String id = idOf(quote);
			String wanted = QuoteText.normalise(quote);
			if (!wanted.isEmpty() && taken.add(id)) {
				smallestBlockWith(blocks, texts, wanted).ifPresent(block -> markIn(block, wanted, id));
			}
		}
		return body.html();
	}

	/** The first block whose text holds the quote, or the innermost such block within it. */
	private static Optional<Element> smallestBlockWith(List<Element> blocks, List<String> texts, String wanted) {
		Element found = null;
		for (int index = 0; index < blocks.size(); index++) {
			Element block = blocks.get(index);
			if (found != null && !isAncestor(found, block)) {
				break;
			}
			if (texts.get(index).contains(wanted)) {
				found = block;
			}
		}
		return Optional.ofNullable(found);
	}

	private static void markIn(Element block, String wanted, String id) {
		List<TextNode> texts = new ArrayList<>();
		NodeTraversor.traverse((node, depth) -> {
			if (node instanceof TextNode text && !insideHeadingAnchor(text, block)) {
				texts.add(text);
			}
		}, block);
		List<Integer> starts = new ArrayList<>();
		StringBuilder joined = new StringBuilder();
		for (TextNode text : texts) {
			starts.add(joined.length());
			joined.append(text.getWholeText());
		}
		QuoteText compared = QuoteText.of(joined.toString());
		int at = compared.compared().indexOf(wanted);
		if (at < 0) {
			// the text joins its pieces differently (a line break): the whole block is the place
			wrap(block, block.childNode(0), block.childNode(block.childNodeSize() - 1), id);
			return;
		}
		int from = compared.originalStart(at);
		int to = compared.originalEnd(at + wanted.length());
		int lastIndex = nodeAt(starts, to, false);
		TextNode last = texts.get(lastIndex);
		int endOffset = to - starts.get(lastIndex);
		if (endOffset < last.getWholeText().length()) {
			last.splitText(endOffset);
		}
		int firstIndex = nodeAt(starts, from, true);
		TextNode first = texts.get(firstIndex);
		int startOffset = from - starts.get(firstIndex);
		if (startOffset > 0) {
			TextNode tail = first.splitText(startOffset);
			last = last == first ? tail : last;
			first = tail;
		}
		Element common = commonAncestor(first, last, block);
		wrap(common, childOn(common, first), childOn(common, last), id);
	}

	/**
	 * The index of the text node where the joined text's position {@code at} begins a quote (or,
	 * when {@code starting} is false, ends one).
	 */
	private static int nodeAt(List<Integer> starts, int at, boolean starting) {
		for (int index = starts.size() - 1; index > 0; index--) {
			if (starting ? starts.get(index) <= at : starts.get(index) < at) {
				return index;
			}
		}
		return 0;
	}

	private static boolean insideHeadingAnchor(TextNode text, Element block) {
		Element parent = text.parentElement();
		return parent != null && parent != block && parent.is("a.heading-anchor");
	}

	private static Element commonAncestor(Node first, Node last, Element block) {
		Element candidate = (Element) first.parent();
		while (candidate != block && !isAncestor(candidate, last)) {
			candidate = candidate.parent();
		}
		return candidate;
	}

	private static boolean isAncestor(Element element, Node node) {
		for (Node up = node.parent(); up != null; up = up.parent()) {
			if (up == element) {
				return true;
			}
		}
		return false;
	}

	/** The child of {@code ancestor} that is {@code node} or holds it. */
	private static Node childOn(Element ancestor, Node node) {
		Node child = node;
		while (child.parent() != ancestor) {
			child = child.parent();
		}
		return child;
	}

	/** Wraps the children of {@code parent} from {@code first} to {@code last} in the mark. */
	private static void wrap(Element parent, Node first, Node last, String id) {
		Element mark = new Element("span").id(id).addClass(CLASS);
		List<Node> run = new ArrayList<>();
		for (int index = first.siblingIndex(); index <= last.siblingIndex(); index++) {
			run.add(parent.childNode(index));
		}
		first.before(mark);
		run.forEach(mark::appendChild);
	}

}
