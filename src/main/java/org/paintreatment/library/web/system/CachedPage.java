package org.paintreatment.library.web.system;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;

/**
 * A rendered page as the {@link PageCache} keeps it: gzipped only (a list page is about a sixth of
 * its size so, and nearly every client takes gzip; the rare one that does not gets it inflated),
 * with its length and the headers it was rendered with.
 */
record CachedPage(byte[] gzip, int length, String contentType, Locale locale) {

	/** Roughly what an entry costs in memory beyond its bytes. */
	private static final int OVERHEAD_BYTES = 256;

	/**
	 * zlib's default level, not its best: a page is compressed on every miss, which under a
	 * population of readers is most list and search requests (the mix: 1,854 req/s at level 9,
	 * 2,660 at level 6, docs/performance.md).
	 */
	private static final int COMPRESSION_LEVEL = Deflater.DEFAULT_COMPRESSION;

	static CachedPage of(byte[] html, String contentType, Locale locale) {
		return new CachedPage(gzip(html), html.length, contentType, locale);
	}

	/** Bytes held, for the cache's bound. */
	int weight() {
		return gzip.length + OVERHEAD_BYTES;
	}

	/**
	 * Writes the page: gzipped for clients that accept it (so that {@code server.compression}
	 * leaves it alone), with its length; no body for HEAD.
	 */
	void writeTo(HttpServletResponse response, boolean gzipped, boolean withBody) throws IOException {
		response.setContentType(contentType);
		if (locale != null) {
			response.setLocale(locale);
		}
		response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
		if (gzipped) {
			response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
		}
		response.setContentLength(gzipped ? gzip.length : length);
		if (withBody) {
			response.getOutputStream().write(gzipped ? gzip : html());
		}
	}

	private byte[] html() throws IOException {
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip))) {
			return in.readAllBytes();
		}
	}

	private static byte[] gzip(byte[] bytes) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 3 + 64);
		try (GZIPOutputStream gzip = new GZIPOutputStream(out) {
			{
				def.setLevel(COMPRESSION_LEVEL);
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
