package org.paintreatment.library.web.system;

import java.io.IOException;

import jakarta.servlet.ServletException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.apache.coyote.ActionCode;

/**
 * The library reads no request body, so the connection of a request that carries one is closed
 * once the request is answered, and the body is never read. Tomcat would otherwise read the rest
 * of the body after the answer ("swallow" it, up to {@code server.tomcat.max-swallow-size}) to
 * keep the connection open, holding a worker for as long as the client takes to send it: a few
 * hundred clients trickling bodies a byte every few seconds held every worker. The first valve of
 * the engine, so it also covers requests Tomcat refuses before the application sees them.
 */
class UnreadBodies extends ValveBase {

	UnreadBodies() {
		super(true);
	}

	@Override
	public void invoke(Request request, Response response) throws IOException, ServletException {
		boolean body = ReadOnlyMethods.hasBody(request);
		if (body) {
			response.setHeader("Connection", "close");
		}
		getNext().invoke(request, response);
		// Such a request is refused (ReadOnlyMethods); Tomcat turns an answer below 400 into a 500
		// when told not to read the body, so only a refusal is closed this way.
		if (body && response.getStatus() >= 400) {
			request.getCoyoteRequest().action(ActionCode.DISABLE_SWALLOW_INPUT, null);
		}
	}

}
