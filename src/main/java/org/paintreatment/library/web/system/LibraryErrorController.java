package org.paintreatment.library.web.system;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Answers the errors that reach the servlet container's error page rather than our
 * {@link ErrorPages} advice (a {@code sendError} from a filter or from Tomcat itself, such as a
 * 405 for TRACE or a 404 for {@code /WEB-INF/...}) with the same pages and problem documents.
 * Replaces Spring Boot's {@code BasicErrorController}, whose JSON answer is not ours; asked for
 * directly, {@code /error} is a page that does not exist.
 */
@Controller
class LibraryErrorController implements ErrorController {

	private static final Logger log = LoggerFactory.getLogger(LibraryErrorController.class);

	/** A request attribute by which a filter that answers an error gives the page its message. */
	static final String MESSAGE_ATTRIBUTE = LibraryErrorController.class.getName() + ".message";

	private final ErrorResponses responses;

	LibraryErrorController(ErrorResponses responses) {
		this.responses = responses;
	}

	@RequestMapping("${server.error.path:/error}")
	Object error(HttpServletRequest request, HttpServletResponse response) {
		String path = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		HttpStatus status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code
				? HttpStatus.resolve(code) : null;
		if (path == null || status == null) {
			return responses.respond(request.getRequestURI(), HttpStatus.NOT_FOUND, "There is no page at this address.",
					null);
		}
		if (status == HttpStatus.SERVICE_UNAVAILABLE) {
			response.setHeader(HttpHeaders.RETRY_AFTER, StartingUp.RETRY_AFTER_SECONDS);
		}
		else if (status.is5xxServerError()) {
			log.error("Error {} on {}", status.value(), path, (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION));
		}
		if (status == HttpStatus.METHOD_NOT_ALLOWED) {
			response.setHeader(HttpHeaders.ALLOW, ReadOnlyMethods.ALLOWED);
		}
		String message = request.getAttribute(MESSAGE_ATTRIBUTE) instanceof String ours ? ours : messageFor(status);
		return responses.respond(path, status, message, null);
	}

	static String messageFor(HttpStatus status) {
		return switch (status) {
			case NOT_FOUND -> "There is no page at this address.";
			case METHOD_NOT_ALLOWED -> ReadOnlyMethods.MESSAGE;
			case NOT_ACCEPTABLE -> ErrorResponses.NOT_ACCEPTABLE;
			case CONTENT_TOO_LARGE -> ReadOnlyMethods.NO_BODY;
			case BAD_REQUEST -> "This request could not be read.";
			case SERVICE_UNAVAILABLE -> StartingUp.MESSAGE;
			default -> status.is5xxServerError() ? "Something went wrong on our side." : "This request could not be answered.";
		};
	}

}
