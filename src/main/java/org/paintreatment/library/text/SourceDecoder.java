package org.paintreatment.library.text;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import org.paintreatment.library.kernel.Unicode;

/**
 * Turns the bytes of an article file into text, refusing anything that is not an article:
 * empty, oversized, binary or not valid UTF-8.
 */
public final class SourceDecoder {

	private final long maxBytes;

	public SourceDecoder(long maxBytes) {
		this.maxBytes = maxBytes;
	}

	public String decode(ArticleFile file) throws BadArticleException {
		byte[] bytes = file.bytes();
		if (bytes.length > maxBytes) {
			throw new BadArticleException("larger than " + maxBytes + " bytes (" + bytes.length + " bytes)");
		}
		String text = strictUtf8(bytes);
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		if (text.isBlank()) {
			throw new BadArticleException("empty (no text)");
		}
		if (looksBinary(text)) {
			throw new BadArticleException("binary content (control characters), not an article");
		}
		return withoutNoncharacters(text).replace("\r\n", "\n").replace('\r', '\n');
	}

	/**
	 * Unicode noncharacters (U+FFFE, U+FFFF, U+FDD0..U+FDEF and the last two of every plane) are
	 * never text. They become U+FFFD: jsoup reads U+FFFF as the end of its input, so one of them
	 * silently cut the rest of an article off.
	 */
	static String withoutNoncharacters(String text) {
		if (!mayHoldNoncharacters(text) || text.codePoints().noneMatch(Unicode::isNoncharacter)) {
			return text;
		}
		StringBuilder clean = new StringBuilder(text.length());
		text.codePoints().forEach(c -> clean.appendCodePoint(Unicode.isNoncharacter(c) ? '\uFFFD' : c));
		return clean.toString();
	}

	/**
	 * Whether the text has a character from U+D800 up: every noncharacter is one of those, or is
	 * written with one (a surrogate), and most articles have none, so most skip the full check.
	 */
	private static boolean mayHoldNoncharacters(String text) {
		for (int index = 0; index < text.length(); index++) {
			if (text.charAt(index) >= '\uD800') {
				return true;
			}
		}
		return false;
	}

	/**
	 * The lenient decoder is much faster and turns every malformed sequence into U+FFFD, so text
	 * without one is valid; only text with one (perhaps a real U+FFFD) is decoded again strictly.
	 */
	private static String strictUtf8(byte[] bytes) throws BadArticleException {
		String lenient = new String(bytes, StandardCharsets.UTF_8);
		if (lenient.indexOf('\uFFFD') < 0) {
			return lenient;
		}
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
		}
		catch (CharacterCodingException ex) {
			throw new BadArticleException("not valid UTF-8", ex);
		}
	}

	private static boolean looksBinary(String text) {
		for (int index = 0; index < text.length(); index++) {
			char c = text.charAt(index);
			if (c < 0x20 && c != '\n' && c != '\r' && c != '\t') {
				return true;
			}
		}
		return false;
	}

}
