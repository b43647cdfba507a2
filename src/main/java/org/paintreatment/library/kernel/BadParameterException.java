package org.paintreatment.library.kernel;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A request parameter the library cannot use: answered with a 400 page that names it.
 */
@ResponseStatus(HttpStatus.BAD_REQUEST)
public class BadParameterException extends RuntimeException {

	private final String parameter;

	public BadParameterException(String parameter, String message) {
		super(message);
		this.parameter = parameter;
	}

	public String getParameter() {
		return parameter;
	}

}
