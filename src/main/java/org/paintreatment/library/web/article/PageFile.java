package org.paintreatment.library.web.article;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stored article pages (or what else is made from a page's facts, as its JSON) copied into a local
 * file, found by the key they were rendered under, so that a reader's request reads its page with
 * one positional read instead of a query: the query was half of an article request's time. A
 * cache only: the database's row stays the truth, the file is emptied when the application
 * starts, and a page is copied the first time a reader gets it from the database. A key names one
 * rendering of one page, so a copy can never be stale; a page whose article changed gets a new
 * key and is copied again. When the file would outgrow its bound it is replaced by an empty one
 * (a request still reading the old one reads the database). The pages are read into the heap, not
 * mapped: the file stays in the system's file cache, outside the application's memory.
 */
final class PageFile implements Closeable {

	private static final Logger log = LoggerFactory.getLogger(PageFile.class);

	/** Bits of a place that hold the page's length: a page larger than 2 MB is not copied. */
	private static final int LENGTH_BITS = 21;

	private final Path path;

	private final long maxBytes;

	private volatile Generation generation;

	private boolean closed;

	/**
	 * @param path the file, replaced by an empty one now (one running instance per file)
	 * @param maxBytes the most the file holds before it is started again; 0 keeps no copies
	 */
	PageFile(Path path, long maxBytes) {
		this.path = path.toAbsolutePath();
		this.maxBytes = maxBytes;
		this.generation = maxBytes > 0 ? open() : null;
	}

	/** The page copied under this key, if any. */
	Optional<byte[]> read(String key) {
		Generation current = generation;
		Long place = current == null ? null : current.places.get(key);
		if (place == null) {
			return Optional.empty();
		}
		byte[] page = new byte[(int) (place & ((1 << LENGTH_BITS) - 1))];
		ByteBuffer into = ByteBuffer.wrap(page);
		long offset = place >>> LENGTH_BITS;
		try {
			while (into.hasRemaining()) {
				if (current.channel.read(into, offset + into.position()) < 0) {
					return Optional.empty();
				}
			}
			return Optional.of(page);
		}
		catch (ClosedChannelException ex) {
			// replaced meanwhile, or closed by an interrupted reader: the next write starts a new file
			return Optional.empty();
		}
		catch (IOException ex) {
			giveUp("read", ex);
			return Optional.empty();
		}
	}

	/** Copies the page under this key, unless it is there already or does not fit. */
	synchronized void write(String key, byte[] page) {
		Generation current = generation;
		if (closed || current == null || current.places.containsKey(key) || page.length >= 1 << LENGTH_BITS
				|| page.length > maxBytes) {
			return;
		}
		if (!current.channel.isOpen() || current.size + page.length > maxBytes) {
			current.close();
			current = open();
			generation = current;
			if (current == null) {
				return;
			}
		}
		try {
			ByteBuffer from = ByteBuffer.wrap(page);
			while (from.hasRemaining()) {
				current.channel.write(from, current.size + from.position());
			}
			current.places.put(key, current.size << LENGTH_BITS | page.length);
			current.size += page.length;
		}
		catch (ClosedChannelException ex) {
			// closed by a reader interrupted meanwhile: the next write starts a new file
		}
		catch (IOException ex) {
			giveUp("write", ex);
		}
	}

	/** How many pages are copied now. */
	int size() {
		Generation current = generation;
		return current == null ? 0 : current.places.size();
	}

	@Override
	public synchronized void close() {
		closed = true;
		if (generation != null) {
			generation.close();
			generation = null;
		}
		deleteQuietly();
	}

	/**
	 * Stops copying until the next start: a disk that is full or failing would fail every request's
	 * copy again, and the database has every page.
	 */
	private synchronized void giveUp(String doing, IOException ex) {
		if (generation == null) {
			return;
		}
		log.warn("Cannot {} the page copies in {} ({}); pages are read from the database until the next start",
				doing, path, ex.toString());
		generation.close();
		generation = null;
		deleteQuietly();
	}

	private Generation open() {
		try {
			Files.createDirectories(path.getParent());
			FileChannel channel = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.READ,
					StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
			return new Generation(channel);
		}
		catch (IOException ex) {
			log.warn("Cannot keep page copies in {} ({}); pages are read from the database until the next start",
					path, ex.toString());
			return null;
		}
	}

	private void deleteQuietly() {
		try {
			Files.deleteIfExists(path);
		}
		catch (IOException ex) {
			log.debug("Cannot delete {}: {}", path, ex.toString());
		}
	}

	/** One file's channel and where each page stands in it; a file replaced is never written again. */
	private static final class Generation {

		final FileChannel channel;

		final Map<String, Long> places = new ConcurrentHashMap<>();

		long size;

		Generation(FileChannel channel) {
			this.channel = channel;
		}

		void close() {
			try {
				channel.close();
			}
			catch (IOException ex) {
				log.debug("Cannot close the page copies: {}", ex.toString());
			}
		}

	}

}
