package org.paintreatment.library.web.system;

import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.paintreatment.library.article.LibrarySnapshot;
import org.paintreatment.library.article.ReadModel;
import org.paintreatment.library.kernel.PublicUrl;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Gives every page and API answer a validator tied to the last import, and answers a matching
 * {@code If-None-Match} with 304 before any work is done. The ETag also names this run of the
 * application, so new templates after a restart are never hidden behind a 304, and, without
 * {@code library.public-url}, the address the request came to, which the absolute links of a
 * page are made from.
 */
@Component
class LibraryEtags implements HandlerInterceptor {

	private final String runId = UUID.randomUUID().toString().substring(0, 8);

	private final ReadModel readModel;

	private final PublicUrl publicUrl;

	LibraryEtags(ReadModel readModel, PublicUrl publicUrl) {
		this.readModel = readModel;
		this.publicUrl = publicUrl;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		String method = request.getMethod();
		if (!"GET".equals(method) && !"HEAD".equals(method)) {
			return true;
		}
		return !notModified(request, response);
	}

	/**
	 * Sets the validator headers; true, with the status set to 304, when the client's copy is
	 * current. Also used by the {@link PageCache} for the pages it answers itself.
	 */
	boolean notModified(HttpServletRequest request, HttpServletResponse response) {
		LibrarySnapshot snapshot = readModel.current();
		String address = publicUrl.isConfigured() ? ""
				: "-" + Integer.toHexString(publicUrl.base(request).hashCode());
		String etag = "W/\"" + Long.toHexString(snapshot.version()) + "-" + runId + address + "\"";
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
		return new ServletWebRequest(request, response).checkNotModified(etag, snapshot.builtAt().toEpochMilli());
	}

}
