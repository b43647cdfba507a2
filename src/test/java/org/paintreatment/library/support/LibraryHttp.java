package org.paintreatment.library.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Real HTTP against the running test server: pages parsed with jsoup, JSON with Jackson.
 */
public final class LibraryHttp {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	private final String base;

	public LibraryHttp(int port) {
		this.base = "http://localhost:" + port;
	}

	public HttpResponse<String> get(String pathAndQuery, Map<String, String> headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + pathAndQuery)).GET();
		headers.forEach(request::header);
		try {
			return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException("GET " + pathAndQuery + " failed", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted", ex);
		}
	}

	public HttpResponse<String> get(String pathAndQuery) {
		return get(pathAndQuery, Map.of());
	}

	/** GETs a page, checks the status, and parses the HTML. */
	public Document page(String pathAndQuery, int expectedStatus) {
		HttpResponse<String> response = get(pathAndQuery);
		if (response.statusCode() != expectedStatus) {
			throw new AssertionError("GET " + pathAndQuery + " answered " + response.statusCode() + ", expected "
					+ expectedStatus);
		}
		return Jsoup.parse(response.body(), base + pathAndQuery);
	}

	public Document page(String pathAndQuery) {
		return page(pathAndQuery, 200);
	}

	public JsonNode json(String pathAndQuery, int expectedStatus) {
		HttpResponse<String> response = get(pathAndQuery);
		if (response.statusCode() != expectedStatus) {
			throw new AssertionError("GET " + pathAndQuery + " answered " + response.statusCode() + ", expected "
					+ expectedStatus);
		}
		return JSON.readTree(response.body());
	}

	public JsonNode json(String pathAndQuery) {
		return json(pathAndQuery, 200);
	}

}
