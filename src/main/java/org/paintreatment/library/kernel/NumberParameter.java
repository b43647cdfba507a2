package org.paintreatment.library.kernel;

import java.util.OptionalInt;

/**
 * A whole-number request parameter (a page, a page size), read strictly: a clear 400 for
 * anything but the digits 0 to 9 within its range.
 */
public final class NumberParameter {

	private NumberParameter() {
	}

	/** The parameter's value within [min, max]; absent or empty, {@code absent}. */
	public static int of(String parameter, String text, int min, int max, int absent) {
		if (text == null || text.isEmpty()) {
			return absent;
		}
		OptionalInt number = wholeNumber(text);
		if (number.isEmpty() || number.getAsInt() < min || number.getAsInt() > max) {
			String range = max == Integer.MAX_VALUE ? min + " or more" : "from " + min + " to " + max;
			throw new BadParameterException(parameter,
					"The parameter '" + parameter + "' must be a whole number " + range + ", in the digits 0 to 9.");
		}
		return number.getAsInt();
	}

	/** A {@code page} parameter: 1 or more, the first page when absent. */
	public static int page(String text) {
		return of("page", text, 1, Integer.MAX_VALUE, 1);
	}

	/**
	 * The value of a number written in the digits 0 to 9 alone (leading zeros allowed), if it fits
	 * an int; nothing for a sign, a space, hex, an exponent or another script's digits, all of which
	 * {@link Integer#parseInt} or Spring's conversion would accept.
	 */
	public static OptionalInt wholeNumber(String text) {
		if (text.isEmpty() || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
			return OptionalInt.empty();
		}
		String digits = text.replaceFirst("^0+(?=.)", "");
		if (digits.length() > 10 || Long.parseLong(digits) > Integer.MAX_VALUE) {
			return OptionalInt.empty();
		}
		return OptionalInt.of(Integer.parseInt(digits));
	}

}
