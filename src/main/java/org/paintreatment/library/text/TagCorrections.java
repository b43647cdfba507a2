package org.paintreatment.library.text;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

import org.paintreatment.library.kernel.SafeYaml;

/**
 * A librarian's corrections of an article's tags, as written in its catalog entry or front
 * matter: tags to remove, each with the reason, and tags to add, each with the article's words
 * that show it. A tag is named by its slug or its name ({@code side-effects}, {@code Side
 * effects}), or, where a mechanism and a caveat share one, as {@code mechanisms/…} or
 * {@code caveats/…}. What the names mean is only known against the taxonomy and the text: see
 * {@link CorrectedTags}.
 *
 * @param where the catalog entry or front matter they were written in, for warnings
 * @param removals the tag as written, and why it does not hold
 * @param additions the tag as written, and the quote that must be in the article
 */
public record TagCorrections(String where, Map<String, String> removals, Map<String, String> additions) {

	public static final TagCorrections NONE = new TagCorrections("", Map.of(), Map.of());

	public static final String REMOVE = "remove-tags";

	public static final String ADD = "add-tags";

	public TagCorrections {
		removals = Collections.unmodifiableMap(new LinkedHashMap<>(removals));
		additions = Collections.unmodifiableMap(new LinkedHashMap<>(additions));
	}

	public boolean isEmpty() {
		return removals.isEmpty() && additions.isEmpty();
	}

	/**
	 * Reads the two fields as {@code SafeYaml} gives them; each that is not a mapping of tags to
	 * text, and each tag without its reason or quote, is left out with a warning ({@code warn}
	 * takes the field and the problem).
	 */
	static TagCorrections read(Map<?, ?> map, String where, BiConsumer<String, String> warn) {
		Map<String, String> removals = mapping(map.get(REMOVE), REMOVE, "the reason it does not hold", warn);
		Map<String, String> additions = mapping(map.get(ADD), ADD, "the article's words that show it", warn);
		return removals.isEmpty() && additions.isEmpty() ? NONE : new TagCorrections(where, removals, additions);
	}

	private static Map<String, String> mapping(Object value, String field, String wanted,
			BiConsumer<String, String> warn) {
		if (value == null) {
			return Map.of();
		}
		if (!(value instanceof Map<?, ?> entries)) {
			warn.accept(field, "must be a mapping of tags, each with " + wanted + ", like 'side-effects: ...', not "
					+ (value instanceof List ? "a list" : "text"));
			return Map.of();
		}
		Map<String, String> read = new LinkedHashMap<>();
		entries.forEach((tag, text) -> {
			String name = String.valueOf(tag).strip();
			if (text instanceof String written && !written.isBlank()) {
				read.put(name, written.strip());
			}
			else {
				warn.accept(field, "tag " + SafeYaml.quoted(name) + " needs " + wanted + " after its colon");
			}
		});
		return read;
	}

}
