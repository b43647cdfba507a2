package org.paintreatment.library.system;

import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.paintreatment.library.article.LibraryIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Turns errors into our own pages: 404 and 400 pages for readers, problem documents
 * ({@code application/problem+json}) under {@code /api}. Never a stack trace.
 */
@ControllerAdvice
class ErrorPages {

	private static final Logger log = LoggerFactory.getLogger(ErrorPages.class);

	private final LibraryIndex index;

	ErrorPages(LibraryIndex index) {
		this.index = index;
	}

	@ExceptionHandler({ NotFoundException.class, NoResourceFoundException.class, NoHandlerFoundException.class })
	Object notFound(Exception ex, HttpServletRequest request) {
		String message = ex instanceof NotFoundException ? ex.getMessage() : "There is no page at this address.";
		return respond(request, HttpStatus.NOT_FOUND, message, null);
	}

	@ExceptionHandler(BadParameterException.class)
	Object badParameter(BadParameterException ex, HttpServletRequest request) {
		return respond(request, HttpStatus.BAD_REQUEST, ex.getMessage(), ex.getParameter());
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	Object typeMismatch(MethodArgumentTypeMismatchException ex, HttpServletRequest request) {
		return respond(request, HttpStatus.BAD_REQUEST,
				"The parameter '" + ex.getName() + "' must be a whole number.", ex.getName());
	}

	/** Tomcat refuses a parameter it cannot decode, such as {@code q=%zz}, only when it is read. */
	@ExceptionHandler(InvalidParameterException.class)
	Object undecodableParameter(InvalidParameterException ex, HttpServletRequest request) {
		return respond(request, HttpStatus.BAD_REQUEST, "A parameter of this address is not properly encoded.", null);
	}

	@ExceptionHandler(MissingServletRequestParameterException.class)
	Object missingParameter(MissingServletRequestParameterException ex, HttpServletRequest request) {
		return respond(request, HttpStatus.BAD_REQUEST,
				"The parameter '" + ex.getParameterName() + "' is required.", ex.getParameterName());
	}

	@ExceptionHandler(HandlerMethodValidationException.class)
	Object invalid(HandlerMethodValidationException ex, HttpServletRequest request) {
		return respond(request, HttpStatus.BAD_REQUEST, "A parameter of this request is not valid.", null);
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	Object methodNotAllowed(HttpRequestMethodNotSupportedException ex, HttpServletRequest request,
			HttpServletResponse response) {
		if (ex.getSupportedHttpMethods() != null) {
			response.setHeader("Allow", String.join(", ", ex.getSupportedHttpMethods().stream().map(Object::toString).toList()));
		}
		return respond(request, HttpStatus.METHOD_NOT_ALLOWED, "This address can only be read (GET or HEAD).", null);
	}

	@ExceptionHandler(Exception.class)
	Object unexpected(Exception ex, HttpServletRequest request) {
		log.error("Unexpected error on {}", request.getRequestURI(), ex);
		return respond(request, HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong on our side.", null);
	}

	private Object respond(HttpServletRequest request, HttpStatus status, String message, String parameter) {
		if (request.getRequestURI().startsWith("/api/")) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, message);
			problem.setInstance(URI.create(request.getRequestURI()));
			if (parameter != null) {
				problem.setProperty("parameter", parameter);
			}
			return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
		}
		ModelAndView page = new ModelAndView(ErrorViews.viewFor(status), status);
		page.addObject("status", status.value());
		page.addObject("message", message);
		page.addObject("parameter", parameter);
		page.addObject("treatments", index.current().terms(org.paintreatment.library.taxonomy.TermKind.TREATMENT));
		return page;
	}

}
