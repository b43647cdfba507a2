package org.paintreatment.library.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * An article file's size and time of last change, read before its bytes: when both are the same
 * at the next import, the file is taken as unchanged without being read or hashed.
 *
 * <p>
 * A time of change only vouches for the bytes if a later change must move it. File systems keep
 * that time to a granule (a nanosecond on ext4, a second on some network file systems, two
 * seconds on FAT), so a file changed again within the granule of the change before, with the same
 * size, keeps its time: git's "racily clean" files. A stamp read less than {@link #SETTLE} after
 * the file's last change, or of a file whose time is ahead of this machine's clock, is therefore
 * {@linkplain #vouches() not trusted}: it is stored as unknown, and the file is read and hashed
 * again next time.
 */
record FileStamp(long size, long modifiedNanos, boolean vouches) {

	/** The coarsest granule of the file systems a seeds folder is kept on (FAT's two seconds). */
	static final Duration SETTLE = Duration.ofSeconds(2);

	/**
	 * The file's stamp, read now: {@code readAt} is a time no later than the reading of the
	 * attributes, so that the settling is never overstated.
	 */
	static Optional<FileStamp> read(Path file, Instant readAt) {
		try {
			BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class,
					LinkOption.NOFOLLOW_LINKS);
			long modified = attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS);
			long settledFor = TimeUnit.SECONDS.toNanos(readAt.getEpochSecond()) + readAt.getNano() - modified;
			return Optional.of(new FileStamp(attributes.size(), modified, settledFor >= SETTLE.toNanos()));
		}
		catch (IOException ex) {
			return Optional.empty();
		}
	}

	/** Whether this stamp, read now, is the same as one stored (which only vouching stamps are). */
	boolean sameAs(FileStamp stored) {
		return stored != null && size == stored.size && modifiedNanos == stored.modifiedNanos;
	}

}
