package org.paintreatment.library.taxonomy;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What kind of page an article came from: the library's judgement about the source, detected
 * from the text at import ({@link SourceTypeDetector}) or set by a librarian in the catalog.
 */
public enum SourceType {

	INDEPENDENT("independent", "Independent information"),
	PROVIDER("provider", "Provider or clinic page"),
	NEWS("news", "News"),
	BLOG("blog", "Personal blog"),
	RESEARCH("research", "Research summary"),
	UNKNOWN("unknown", "Unknown");

	private final String slug;

	private final String label;

	SourceType(String slug, String label) {
		this.slug = slug;
		this.label = label;
	}

	/** The name stored and written in the catalog ({@code source-type: provider}). */
	public String slug() {
		return slug;
	}

	/** The name readers see. */
	public String label() {
		return label;
	}

	/** The type of a stored or written name, case and spaces aside; empty for an unknown name. */
	public static Optional<SourceType> of(String name) {
		if (name == null) {
			return Optional.empty();
		}
		String wanted = name.strip().toLowerCase(Locale.ROOT);
		return Arrays.stream(values())
			.filter(type -> type.slug.equals(wanted) || type.label.toLowerCase(Locale.ROOT).equals(wanted))
			.findFirst();
	}

	/** The names {@link #of} accepts, for a message. */
	public static String names() {
		return Arrays.stream(values()).map(SourceType::slug).collect(Collectors.joining(", "));
	}

}
