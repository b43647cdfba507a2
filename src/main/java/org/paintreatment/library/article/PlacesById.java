package org.paintreatment.library.article;

import java.util.Arrays;
import java.util.List;

/**
 * Each article's place in a list, by id, in two primitive arrays (open addressing): a search
 * looks up every one of its hits, often thousands, and a map of boxed numbers costs a few cache
 * misses per look-up where this costs about one.
 */
final class PlacesById {

	private final long[] ids;

	private final int[] places;

	private final int mask;

	PlacesById(List<IndexedArticle> articles) {
		int capacity = Integer.highestOneBit(Math.max(1, articles.size()) * 2 - 1) << 1;
		this.ids = new long[capacity];
		this.places = new int[capacity];
		this.mask = capacity - 1;
		Arrays.fill(places, -1);
		for (int place = 0; place < articles.size(); place++) {
			long id = articles.get(place).id();
			int slot = slotOf(id);
			while (places[slot] >= 0 && ids[slot] != id) {
				slot = (slot + 1) & mask;
			}
			ids[slot] = id;
			places[slot] = place;
		}
	}

	/** The place of the article with this id, or -1. */
	int of(long id) {
		for (int slot = slotOf(id); places[slot] >= 0; slot = (slot + 1) & mask) {
			if (ids[slot] == id) {
				return places[slot];
			}
		}
		return -1;
	}

	private int slotOf(long id) {
		long mixed = id * 0x9E3779B97F4A7C15L;
		return (int) (mixed ^ (mixed >>> 32)) & mask;
	}

}
