package org.paintreatment.library.web.system;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;

/**
 * A rendered page as the {@link PageCache} keeps it: its bytes, the same bytes gzipped once (at
 * the best compression, since it is done once), and the headers the page was rendered with.
 */
record CachedPage(byte[] html, byte[] gzip, String contentType, Locale locale) {

	/** Roughly what an entry costs in memory beyond its two byte arrays. */
	private static final int OVERHEAD_BYTES = 256;

	static CachedPage of(byte[] html, String contentType, Locale locale) {
		return new CachedPage(html, gzip(html), contentType, locale);
	}

	/** Bytes held, for the cache's bound. */
	int weight() {
		return html.length + gzip.length + OVERHEAD_BYTES;
	}

	/**
	 * Writes the page: gzipped for clients that accept it (so that {@code server.compression}
	 * leaves it alone), with its length; no body for HEAD.
	 */
	void writeTo(HttpServletResponse response, boolean gzipped, boolean withBody) throws IOException {
		byte[] body = gzipped ? gzip : html;
		response.setContentType(contentType);
		if (locale != null) {
			response.setLocale(locale);
		}
		response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
		if (gzipped) {
			response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
		}
		response.setContentLength(body.length);
		if (withBody) {
			response.getOutputStream().write(body);
		}
	}

	private static byte[] gzip(byte[] bytes) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 3 + 64);
		try (GZIPOutputStream gzip = new GZIPOutputStream(out) {
			{
				def.setLevel(Deflater.BEST_COMPRESSION);
			}
		}) {
			gzip.write(bytes);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

}
