package org.paintreatment.library.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.paintreatment.library.kernel.SafeYaml;
import org.paintreatment.library.kernel.Slugs;
import org.paintreatment.library.taxonomy.Classification;
import org.paintreatment.library.taxonomy.TermDefinition;
import org.paintreatment.library.taxonomy.Taxonomy;

/**
 * An article's mechanisms and caveats once a librarian's {@link TagCorrections} are applied to
 * the detected ones: a removed tag is dropped (one not detected needs nothing: the correction
 * waits in the catalog for rules that would detect it); an added tag gets the article's words
 * the librarian quoted as its only evidence, found in one of its sentences however their spaces
 * and quote marks are written. A correction that cannot be applied (a tag the taxonomy does not
 * have, a quote not in the text, a tag both added and removed) is left out with a warning, and
 * the detected tags stand.
 */
public record CorrectedTags(Map<String, List<String>> mechanisms, Map<String, List<String>> caveats, TagEdits edits,
		List<String> warnings) {

	/** Fewer words than this are not a statement of anything. */
	static final int MIN_QUOTE_WORDS = 3;

	private static final String MECHANISMS = "mechanisms/";

	private static final String CAVEATS = "caveats/";

	public static CorrectedTags of(Classification detected, TagCorrections corrections, List<String> sentences,
			Taxonomy taxonomy) {
		if (corrections.isEmpty()) {
			return new CorrectedTags(detected.mechanisms(), detected.caveats(), TagEdits.NONE, List.of());
		}
		Editor editor = new Editor(detected, corrections, taxonomy);
		corrections.removals().forEach(editor::remove);
		corrections.additions().forEach((tag, quote) -> editor.add(tag, quote, sentences));
		return new CorrectedTags(editor.ordered(taxonomy.mechanisms(), editor.mechanisms),
				editor.ordered(taxonomy.caveats(), editor.caveats), new TagEdits(editor.addedMechanisms,
						editor.addedCaveats, editor.removedMechanisms, editor.removedCaveats),
				List.copyOf(editor.warnings));
	}

	/** These tags as a classification of the article about {@code treatment}, for what is judged from its tags. */
	public Classification asClassification(String treatment) {
		return new Classification(treatment, mechanisms, caveats);
	}

	/** The article's own words for {@code quote}: the part of the first sentence that holds it. */
	static Optional<String> find(String quote, List<String> sentences) {
		String wanted = QuoteText.normalise(quote);
		for (String sentence : sentences) {
			QuoteText text = QuoteText.of(sentence);
			int at = text.compared().indexOf(wanted);
			if (at >= 0) {
				return Optional.of(sentence.substring(text.originalStart(at), text.originalEnd(at + wanted.length())));
			}
		}
		return Optional.empty();
	}

	private record Tag(boolean mechanism, String slug) {
	}

	private static final class Editor {

		final Map<String, List<String>> mechanisms;

		final Map<String, List<String>> caveats;

		final Set<String> addedMechanisms = new HashSet<>();

		final Set<String> addedCaveats = new HashSet<>();

		final Map<String, String> removedMechanisms = new LinkedHashMap<>();

		final Map<String, String> removedCaveats = new LinkedHashMap<>();

		final List<String> warnings = new ArrayList<>();

		private final TagCorrections corrections;

		private final Taxonomy taxonomy;

		Editor(Classification detected, TagCorrections corrections, Taxonomy taxonomy) {
			this.mechanisms = new LinkedHashMap<>(detected.mechanisms());
			this.caveats = new LinkedHashMap<>(detected.caveats());
			this.corrections = corrections;
			this.taxonomy = taxonomy;
		}

		void remove(String written, String reason) {
			if (corrections.additions().containsKey(written)) {
				return; // told once, with the addition
			}
			Optional<Tag> tag = resolve(TagCorrections.REMOVE, written);
			if (tag.isEmpty()) {
				return;
			}
			Map<String, List<String>> tags = tag.get().mechanism() ? mechanisms : caveats;
			if (tags.remove(tag.get().slug()) != null) {
				(tag.get().mechanism() ? removedMechanisms : removedCaveats).put(tag.get().slug(), reason);
			}
		}

		void add(String written, String quote, List<String> sentences) {
			if (bothWays(written)) {
				return;
			}
			Optional<Tag> tag = resolve(TagCorrections.ADD, written);
			if (tag.isEmpty()) {
				return;
			}
			if (QuoteText.normalise(quote).split(" ").length < MIN_QUOTE_WORDS) {
				warn(TagCorrections.ADD, "the quote of " + SafeYaml.quoted(written) + " needs at least "
						+ MIN_QUOTE_WORDS + " words of the article");
				return;
			}
			Optional<String> words = find(quote, sentences);
			if (words.isEmpty()) {
				warn(TagCorrections.ADD, "the quote of " + SafeYaml.quoted(written) + ", "
						+ SafeYaml.quoted(quote) + ", is not in the article's text (it must lie within one sentence)");
				return;
			}
			(tag.get().mechanism() ? mechanisms : caveats).put(tag.get().slug(), List.of(words.get()));
			(tag.get().mechanism() ? addedMechanisms : addedCaveats).add(tag.get().slug());
		}

		/** A tag both added and removed: which the librarian meant is not known, so neither is done. */
		private boolean bothWays(String written) {
			if (corrections.removals().containsKey(written)) {
				warn(TagCorrections.ADD, "tag " + SafeYaml.quoted(written) + " is also in " + TagCorrections.REMOVE
						+ "; neither is applied");
				return true;
			}
			return false;
		}

		private Optional<Tag> resolve(String field, String written) {
			String lower = written.toLowerCase(Locale.ROOT);
			boolean onlyMechanisms = lower.startsWith(MECHANISMS);
			boolean onlyCaveats = lower.startsWith(CAVEATS);
			String name = onlyMechanisms ? written.substring(MECHANISMS.length())
					: onlyCaveats ? written.substring(CAVEATS.length()) : written;
			Optional<String> mechanism = onlyCaveats ? Optional.empty() : slugOf(taxonomy.mechanisms(), name);
			Optional<String> caveat = onlyMechanisms ? Optional.empty() : slugOf(taxonomy.caveats(), name);
			if (mechanism.isPresent() && caveat.isPresent()) {
				warn(field, "tag " + SafeYaml.quoted(written) + " names both a mechanism and a caveat; write "
						+ MECHANISMS + mechanism.get() + " or " + CAVEATS + caveat.get());
				return Optional.empty();
			}
			if (mechanism.isEmpty() && caveat.isEmpty()) {
				warn(field, "tag " + SafeYaml.quoted(written) + " is not a mechanism or caveat of the taxonomy"
						+ hint(Slugs.slugify(name)));
				return Optional.empty();
			}
			return Optional.of(mechanism.map(slug -> new Tag(true, slug)).orElseGet(() -> new Tag(false, caveat.get())));
		}

		private static Optional<String> slugOf(List<TermDefinition> terms, String name) {
			String slug = Slugs.slugify(name);
			return terms.stream()
				.filter(term -> term.slug().equals(slug) || Slugs.slugify(term.name()).equals(slug))
				.map(TermDefinition::slug)
				.findFirst();
		}

		private String hint(String slug) {
			return Stream.concat(taxonomy.mechanisms().stream(), taxonomy.caveats().stream())
				.map(TermDefinition::slug)
				.filter(known -> FieldReader.distance(slug, known) <= 2)
				.findFirst()
				.map(known -> " (did you mean '" + known + "'?)")
				.orElse("");
		}

		private void warn(String field, String problem) {
			warnings.add(corrections.where() + ", field '" + field + "': " + problem + "; left out");
		}

		Map<String, List<String>> ordered(List<TermDefinition> terms, Map<String, List<String>> tags) {
			Map<String, List<String>> ordered = new LinkedHashMap<>();
			terms.stream().filter(term -> tags.containsKey(term.slug())).forEach(term -> ordered.put(term.slug(), tags.get(term.slug())));
			return ordered;
		}

	}

}
