package org.paintreatment.library.web.article;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class GzipPageTest {

	private static final String MARKER = "https://base.invalid";

	private static final byte[] ADDRESS = "http://127.0.0.1:8080".getBytes(StandardCharsets.US_ASCII);

	@ParameterizedTest
	@ValueSource(strings = { "", "no hole at all", "https://base.invalid", "https://base.invalid/articles/a",
			"<link href=\"https://base.invalid/articles/a\"><p>Ünïcode — “quotes” https://base.invalid</p>",
			"https://base.invalidhttps://base.invalid twice in a row, then https://base.invalid" })
	void theGzipStreamIsThePageWithTheAddressInEveryHole(String html) throws IOException {
		GzipPage page = GzipPage.of(html, MARKER);

		byte[] gzip = gzipOf(page);

		assertThat(new String(gunzip(gzip), StandardCharsets.UTF_8))
			.isEqualTo(html.replace(MARKER, new String(ADDRESS, StandardCharsets.US_ASCII)));
		assertThat(gzip).hasSize(page.gzipLength(ADDRESS));
		assertThat(page.holes()).isEqualTo(html.split("base\\.invalid", -1).length - 1);
	}

	@Test
	void aLongPageWithManyHolesIsWholeAndItsChecksumHolds() throws IOException {
		Random random = new Random(7);
		StringBuilder html = new StringBuilder();
		for (int part = 0; part < 40; part++) {
			for (int word = 0; word < 2_000; word++) {
				html.append(Integer.toString(random.nextInt(5_000), 36)).append(random.nextInt(9) == 0 ? "\n" : " ");
			}
			html.append(MARKER);
		}
		GzipPage page = GzipPage.of(html.toString(), MARKER);

		byte[] gzip = gzipOf(page);

		// GZIPInputStream checks the trailer's CRC-32 and length against what it inflated
		assertThat(gunzip(gzip)).isEqualTo(html.toString().replace(MARKER, "http://127.0.0.1:8080").getBytes());
		// compressing the parts apart costs little against compressing the page whole
		assertThat(gzip.length).isLessThan(wholeGzipLength(html.toString()) * 11 / 10);
	}

	@Test
	void thePlainBytesAreThePageWithTheAddress() {
		GzipPage page = GzipPage.of("<a href=\"https://base.invalid/x\">x</a>", MARKER);

		assertThat(new String(page.plain(ADDRESS), StandardCharsets.UTF_8))
			.isEqualTo("<a href=\"http://127.0.0.1:8080/x\">x</a>");
	}

	@Test
	void aStoredPageReadsBackTheSame() throws IOException {
		GzipPage page = GzipPage.of("<p>one https://base.invalid two https://base.invalid three</p>", MARKER);

		GzipPage read = GzipPage.fromBytes(page.toBytes());

		assertThat(gzipOf(read)).isEqualTo(gzipOf(page));
	}

	@Test
	void bytesThatAreNoStoredPageAreRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> GzipPage.fromBytes(new byte[] { 0, 0, 0, 9, 1, 2 }));
		assertThatIllegalArgumentException().isThrownBy(() -> GzipPage.fromBytes(new byte[] { 0, 0, 0, 0 }));
		// one part whose deflated bytes would end past the stored ones
		assertThatIllegalArgumentException().isThrownBy(() -> GzipPage.fromBytes(
				new byte[] { 0, 0, 0, 1, 0, 0, 0, 5, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 9, 1, 2, 3 }));
	}

	@Test
	void combinedChecksumsEqualTheChecksumOfTheJoinedBytes() {
		Random random = new Random(11);
		for (int round = 0; round < 200; round++) {
			byte[] first = new byte[random.nextInt(3_000)];
			// lengths whose powers are kept once computed, and a few longer ones computed each time
			byte[] second = new byte[round % 20 == 0 ? 262_144 + random.nextInt(70_000) : random.nextInt(70_000)];
			random.nextBytes(first);
			random.nextBytes(second);
			CRC32 joined = new CRC32();
			joined.update(first);
			joined.update(second);

			assertThat(Crc32.combine(crc(first), crc(second), second.length)).isEqualTo((int) joined.getValue());
			// again, with the power of the length already known
			assertThat(Crc32.combine(crc(first), crc(second), second.length)).isEqualTo((int) joined.getValue());
		}
	}

	private static byte[] gzipOf(GzipPage page) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		page.writeGzip(out, ADDRESS);
		return out.toByteArray();
	}

	private static byte[] gunzip(byte[] gzip) throws IOException {
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip))) {
			return in.readAllBytes();
		}
	}

	private static int wholeGzipLength(String text) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
			gzip.write(text.getBytes(StandardCharsets.UTF_8));
		}
		return out.size();
	}

	private static int crc(byte[] bytes) {
		CRC32 crc = new CRC32();
		crc.update(bytes);
		return (int) crc.getValue();
	}

}
