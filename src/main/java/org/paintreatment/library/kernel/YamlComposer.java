package org.paintreatment.library.kernel;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * SnakeYAML's composer under {@link SafeYaml}'s limits: no alias, no key that is a list or a
 * mapping, no deeper nesting and no more nodes than allowed, each refused as the parser reaches
 * it, before anything is built from it. Plain scalars are resolved to text or null only.
 */
final class YamlComposer {

	private YamlComposer() {
	}

	/**
	 * The document's root node, or null for an empty document.
	 * @param source the file's name, which every message starts with
	 */
	static Node compose(String yaml, String source, int maxChars) throws BadYamlException {
		if (yaml.length() > maxChars) {
			throw new BadYamlException(source + ": larger than " + maxChars + " characters");
		}
		LoaderOptions options = new LoaderOptions();
		options.setCodePointLimit(Math.max(1, maxChars));
		options.setMaxAliasesForCollections(0);
		// Ours refuses first, naming the line; SnakeYAML's stays as a second guard.
		options.setNestingDepthLimit(SafeYaml.MAX_DEPTH + 1);
		// Nothing is ever constructed from a tag: SafeYaml refuses every tag but text's, by name.
		options.setTagInspector(tag -> true);
		try {
			return new TextKeyComposer(new GuardedParser(new ParserImpl(new StreamReader(yaml), options)), options)
				.getSingleNode();
		}
		catch (Refusal ex) {
			throw new BadYamlException(source + ": " + ex.getMessage() + SafeYaml.line(ex.mark));
		}
		catch (MarkedYAMLException ex) {
			String context = ex.getContext() == null ? "" : ex.getContext() + ", ";
			throw new BadYamlException(source + " is not valid YAML: " + SafeYaml.shown(context + ex.getProblem(), 200)
					+ SafeYaml.line(ex.getProblemMark()));
		}
		catch (RuntimeException ex) {
			// SnakeYAML's own (YAMLException) and the odd other one, like the IllegalArgumentException
			// of a tag written "!<%00>": whatever the parser cannot take is text it cannot read.
			throw new BadYamlException(source + " is not valid YAML: " + SafeYaml.shown(firstLine(ex.getMessage()), 200));
		}
	}

	private static String firstLine(String message) {
		return message == null ? "unreadable" : message.lines().findFirst().orElse("unreadable");
	}

	/** Thrown from inside SnakeYAML's composer, which knows nothing of checked exceptions. */
	private static final class Refusal extends RuntimeException {

		private final transient Mark mark;

		Refusal(String problem, Mark mark) {
			super(problem, null, false, false);
			this.mark = mark;
		}

	}

	/**
	 * SnakeYAML's parser, refusing every alias, nesting deeper than {@link SafeYaml#MAX_DEPTH}
	 * and more than {@link SafeYaml#MAX_NODES} nodes.
	 */
	private static final class GuardedParser implements Parser {

		private final Parser parser;

		private int depth;

		private int nodes;

		GuardedParser(Parser parser) {
			this.parser = parser;
		}

		@Override
		public boolean checkEvent(Event.ID choice) {
			Event next = peekEvent();
			return next != null && next.is(choice);
		}

		@Override
		public Event peekEvent() {
			Event next = parser.peekEvent();
			// Refused outright rather than counted: an alias is how a small file expands into a
			// huge or endless one, and none of our files needs one.
			if (next != null && next.is(Event.ID.Alias)) {
				throw new Refusal("aliases (*name) are not allowed; write the value out", next.getStartMark());
			}
			return next;
		}

		@Override
		public Event getEvent() {
			peekEvent();
			Event event = parser.getEvent();
			boolean collection = event.is(Event.ID.SequenceStart) || event.is(Event.ID.MappingStart);
			if ((collection || event.is(Event.ID.Scalar)) && ++nodes > SafeYaml.MAX_NODES) {
				throw new Refusal("holds more than " + SafeYaml.MAX_NODES + " keys and values", event.getStartMark());
			}
			if (collection) {
				if (++depth > SafeYaml.MAX_DEPTH) {
					throw new Refusal("nested deeper than " + SafeYaml.MAX_DEPTH + " levels", event.getStartMark());
				}
			}
			else if (event.is(Event.ID.SequenceEnd) || event.is(Event.ID.MappingEnd)) {
				depth--;
			}
			return event;
		}

	}

	/** Refuses a key that is a list or a mapping before composing it. */
	private static final class TextKeyComposer extends Composer {

		TextKeyComposer(Parser parser, LoaderOptions options) {
			super(parser, new TextResolver(), options);
		}

		@Override
		protected Node composeKeyNode(MappingNode node) {
			Event next = parser.peekEvent();
			if (!next.is(Event.ID.Scalar)) {
				String kind = next.is(Event.ID.SequenceStart) ? "a list" : "a mapping";
				throw new Refusal("a key must be plain text, not " + kind, next.getStartMark());
			}
			return super.composeKeyNode(node);
		}

	}

	/**
	 * Resolves a plain scalar to text, or to null when it is empty, {@code ~} or {@code null}:
	 * never to a number, a boolean or a date, so the text is what the librarian wrote.
	 */
	private static final class TextResolver extends Resolver {

		@Override
		protected void addImplicitResolvers() {
			addImplicitResolver(Tag.NULL, NULL, "~nN\0", 10);
			addImplicitResolver(Tag.NULL, EMPTY, null, 10);
		}

	}

}
