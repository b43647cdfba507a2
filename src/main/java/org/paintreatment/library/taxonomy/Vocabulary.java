package org.paintreatment.library.taxonomy;

import java.util.Collection;

/**
 * The few words the classifier looks for (those of the phrases and the negation cues), looked up
 * by the characters of a word in a buffer, so that the thousands of other words of an article
 * never each become a String: an open-addressing table keyed by {@link String#hashCode()}.
 */
final class Vocabulary {

	private final String[] slots;

	private final int mask;

	Vocabulary(Collection<String> words) {
		int capacity = Integer.highestOneBit(Math.max(4, words.size() * 4) - 1) << 1;
		this.slots = new String[capacity];
		this.mask = capacity - 1;
		words.forEach(this::add);
	}

	private void add(String word) {
		int slot = word.hashCode() & mask;
		while (slots[slot] != null && !slots[slot].equals(word)) {
			slot = (slot + 1) & mask;
		}
		slots[slot] = word;
	}

	/** The vocabulary's word spelled by {@code chars[0, length)}, or null when it has none. */
	String find(char[] chars, int length) {
		int hash = 0;
		for (int index = 0; index < length; index++) {
			hash = 31 * hash + chars[index];
		}
		for (int slot = hash & mask; slots[slot] != null; slot = (slot + 1) & mask) {
			if (spells(slots[slot], chars, length)) {
				return slots[slot];
			}
		}
		return null;
	}

	private static boolean spells(String word, char[] chars, int length) {
		if (word.length() != length) {
			return false;
		}
		for (int index = 0; index < length; index++) {
			if (word.charAt(index) != chars[index]) {
				return false;
			}
		}
		return true;
	}

}
