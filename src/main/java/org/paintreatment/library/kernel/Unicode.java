package org.paintreatment.library.kernel;

/**
 * Facts about characters that the library's readers of files agree on.
 */
public final class Unicode {

	private Unicode() {
	}

	/**
	 * A Unicode noncharacter (U+FDD0..U+FDEF and the last two code points of every plane, U+FFFE
	 * and U+FFFF among them): reserved, never text.
	 */
	public static boolean isNoncharacter(int codePoint) {
		return (codePoint & 0xFFFE) == 0xFFFE || (codePoint >= 0xFDD0 && codePoint <= 0xFDEF);
	}

}
