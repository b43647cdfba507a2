package org.paintreatment.library.web.system;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.paintreatment.library.article.IndexedArticle;
import org.paintreatment.library.article.ReadModel;
import org.paintreatment.library.taxonomy.TermKind;
import org.paintreatment.library.web.article.ArticleService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
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

	private static final Logger log = LoggerFactory.getLogger(ErrorResponses.class);

	/** Problem documents name their charset, as every text response here does. */
	static final MediaType PROBLEM_JSON = new MediaType(MediaType.APPLICATION_PROBLEM_JSON, StandardCharsets.UTF_8);

	static final String NOT_ACCEPTABLE = "This address has nothing in the types this request accepts (its Accept header).";

	/** At most this many articles are offered on a 404 page. */
	static final int NEAREST = 3;

	private final ReadModel readModel;

	private final ArticleService articles;

	ErrorResponses(ReadModel readModel, ArticleService articles) {
		this.readModel = readModel;
		this.articles = articles;
	}

	static boolean isApi(String path) {
		return path != null && (path.equals("/api") || path.startsWith("/api/"));
	}

	/**
	 * @param path the address the client asked for (for an error dispatch, the original one)
	 * @param parameter the request parameter at fault, or null
	 */
	Object respond(String path, HttpStatus status, String message, String parameter) {
		return respond(path, status, message, parameter, null);
	}

	/** @param lookFor words whose nearest articles a 404 page offers, or null */
	Object respond(String path, HttpStatus status, String message, String parameter, String lookFor) {
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
		page.addObject("treatments", readModel.current().coveredTerms(TermKind.TREATMENT));
		page.addObject("nearest", lookFor == null ? List.of() : nearest(lookFor));
		return page;
	}

	/**
	 * A 406: no representation of the address is of a type the client accepts. Said in our usual
	 * form when the client takes that (a browser asking for HTML only, at {@code /robots.txt}), else
	 * with no body at all, since any body would be another type the client refused.
	 * @param accept the request's Accept header, or null
	 */
	Object notAcceptable(String path, String accept) {
		if (accepts(accept, isApi(path) ? MediaType.APPLICATION_PROBLEM_JSON : MediaType.TEXT_HTML)) {
			return respond(path, HttpStatus.NOT_ACCEPTABLE, NOT_ACCEPTABLE, null);
		}
		return ResponseEntity.status(HttpStatus.NOT_ACCEPTABLE).build();
	}

	/** Whether an Accept header takes the type; no header takes everything, a malformed one nothing. */
	static boolean accepts(String accept, MediaType type) {
		if (accept == null || accept.isBlank()) {
			return true;
		}
		try {
			return MediaType.parseMediaTypes(accept)
				.stream()
				.anyMatch(accepted -> accepted.getQualityValue() > 0 && accepted.includes(type));
		}
		catch (InvalidMediaTypeException ex) {
			return false;
		}
	}

	/** An extra of the 404 page: if the search fails, the page is shown without it. */
	private List<IndexedArticle> nearest(String lookFor) {
		try {
			return articles.nearest(lookFor, NEAREST);
		}
		catch (RuntimeException ex) {
			log.warn("No nearest articles for a 404 page: {}", ex.toString());
			return List.of();
		}
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
