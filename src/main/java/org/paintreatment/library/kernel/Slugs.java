package org.paintreatment.library.kernel;

import java.text.Normalizer;
import java.util.Locale;

/**
 * URL slugs: lowercase ASCII words joined by hyphens, at most {@value #MAX_LENGTH} characters.
 */
public final class Slugs {

	public static final int MAX_LENGTH = 80;

	private Slugs() {
	}

	/** Letters that Unicode does not decompose into a base letter and a mark. */
	private static final String[][] UNDECOMPOSED = { { "ß", "ss" }, { "Ø", "o" }, { "ø", "o" }, { "Ł", "l" }, { "ł", "l" },
			{ "Æ", "ae" }, { "æ", "ae" }, { "Œ", "oe" }, { "œ", "oe" }, { "Đ", "d" }, { "đ", "d" }, { "Þ", "th" },
			{ "þ", "th" }, { "ı", "i" } };

	public static String slugify(String text) {
		String spelled = text == null ? "" : text;
		for (String[] letter : UNDECOMPOSED) {
			spelled = spelled.replace(letter[0], letter[1]);
		}
		String ascii = Normalizer.normalize(spelled, Normalizer.Form.NFKD)
			.replaceAll("\\p{M}+", "")
			.replace("'", "")
			.replace("\u2019", "")
			.toLowerCase(Locale.ROOT);
		String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
		if (slug.length() > MAX_LENGTH) {
			slug = slug.substring(0, MAX_LENGTH);
			int lastHyphen = slug.lastIndexOf('-');
			slug = lastHyphen > MAX_LENGTH / 2 ? slug.substring(0, lastHyphen) : slug.replaceAll("-+$", "");
		}
		return slug.isEmpty() ? "article" : slug;
	}

	public static boolean isValid(String slug) {
		return slug != null && slug.length() <= MAX_LENGTH && slug.matches("[a-z0-9]+(-[a-z0-9]+)*");
	}

	/** The slug with a numeric suffix ("-2", "-3"…) that still fits the length limit. */
	public static String withSuffix(String slug, int number) {
		String suffix = "-" + number;
		String base = slug.length() + suffix.length() > MAX_LENGTH ? slug.substring(0, MAX_LENGTH - suffix.length()) : slug;
		return base.replaceAll("-+$", "") + suffix;
	}

}
