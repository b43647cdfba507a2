package org.paintreatment.library.web.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.paintreatment.library.taxonomy.TermKind;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.unbescape.html.HtmlEscape;

/**
 * The filter form's values, each an {@code <li>} with its checkbox, name and counts. A value's
 * markup depends on its term (slug and name) and on whether it is chosen and has a zero note; only
 * its counts and note change from page to page. So each such variant is rendered once by the
 * template engine from the {@code fragments/articles :: facet-value} fragment (every value
 * {@code th:text}) with the counts and the note as holes, and a page fills the holes with its own,
 * escaped as {@code th:text} escapes them. A list or search page shows ~40 values; evaluating their
 * ~400 expressions on every page was most of its template time.
 */
@Component
public class FacetChoices {

	private static final String FRAGMENTS = "fragments/articles";

	/** Never in a term's name or slug, and left alone by HTML escaping (letters and digits only). */
	private static final String NONCE = UUID.randomUUID().toString().replace("-", "");

	private static final String SHOWN_COUNT = "shown" + NONCE;

	private static final String SPOKEN_COUNT = "spoken" + NONCE;

	private static final String ZERO_NOTE = "note" + NONCE;

	/** Any of the markers, wherever the rendered markup holds one. */
	private static final Pattern HOLE = Pattern.compile(String.join("|", SHOWN_COUNT, SPOKEN_COUNT, ZERO_NOTE));

	private final SpringTemplateEngine templates;

	/** Keyed by the name too, so that a renamed term is rendered anew; a few variants per term. */
	private final Cache<Variant, Pieces> rendered = Caffeine.newBuilder().maximumSize(10_000).build();

	FacetChoices(SpringTemplateEngine templates) {
		this.templates = templates;
	}

	/** The {@code <li>} of one value of the facet of {@code kind}, with its counts. */
	public String html(TermKind kind, FacetView.Value value) {
		Variant variant = new Variant(kind, value.slug(), value.name(), value.selected(), value.zeroNote() != null);
		return rendered.get(variant, this::render).fill(value);
	}

	private Pieces render(Variant variant) {
		Holes value = new Holes(variant.slug(), variant.name(), variant.selected(), SHOWN_COUNT, SPOKEN_COUNT,
				variant.noted() ? ZERO_NOTE : null);
		Context model = new Context(Locale.ENGLISH, Map.of("kind", variant.kind(), "value", value));
		return Pieces.split(templates.process(FRAGMENTS, Set.of("facet-value"), model).strip());
	}

	private record Variant(TermKind kind, String slug, String name, boolean selected, boolean noted) {
	}

	/** What the fragment reads of a value, with the holes' markers in place of its counts and note. */
	public record Holes(String slug, String name, boolean selected, String shownCount, String spokenCount,
			String zeroNote) {
	}

	/**
	 * The rendered markup cut at the holes: {@code texts} has one more element than {@code holes};
	 * {@code length} is the rendered markup's, markers and all: about a filled value's, to size
	 * its buffer.
	 */
	private record Pieces(List<String> texts, List<String> holes, int length) {

		static Pieces split(String html) {
			List<String> texts = new ArrayList<>();
			List<String> holes = new ArrayList<>();
			Matcher hole = HOLE.matcher(html);
			int from = 0;
			while (hole.find()) {
				texts.add(html.substring(from, hole.start()));
				holes.add(hole.group());
				from = hole.end();
			}
			texts.add(html.substring(from));
			return new Pieces(List.copyOf(texts), List.copyOf(holes), html.length());
		}

		String fill(FacetView.Value value) {
			StringBuilder html = new StringBuilder(length + 64);
			html.append(texts.get(0));
			for (int i = 0; i < holes.size(); i++) {
				html.append(HtmlEscape.escapeHtml4Xml(textOf(holes.get(i), value))).append(texts.get(i + 1));
			}
			return html.toString();
		}

		private static String textOf(String hole, FacetView.Value value) {
			if (hole.equals(SHOWN_COUNT)) {
				return value.shownCount();
			}
			return hole.equals(SPOKEN_COUNT) ? value.spokenCount() : value.zeroNote();
		}

	}

}
