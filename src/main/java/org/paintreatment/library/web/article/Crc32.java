package org.paintreatment.library.web.article;

/**
 * The CRC-32 of two byte sequences joined, from the CRC-32 of each and the second's length, as
 * zlib's {@code crc32_combine} computes it (polynomial arithmetic modulo the CRC's polynomial):
 * {@link java.util.zip.CRC32} has no way to do it, and a stored page must not be read again to
 * checksum the few bytes put in it per request.
 */
final class Crc32 {

	/** The CRC-32 polynomial, reflected. */
	private static final int POLYNOMIAL = 0xedb88320;

	/** x^(2^n) modulo the polynomial, for n = 0 to 31. */
	private static final int[] X_TO_TWO_TO_THE = new int[32];

	static {
		int power = 1 << 30; // x^1
		X_TO_TWO_TO_THE[0] = power;
		for (int n = 1; n < 32; n++) {
			power = multiply(power, power);
			X_TO_TWO_TO_THE[n] = power;
		}
	}

	private Crc32() {
	}

	/** The CRC-32 of A followed by B, from CRC(A), CRC(B) and B's length in bytes. */
	static int combine(int crcOfFirst, int crcOfSecond, long lengthOfSecond) {
		return multiply(xToThe8Times(lengthOfSecond), crcOfFirst) ^ crcOfSecond;
	}

	/**
	 * x^(8n) for each length below this, computed the first time it is needed: a stored page's
	 * parts are joined on every request for it, and computing the power was two thirds of that
	 * (2 % of a random article page's CPU time). One int a length, 1 MB in all; 0 is no power of x.
	 */
	private static final int[] KNOWN_POWERS = new int[1 << 18];

	/** x^(8n) modulo the polynomial: what shifting a CRC past n zero bytes multiplies it by. */
	private static int xToThe8Times(long bytes) {
		if (bytes >= KNOWN_POWERS.length) {
			return computedXToThe8Times(bytes);
		}
		int power = KNOWN_POWERS[(int) bytes];
		if (power == 0) {
			// a race computes the same value twice; an int is written whole
			power = computedXToThe8Times(bytes);
			KNOWN_POWERS[(int) bytes] = power;
		}
		return power;
	}

	private static int computedXToThe8Times(long bytes) {
		int product = 1 << 31; // x^0
		int bit = 3;
		for (long n = bytes; n != 0; n >>>= 1, bit++) {
			if ((n & 1) != 0) {
				product = multiply(X_TO_TWO_TO_THE[bit & 31], product);
			}
		}
		return product;
	}

	/** a × b modulo the polynomial, in the reflected bit order CRC-32 uses. */
	private static int multiply(int a, int b) {
		int mask = 1 << 31;
		int product = 0;
		while (true) {
			if ((a & mask) != 0) {
				product ^= b;
				if ((a & (mask - 1)) == 0) {
					return product;
				}
			}
			mask >>>= 1;
			b = (b & 1) != 0 ? (b >>> 1) ^ POLYNOMIAL : b >>> 1;
		}
	}

}
