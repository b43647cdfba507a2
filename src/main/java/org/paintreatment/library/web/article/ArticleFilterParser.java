package org.paintreatment.library.web.article;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.paintreatment.library.article.ArticleFilter;
import org.paintreatment.library.article.ReadModel;
import org.paintreatment.library.kernel.BadParameterException;
import org.paintreatment.library.kernel.NumberParameter;
import org.paintreatment.library.quality.Question;
import org.paintreatment.library.taxonomy.TermKind;
import org.springframework.stereotype.Component;

/**
 * Checks the article list's request parameters and turns them into an {@link ArticleFilter},
 * answering a 400 that names any parameter it cannot use.
 */
@Component
public class ArticleFilterParser {

	public static final int MAX_QUERY_CHARS = 200;

	private final ReadModel readModel;

	ArticleFilterParser(ReadModel readModel) {
		this.readModel = readModel;
	}

	public ArticleFilter parse(ListParameters request) {
		Map<TermKind, Set<String>> selected = new EnumMap<>(TermKind.class);
		selected.put(TermKind.TREATMENT, known(TermKind.TREATMENT, request.treatment()));
		selected.put(TermKind.MECHANISM, known(TermKind.MECHANISM, request.mechanism()));
		selected.put(TermKind.CAVEAT, known(TermKind.CAVEAT, request.caveat()));
		selected.put(TermKind.CONDITION, known(TermKind.CONDITION, request.condition()));
		String query = request.q() == null ? "" : withoutControlCharacters(request.q()).strip();
		if (query.length() > MAX_QUERY_CHARS) {
			throw new BadParameterException("q", "The search words ('q') may be at most " + MAX_QUERY_CHARS
					+ " characters long; these are " + query.length() + ".");
		}
		int pageNumber = NumberParameter.page(request.page());
		int pageSize = NumberParameter.of("size", request.size(), 1, ArticleFilter.MAX_SIZE, ArticleFilter.DEFAULT_SIZE);
		return new ArticleFilter(selected, query, pageNumber, pageSize, questions(request.meets()),
				asTyped(request.spell()));
	}

	/** The quality questions of the {@code meets} parameter: the checklist's ids. */
	private static Set<Question> questions(List<String> values) {
		Set<Question> questions = EnumSet.noneOf(Question.class);
		for (String value : values == null ? List.<String>of() : values) {
			if (value.isBlank()) {
				continue;
			}
			questions.add(Question.of(value)
				.orElseThrow(() -> new BadParameterException(ArticleFilter.MEETS, "The quality checklist has no question '"
						+ abbreviate(value) + "' (parameter 'meets'); it has " + Question.ids() + ".")));
		}
		return questions;
	}

	/** {@code spell=off} searches the words as typed; absent or empty, their spelling is corrected. */
	private static boolean asTyped(String spell) {
		if (spell == null || spell.isEmpty()) {
			return false;
		}
		if (!spell.equals(ArticleFilter.SPELLING_OFF)) {
			throw new BadParameterException("spell", "The parameter 'spell' can only be '" + ArticleFilter.SPELLING_OFF
					+ "', to search the words as typed without correcting their spelling.");
		}
		return true;
	}

	/** A NUL or another control character typed or pasted into the box is a space, never echoed. */
	private static String withoutControlCharacters(String text) {
		StringBuilder clean = new StringBuilder(text.length());
		text.chars().forEach(c -> clean.append(Character.isISOControl(c) ? ' ' : (char) c));
		return clean.toString();
	}

	private Set<String> known(TermKind kind, List<String> values) {
		Set<String> slugs = new LinkedHashSet<>();
		for (String value : values == null ? List.<String>of() : values) {
			if (value.isBlank()) {
				continue;
			}
			if (readModel.current().term(kind, value).isEmpty()) {
				throw new BadParameterException(kind.parameter(), "The library has no " + kind.label().toLowerCase()
						+ " called '" + abbreviate(value) + "' (parameter '" + kind.parameter() + "').");
			}
			slugs.add(value);
		}
		return slugs;
	}

	private static String abbreviate(String value) {
		return value.length() <= 60 ? value : value.substring(0, 60) + "\u2026";
	}

}
