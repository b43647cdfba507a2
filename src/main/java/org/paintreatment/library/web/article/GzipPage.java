package org.paintreatment.library.web.article;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;

/**
 * A page compressed once, with holes where the site's address goes: the text between the holes
 * is deflated at import, each part on its own and ending on a byte boundary, so that a request
 * answers with one gzip stream by writing the parts and, in each hole, its own address as an
 * uncompressed deflate block (RFC 1951, 3.2.4), with a checksum combined from the parts' own.
 * Nothing is compressed per request.
 */
public final class GzipPage {

	private static final byte[] GZIP_HEADER = { 0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, (byte) 0xff };

	private static final int GZIP_TRAILER_LENGTH = 8;

	/** A stored block's header: one byte of type (not final, stored) and the length twice. */
	private static final int STORED_BLOCK_HEADER_LENGTH = 5;

	/** The most a stored block holds; an address longer than this is refused. */
	private static final int MAX_HOLE_LENGTH = 0xffff;

	/** Each part of the text: its length, its CRC-32, and where its deflated bytes start and end. */
	private record Part(int length, int crc, int from, int to) {
	}

	private final List<Part> parts;

	/** Holds the deflated parts (and, in a page read back from its stored bytes, what comes before them). */
	private final byte[] deflated;

	private final int deflatedLength;

	private GzipPage(List<Part> parts, byte[] deflated, int deflatedLength) {
		this.parts = parts;
		this.deflated = deflated;
		this.deflatedLength = deflatedLength;
	}

	/** The page, compressed, with a hole wherever {@code marker} stands in its text. */
	static GzipPage of(String html, String marker) {
		List<Part> parts = new ArrayList<>();
		ByteArrayOutputStream out = new ByteArrayOutputStream(html.length() / 3);
		int from = 0;
		while (true) {
			int at = html.indexOf(marker, from);
			boolean last = at < 0;
			byte[] text = html.substring(from, last ? html.length() : at).getBytes(StandardCharsets.UTF_8);
			int start = out.size();
			deflate(text, last, out);
			parts.add(new Part(text.length, crcOf(text), start, out.size()));
			if (last) {
				byte[] deflated = out.toByteArray();
				return new GzipPage(List.copyOf(parts), deflated, deflated.length);
			}
			from = at + marker.length();
		}
	}

	/** How many holes the page has. */
	int holes() {
		return parts.size() - 1;
	}

	/** The length of the gzip stream written for this address. */
	public int gzipLength(byte[] address) {
		return GZIP_HEADER.length + deflatedLength + holes() * (STORED_BLOCK_HEADER_LENGTH + address.length)
				+ GZIP_TRAILER_LENGTH;
	}

	/** Writes the page as one gzip stream, with {@code address} (US-ASCII) in each hole. */
	public void writeGzip(OutputStream out, byte[] address) throws IOException {
		if (address.length > MAX_HOLE_LENGTH) {
			throw new IllegalArgumentException("An address of " + address.length + " bytes does not fit a hole");
		}
		out.write(GZIP_HEADER);
		int addressCrc = crcOf(address);
		int crc = 0;
		long length = 0;
		for (int index = 0; index < parts.size(); index++) {
			Part part = parts.get(index);
			if (index > 0) {
				writeStoredBlock(out, address);
				crc = Crc32.combine(crc, addressCrc, address.length);
				length += address.length;
			}
			out.write(deflated, part.from(), part.to() - part.from());
			crc = Crc32.combine(crc, part.crc(), part.length());
			length += part.length();
		}
		out.write(ByteBuffer.allocate(GZIP_TRAILER_LENGTH)
			.order(java.nio.ByteOrder.LITTLE_ENDIAN)
			.putInt(crc)
			.putInt((int) length)
			.array());
	}

	/** The page's text with {@code address} in each hole, for a client that takes no gzip. */
	public byte[] plain(byte[] address) {
		ByteArrayOutputStream gzip = new ByteArrayOutputStream(gzipLength(address));
		try {
			writeGzip(gzip, address);
			try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip.toByteArray()))) {
				return in.readAllBytes();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The page as stored: the parts' count, then each part's four numbers, then the deflated bytes. */
	byte[] toBytes() {
		int start = parts.get(0).from();
		ByteBuffer bytes = ByteBuffer.allocate(4 + parts.size() * 16 + deflatedLength).putInt(parts.size());
		parts.forEach(part -> bytes.putInt(part.length())
			.putInt(part.crc())
			.putInt(part.from() - start)
			.putInt(part.to() - start));
		return bytes.put(deflated, start, deflatedLength).array();
	}

	/** A page from {@link #toBytes()}. */
	static GzipPage fromBytes(byte[] stored) {
		ByteBuffer bytes = ByteBuffer.wrap(stored);
		int count = bytes.getInt();
		if (count < 1 || count > (stored.length - 4) / 16) {
			throw new IllegalArgumentException("Not a stored page");
		}
		// the parts point into the stored bytes as they are: a request copies no page
		int start = bytes.position() + count * 16;
		List<Part> parts = new ArrayList<>(count);
		for (int index = 0; index < count; index++) {
			Part part = new Part(bytes.getInt(), bytes.getInt(), start + bytes.getInt(), start + bytes.getInt());
			if (part.from() < start || part.to() < part.from() || part.to() > stored.length) {
				throw new IllegalArgumentException("Not a stored page");
			}
			parts.add(part);
		}
		return new GzipPage(parts, stored, stored.length - start);
	}

	/** Deflates one part on its own: the last ends the stream, the others end on a byte boundary. */
	private static void deflate(byte[] text, boolean last, ByteArrayOutputStream out) {
		Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
		try {
			deflater.setInput(text);
			if (last) {
				deflater.finish();
			}
			byte[] buffer = new byte[8192];
			while (true) {
				int written = deflater.deflate(buffer, 0, buffer.length, last ? Deflater.NO_FLUSH : Deflater.SYNC_FLUSH);
				out.write(buffer, 0, written);
				if (last ? deflater.finished() : written < buffer.length) {
					return;
				}
			}
		}
		finally {
			deflater.end();
		}
	}

	/** A deflate block of {@code bytes} as they are, not the final block. */
	private static void writeStoredBlock(OutputStream out, byte[] bytes) throws IOException {
		int length = bytes.length;
		out.write(new byte[] { 0, (byte) length, (byte) (length >>> 8), (byte) ~length, (byte) (~length >>> 8) });
		out.write(bytes);
	}

	private static int crcOf(byte[] bytes) {
		CRC32 crc = new CRC32();
		crc.update(bytes);
		return (int) crc.getValue();
	}

}
