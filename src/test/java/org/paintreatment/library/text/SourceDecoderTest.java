package org.paintreatment.library.text;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class SourceDecoderTest {

	private static final byte[] PNG_HEADER = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H',
			'D', 'R', 0, 0, 0, 1 };

	private final SourceDecoder decoder = new SourceDecoder(1000);

	private String decode(byte[] bytes) throws BadArticleException {
		return decoder.decode(new ArticleFile("article.txt", bytes));
	}

	private String decode(String text) throws BadArticleException {
		return decode(text.getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void utf8TextIsDecoded() throws Exception {
		assertThat(decode("Kétamine \u2013 it\u2019s here.\tTabbed.")).isEqualTo("Kétamine \u2013 it\u2019s here.\tTabbed.");
	}

	@Test
	void noncharactersBecomeReplacementCharacters() throws Exception {
		assertThat(decode("\uFFFFTitle\uFFFE and \uFDD0 text \uD83F\uDFFF.")).isEqualTo("\uFFFDTitle\uFFFD and \uFFFD text \uFFFD.");
	}

	@Test
	void theNoncharacterRangeEndsAtFdefWhereItsNeighboursAreText() throws Exception {
		assertThat(decode("\uFDCF \uFDD0 \uFDEF \uFDF0")).isEqualTo("\uFDCF \uFFFD \uFFFD \uFDF0");
	}

	@Test
	void emptyFileIsRefused() {
		assertThatExceptionOfType(BadArticleException.class).isThrownBy(() -> decode(new byte[0]))
			.withMessage("empty (no text)");
	}

	@Test
	void whitespaceOnlyFileIsRefused() {
		assertThatExceptionOfType(BadArticleException.class).isThrownBy(() -> decode(" \n\t\r\n  "))
			.withMessage("empty (no text)");
	}

	@Test
	void byteOrderMarkOnlyFileIsRefused() {
		assertThatExceptionOfType(BadArticleException.class).isThrownBy(() -> decode("\uFEFF\n"))
			.withMessage("empty (no text)");
	}

	@Test
	void invalidUtf8IsRefused() {
		byte[] latin1 = "Caf\u00e9 cr\u00e8me".getBytes(StandardCharsets.ISO_8859_1);

		assertThatExceptionOfType(BadArticleException.class).isThrownBy(() -> decode(latin1))
			.withMessage("not valid UTF-8");
	}

	@Test
	void latin1TextThatBeginsWithAnAccentIsRefused() {
		byte[] latin1 = "\u00C9tude sur la douleur".getBytes(StandardCharsets.ISO_8859_1);

		assertThatExceptionOfType(BadArticleException.class).isThrownBy(() -> decode(latin1))
			.withMessage("not valid UTF-8");
	}

	@Test
	void aReplacementCharacterInTheFileIsText() throws Exception {
		assertThat(decode("Broken \uFFFD glyph.")).isEqualTo("Broken \uFFFD glyph.");
	}

	@Test
	void encodedSurrogatesAndOverlongFormsAreRefused() {
		for (byte[] bytes : List.of(new byte[] { 'a', (byte) 0xED, (byte) 0xA0, (byte) 0x80 },
				new byte[] { 'a', (byte) 0xC0, (byte) 0xAF }, new byte[] { 'a', (byte) 0xEF, (byte) 0xBF, (byte) 0xBD, (byte) 0xFF })) {
			assertThatExceptionOfType(BadArticleException.class).isThrownBy(() -> decode(bytes))
				.withMessage("not valid UTF-8");
		}
	}

	@Test
	void truncatedMultiByteSequenceIsRefused() {
		assertThatExceptionOfType(BadArticleException.class)
			.isThrownBy(() -> decode(new byte[] { 'o', 'k', (byte) 0xE2, (byte) 0x80 }))
			.withMessage("not valid UTF-8");
	}

	@Test
	void pngImageIsRefused() {
		assertThatExceptionOfType(BadArticleException.class).isThrownBy(() -> decode(PNG_HEADER))
			.withMessageMatching("not valid UTF-8|binary content.*");
	}

	@Test
	void nulBytesAreRefusedAsBinary() {
		assertThatExceptionOfType(BadArticleException.class).isThrownBy(() -> decode("Some text\0with a NUL byte."))
			.withMessageStartingWith("binary content");
	}

	@Test
	void otherControlCharactersAreRefusedAsBinary() {
		assertThatExceptionOfType(BadArticleException.class).isThrownBy(() -> decode("Text with \u0007 a bell."))
			.withMessageStartingWith("binary content");
	}

	@Test
	void oversizedFileIsRefused() {
		assertThatExceptionOfType(BadArticleException.class).isThrownBy(() -> decode("x".repeat(1001)))
			.withMessage("larger than 1000 bytes (1001 bytes)");
	}

	@Test
	void fileOfExactlyTheLimitIsAccepted() throws Exception {
		assertThat(decode("x".repeat(1000))).hasSize(1000);
	}

	@Test
	void byteOrderMarkIsStripped() throws Exception {
		assertThat(decode("\uFEFFTitle\nText.")).isEqualTo("Title\nText.");
	}

	@Test
	void windowsAndOldMacLineEndingsBecomeNewlines() throws Exception {
		assertThat(decode("One\r\nTwo\rThree\n")).isEqualTo("One\nTwo\nThree\n");
	}

}
