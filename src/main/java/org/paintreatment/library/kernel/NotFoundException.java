package org.paintreatment.library.kernel;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Nothing is at this URL: answered with the 404 page (or a problem document under /api).
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class NotFoundException extends RuntimeException {

	private final String lookFor;

	public NotFoundException(String message) {
		this(message, null);
	}

	/**
	 * @param lookFor words to search the library for, so that the 404 page can offer the nearest
	 * articles (the words of a mistyped article address), or null
	 */
	public NotFoundException(String message, String lookFor) {
		super(message);
		this.lookFor = lookFor;
	}

	public String lookFor() {
		return lookFor;
	}

}
