package org.paintreatment.library.kernel;

/**
 * Text from the seeds folder (a file's name, a reason quoting it) made safe to print on one line
 * of the log or the import report: Linux allows any character but {@code /} in a file name, and
 * a name holding a line break could otherwise add a forged line to the log. Line breaks and tabs
 * are shown as {@code \n}, {@code \r} and {@code \t}; other control characters, the Unicode line
 * and paragraph separators and the bidirectional overrides (which can make a name read backwards)
 * as {@code \}{@code uXXXX}; a backslash is doubled, so that no escape can be forged either.
 */
public final class Printable {

	private Printable() {
	}

	public static String of(String text) {
		if (text == null) {
			return "null";
		}
		int first = firstToEscape(text);
		if (first < 0) {
			return text;
		}
		StringBuilder printable = new StringBuilder(text.length() + 16).append(text, 0, first);
		for (int index = first; index < text.length(); index++) {
			appendPrintable(printable, text.charAt(index));
		}
		return printable.toString();
	}

	private static int firstToEscape(String text) {
		for (int index = 0; index < text.length(); index++) {
			if (needsEscape(text.charAt(index))) {
				return index;
			}
		}
		return -1;
	}

	private static void appendPrintable(StringBuilder printable, char c) {
		switch (c) {
			case '\n' -> printable.append("\\n");
			case '\r' -> printable.append("\\r");
			case '\t' -> printable.append("\\t");
			case '\\' -> printable.append("\\\\");
			default -> {
				if (needsEscape(c)) {
					printable.append(String.format("\\u%04X", (int) c));
				}
				else {
					printable.append(c);
				}
			}
		}
	}

	private static boolean needsEscape(char c) {
		return c < 0x20 || c == '\\' || (c >= 0x7F && c <= 0x9F) || c == '\u2028' || c == '\u2029'
				|| (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
	}

}
