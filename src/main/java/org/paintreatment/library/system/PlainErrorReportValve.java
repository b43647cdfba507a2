package org.paintreatment.library.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * Answers the errors Tomcat raises before the application sees a request (a malformed URL, say)
 * with our static error page instead of Tomcat's report.
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
			response.setContentType("text/html");
			response.setCharacterEncoding("UTF-8");
			Writer writer = response.getReporter();
			if (writer != null) {
				writer.write(TEMPLATE.replace("{status}", String.valueOf(status)));
			}
		}
		catch (IOException | IllegalStateException ex) {
			// the client went away or the response was committed; nothing more to say
		}
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
