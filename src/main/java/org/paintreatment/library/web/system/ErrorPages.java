package org.paintreatment.library.web.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.paintreatment.library.kernel.BadParameterException;
import org.paintreatment.library.kernel.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Turns the exceptions of controllers into our own pages: 404 and 400 pages for readers, problem
 * documents ({@code application/problem+json}) under {@code /api} (see {@link ErrorResponses}).
 */
@ControllerAdvice
class ErrorPages {

	private static final Logger log = LoggerFactory.getLogger(ErrorPages.class);

	private final ErrorResponses responses;

	ErrorPages(ErrorResponses responses) {
		this.responses = responses;
	}

	@ExceptionHandler({ NotFoundException.class, NoResourceFoundException.class, NoHandlerFoundException.class })
	Object notFound(Exception ex, HttpServletRequest request) {
		if (ex instanceof NotFoundException notFound) {
			return responses.respond(request.getRequestURI(), HttpStatus.NOT_FOUND, notFound.getMessage(), null,
					notFound.lookFor());
		}
		return respond(request, HttpStatus.NOT_FOUND, "There is no page at this address.", null);
	}

	@ExceptionHandler(BadParameterException.class)
	Object badParameter(BadParameterException ex, HttpServletRequest request) {
		return respond(request, HttpStatus.BAD_REQUEST, ex.getMessage(), ex.getParameter());
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	Object typeMismatch(MethodArgumentTypeMismatchException ex, HttpServletRequest request) {
		return wrongType(ex.getName(), request);
	}

	/** Query parameters bound to a record that do not convert to the type of its field. */
	@ExceptionHandler(BindException.class)
	Object bindingFailed(BindException ex, HttpServletRequest request) {
		FieldError error = ex.getFieldError();
		return error == null ? respond(request, HttpStatus.BAD_REQUEST, "A parameter of this request is not valid.", null)
				: wrongType(error.getField(), request);
	}

	private Object wrongType(String parameter, HttpServletRequest request) {
		return respond(request, HttpStatus.BAD_REQUEST, "The parameter '" + parameter + "' must be a whole number.",
				parameter);
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
		response.setHeader("Allow", ReadOnlyMethods.ALLOWED);
		return respond(request, HttpStatus.METHOD_NOT_ALLOWED, ReadOnlyMethods.MESSAGE, null);
	}

	/**
	 * Thrown by the handler mapping (an address that {@code produces} one type, such as
	 * {@code /robots.txt}) or by the message converters (JSON under {@code /api}, actuator's health)
	 * when the Accept header takes none of what the address has.
	 */
	@ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
	Object notAcceptable(HttpServletRequest request) {
		return responses.notAcceptable(request.getRequestURI(), request.getHeader(HttpHeaders.ACCEPT));
	}

	@ExceptionHandler(Exception.class)
	Object unexpected(Exception ex, HttpServletRequest request) {
		log.error("Unexpected error on {}", request.getRequestURI(), ex);
		return respond(request, HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong on our side.", null);
	}

	private Object respond(HttpServletRequest request, HttpStatus status, String message, String parameter) {
		return responses.respond(request.getRequestURI(), status, message, parameter);
	}

}
