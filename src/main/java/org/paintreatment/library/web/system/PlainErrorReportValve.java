package org.paintreatment.library.web.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.HttpStatus;

/**
 * Answers the errors Tomcat raises before the application sees a request (a malformed URL, say)
 * with our static error page (a problem document under {@code /api}) instead of Tomcat's report.
 */
public class PlainErrorReportValve extends ErrorReportValve {

	static final String PAGE = "/static-errors/error.html";

	private static final String TEMPLATE = load();

	public PlainErrorReportValve() {
		setShowReport(false);
		setShowServerInfo(false);
	}

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		try {
			SecurityHeaders.apply(request.isSecure(), response);
			boolean api = ErrorResponses.isApi(request.getRequestURI());
			response.setContentType(api ? "application/problem+json" : "text/html");
			response.setCharacterEncoding("UTF-8");
			Writer writer = response.getReporter();
			if (writer != null) {
				writer.write(api ? problem(status) : TEMPLATE.replace("{status}", String.valueOf(status)));
			}
		}
		catch (IOException | IllegalStateException ex) {
			// the client went away or the response was committed; nothing more to say
		}
	}

	/** A problem document for the API; nothing in it comes from the request. */
	private static String problem(int status) {
		HttpStatus known = HttpStatus.resolve(status);
		return "{\"type\":\"about:blank\",\"title\":\"" + (known == null ? "Error" : known.getReasonPhrase())
				+ "\",\"status\":" + status + ",\"detail\":\"The request is malformed.\"}";
	}

	private static String load() {
		try (InputStream in = PlainErrorReportValve.class.getResourceAsStream(PAGE)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException | NullPointerException ex) {
			return "<!DOCTYPE html><html lang=\"en\"><title>Error {status}</title><h1>Error {status}</h1></html>";
		}
	}

}
