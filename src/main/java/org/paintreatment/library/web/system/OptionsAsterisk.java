package org.paintreatment.library.web.system;

import org.apache.coyote.Adapter;
import org.apache.coyote.ProtocolHandler;
import org.apache.coyote.Request;
import org.apache.coyote.Response;
import org.apache.tomcat.util.net.SocketEvent;

/**
 * Tomcat answers {@code OPTIONS *} itself, before any valve or filter runs: a 200 listing methods
 * the library does not take ({@code GET, HEAD, POST, PUT, DELETE, OPTIONS}) without our safety
 * headers, and no setting changes that. In front of Tomcat's own adapter, this passes the request
 * on as {@code OPTIONS /}, which is answered as OPTIONS is everywhere ({@link ReadOnlyMethods}):
 * 405 with {@code Allow: GET, HEAD}, our page and our headers.
 */
final class OptionsAsterisk implements Adapter {

	private final Adapter tomcat;

	private OptionsAsterisk(Adapter tomcat) {
		this.tomcat = tomcat;
	}

	/** Puts itself in front of the connector's adapter; call once the connector is initialised. */
	static void install(ProtocolHandler protocol) {
		if (protocol.getAdapter() != null && !(protocol.getAdapter() instanceof OptionsAsterisk)) {
			protocol.setAdapter(new OptionsAsterisk(protocol.getAdapter()));
		}
	}

	static Request asRoot(Request request) {
		if (request.requestURI().equals("*") && request.method().equalsIgnoreCase("OPTIONS")) {
			request.requestURI().setBytes(new byte[] { '/' }, 0, 1);
		}
		return request;
	}

	@Override
	public void service(Request request, Response response) throws Exception {
		tomcat.service(asRoot(request), response);
	}

	@Override
	public boolean prepare(Request request, Response response) throws Exception {
		return tomcat.prepare(asRoot(request), response);
	}

	@Override
	public boolean asyncDispatch(Request request, Response response, SocketEvent status) throws Exception {
		return tomcat.asyncDispatch(request, response, status);
	}

	@Override
	public void log(Request request, Response response, long time) {
		tomcat.log(request, response, time);
	}

	@Override
	public void checkRecycled(Request request, Response response) {
		tomcat.checkRecycled(request, response);
	}

	@Override
	public String getDomain() {
		return tomcat.getDomain();
	}

}
