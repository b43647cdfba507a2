package org.paintreatment.library.web.system;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** A cached page holds its gzip only, and still answers a client that takes no gzip with the page itself. */
class CachedPageTest {

	static final byte[] HTML = "<!DOCTYPE html><p>Ketamine blocks NMDA receptors. ".repeat(200)
		.getBytes(StandardCharsets.UTF_8);

	@Test
	void aClientWithoutGzipGetsThePageAsRendered() throws IOException {
		MockHttpServletResponse response = new MockHttpServletResponse();

		CachedPage.of(HTML, "text/html;charset=UTF-8", Locale.ENGLISH).writeTo(response, false, true);

		assertThat(response.getContentAsByteArray()).isEqualTo(HTML);
		assertThat(response.getContentLength()).isEqualTo(HTML.length);
		assertThat(response.getHeader("Content-Encoding")).isNull();
	}

	@Test
	void aClientWithGzipGetsTheStoredGzipAndTheCacheCountsOnlyThat() throws IOException {
		MockHttpServletResponse response = new MockHttpServletResponse();
		CachedPage page = CachedPage.of(HTML, "text/html;charset=UTF-8", Locale.ENGLISH);

		page.writeTo(response, true, true);

		byte[] gzip = response.getContentAsByteArray();
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip))) {
			assertThat(in.readAllBytes()).isEqualTo(HTML);
		}
		assertThat(response.getHeader("Content-Encoding")).isEqualTo("gzip");
		assertThat(response.getContentLength()).isEqualTo(gzip.length);
		assertThat(page.weight()).isLessThan(HTML.length / 4).isGreaterThanOrEqualTo(gzip.length);
	}

	@Test
	void aHeadGetsTheLengthAndNoBody() throws IOException {
		MockHttpServletResponse response = new MockHttpServletResponse();

		CachedPage.of(HTML, "text/html;charset=UTF-8", Locale.ENGLISH).writeTo(response, false, false);

		assertThat(response.getContentLength()).isEqualTo(HTML.length);
		assertThat(response.getContentAsByteArray()).isEmpty();
	}

}
