package org.paintreatment.library.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

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

	private final int port;

	public LibraryHttp(int port) {
		this.port = port;
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

	/**
	 * Sends a request exactly as given, over a plain socket: the request target goes on the wire
	 * byte for byte (UTF-8), so malformed escapes, raw non-ASCII and odd methods reach the server
	 * unchanged, which {@link java.net.http.HttpClient} would refuse to send.
	 */
	public Raw raw(String method, String target, Map<String, String> headers) {
		try (Socket socket = new Socket("localhost", port)) {
			socket.setSoTimeout(15_000);
			StringBuilder request = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\n")
				.append("Host: ").append(headers.getOrDefault("Host", "localhost:" + port)).append("\r\nConnection: close\r\n");
			headers.forEach((name, value) -> {
				if (!name.equals("Host")) {
					request.append(name).append(": ").append(value).append("\r\n");
				}
			});
			if (List.of("POST", "PUT", "PATCH", "DELETE").contains(method) && !headers.containsKey("Content-Length")) {
				request.append("Content-Length: 0\r\n");
			}
			OutputStream out = socket.getOutputStream();
			out.write(request.append("\r\n").toString().getBytes(StandardCharsets.UTF_8));
			out.flush();
			return Raw.parse(method, target, socket.getInputStream().readAllBytes());
		}
		catch (IOException ex) {
			throw new IllegalStateException(method + " " + target + " failed", ex);
		}
	}

	public Raw raw(String method, String target) {
		return raw(method, target, Map.of());
	}

	/** A response read off the wire: status, headers (names in lower case) and the body as text. */
	public record Raw(String request, int status, Map<String, List<String>> headers, String body) {

		public String header(String name) {
			List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
			return values == null || values.isEmpty() ? null : values.get(0);
		}

		static Raw parse(String method, String target, byte[] bytes) throws IOException {
			int end = indexOf(bytes, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
			if (end < 0) {
				throw new IOException("no complete response head to " + method + " " + target + ": "
						+ new String(bytes, StandardCharsets.ISO_8859_1));
			}
			String[] lines = new String(bytes, 0, end, StandardCharsets.ISO_8859_1).split("\r\n");
			int status = Integer.parseInt(lines[0].split(" ")[1]);
			Map<String, List<String>> headers = new TreeMap<>();
			for (int i = 1; i < lines.length; i++) {
				int colon = lines[i].indexOf(':');
				headers.computeIfAbsent(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), key -> new ArrayList<>())
					.add(lines[i].substring(colon + 1).trim());
			}
			byte[] body = Arrays.copyOfRange(bytes, end + 4, bytes.length);
			if ("chunked".equalsIgnoreCase(String.join(",", headers.getOrDefault("transfer-encoding", List.of())))) {
				body = dechunk(body);
			}
			return new Raw(method + " " + target, status, headers, new String(body, StandardCharsets.UTF_8));
		}

		private static byte[] dechunk(byte[] chunked) {
			ByteArrayOutputStream body = new ByteArrayOutputStream();
			int at = 0;
			while (at < chunked.length) {
				int lineEnd = indexOf(Arrays.copyOfRange(chunked, at, chunked.length), new byte[] { '\r', '\n' });
				String sizeLine = new String(chunked, at, lineEnd, StandardCharsets.ISO_8859_1).split(";")[0].trim();
				int size = Integer.parseInt(sizeLine, 16);
				if (size == 0) {
					break;
				}
				body.write(chunked, at + lineEnd + 2, size);
				at += lineEnd + 2 + size + 2;
			}
			return body.toByteArray();
		}

		private static int indexOf(byte[] haystack, byte[] needle) {
			outer: for (int i = 0; i + needle.length <= haystack.length; i++) {
				for (int j = 0; j < needle.length; j++) {
					if (haystack[i + j] != needle[j]) {
						continue outer;
					}
				}
				return i;
			}
			return -1;
		}

	}

}
