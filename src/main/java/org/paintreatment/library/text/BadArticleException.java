package org.paintreatment.library.text;

/**
 * An article file that cannot be imported; the message is the reason shown to the librarian.
 */
public class BadArticleException extends Exception {

	public BadArticleException(String reason) {
		super(reason);
	}

	public BadArticleException(String reason, Throwable cause) {
		super(reason, cause);
	}

}
