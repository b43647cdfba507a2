package org.paintreatment.library.web.system;

import org.springframework.http.HttpStatus;

/**
 * Which error template answers which status.
 */
final class ErrorViews {

	private ErrorViews() {
	}

	static String viewFor(HttpStatus status) {
		return switch (status) {
			case NOT_FOUND -> "error/404";
			case BAD_REQUEST -> "error/400";
			case SERVICE_UNAVAILABLE -> "error/503";
			default -> status.is4xxClientError() ? "error/4xx" : "error/5xx";
		};
	}

}
