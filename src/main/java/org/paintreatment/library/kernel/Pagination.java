package org.paintreatment.library.kernel;

import java.util.List;

/**
 * One page of a longer list of {@code total} items, {@code size} to a page, numbered from 1.
 */
public record Pagination(int page, int size, int total) {

	public Pagination {
		if (page < 1 || size < 1 || total < 0) {
			throw new IllegalArgumentException("no page " + page + " of " + size + " among " + total);
		}
	}

	public int pageCount() {
		return Math.max(1, (total + size - 1) / size);
	}

	public boolean hasPrevious() {
		return page > 1;
	}

	public boolean hasNext() {
		return page < pageCount();
	}

	/** A page after the last: nothing to show (the first page of an empty list is not past the end). */
	public boolean isPastTheEnd() {
		return page > pageCount();
	}

	/** How many items of the whole list come before this page's first (a long: page × size can overflow an int). */
	public long offset() {
		return (long) (page - 1) * size;
	}

	/** This page's items of the whole list. */
	public <T> List<T> slice(List<T> all) {
		int from = (int) Math.min(all.size(), offset());
		return all.subList(from, Math.min(all.size(), from + size));
	}

}
