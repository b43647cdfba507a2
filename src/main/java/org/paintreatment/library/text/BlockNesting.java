package org.paintreatment.library.text;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.util.ast.Node;

/**
 * How deep quotes and lists are nested in a Markdown syntax tree, counted together (a quote in a
 * list in a quote is three levels). Rendering nests an element per level, and each level costs
 * the renderer stack, so a file of 5,000 {@code >} used to be rendered into 5,000 nested quotes
 * or not at all, depending on how much stack the JIT had left it; no reader gains anything past a
 * few levels. A tree deeper than {@link #MAX_LEVELS} is refused before anything is rendered. The
 * tree is walked without recursion, so that the check itself takes no stack.
 */
final class BlockNesting {

	static final int MAX_LEVELS = 50;

	private BlockNesting() {
	}

	/** Throws {@link TooDeep} when quotes and lists are nested more than {@link #MAX_LEVELS} deep. */
	static void check(Node document) {
		int levels = deepest(document);
		if (levels > MAX_LEVELS) {
			throw new TooDeep(levels);
		}
	}

	/** The greatest number of quotes and lists around any node of the tree. */
	static int deepest(Node root) {
		int levels = 0;
		int deepest = 0;
		Node node = root.getFirstChild();
		while (node != null) {
			if (nests(node)) {
				deepest = Math.max(deepest, ++levels);
			}
			if (node.getFirstChild() != null) {
				node = node.getFirstChild();
				continue;
			}
			// Leave the node, and its ancestors that are last children, up to the next sibling.
			while (node != root && node.getNext() == null) {
				levels -= nests(node) ? 1 : 0;
				node = node.getParent();
			}
			if (node == root) {
				break;
			}
			levels -= nests(node) ? 1 : 0;
			node = node.getNext();
		}
		return deepest;
	}

	private static boolean nests(Node node) {
		return node instanceof BlockQuote || node instanceof ListBlock;
	}

	/** Quotes and lists nested deeper than an article may have them. */
	static final class TooDeep extends RuntimeException {

		TooDeep(int levels) {
			super("quotes or lists nested " + levels + " levels deep (at most " + MAX_LEVELS + ")", null, false, false);
		}

	}

}
