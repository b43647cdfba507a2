package org.paintreatment.library.system;

import java.net.URI;
import java.nio.charset.StandardCharsets;

import org.paintreatment.library.article.LibraryIndex;
import org.paintreatment.library.taxonomy.TermKind;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * The one way the library answers an error: our error page for readers, a problem document
 * ({@code application/problem+json}) under {@code /api}. Never a stack trace.
 */
@Component
class ErrorResponses {

	/** Problem documents name their charset, as every text response here does. */
	static final MediaType PROBLEM_JSON = new MediaType(MediaType.APPLICATION_PROBLEM_JSON, StandardCharsets.UTF_8);

	private final LibraryIndex index;

	ErrorResponses(LibraryIndex index) {
		this.index = index;
	}

	static boolean isApi(String path) {
		return path != null && (path.equals("/api") || path.startsWith("/api/"));
	}

	/**
	 * @param path the address the client asked for (for an error dispatch, the original one)
	 * @param parameter the request parameter at fault, or null
	 */
	Object respond(String path, HttpStatus status, String message, String parameter) {
		if (isApi(path)) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, message);
			problem.setInstance(safeUri(path));
			if (parameter != null) {
				problem.setProperty("parameter", parameter);
			}
			return ResponseEntity.status(status).contentType(PROBLEM_JSON).body(problem);
		}
		ModelAndView page = new ModelAndView(ErrorViews.viewFor(status), status);
		page.addObject("status", status.value());
		page.addObject("message", message);
		page.addObject("parameter", parameter);
		page.addObject("treatments", index.current().terms(TermKind.TREATMENT));
		return page;
	}

	private static URI safeUri(String path) {
		try {
			return URI.create(path);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
