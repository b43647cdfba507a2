package org.paintreatment.library.kernel;

/**
 * YAML written to take its reader down, for the tests of everything that reads YAML.
 */
public final class HostileYaml {

	/**
	 * Anchors that, each alias expanded, hold 100 × 7⁷ (82 million) strings of 100 characters,
	 * in under 1 KB and within SnakeYAML's own default of 50 aliases of collections.
	 */
	private static final String ANCHORS = anchors();

	private HostileYaml() {
	}

	/** The expanding list as a mapping key: stringifying the key fills any heap. */
	public static String aliasBombInAKey() {
		return ANCHORS + "*h : value\n";
	}

	/** The expanding list as the value of {@code field}. */
	public static String aliasBombInAValue(String field) {
		return ANCHORS + field + ": *h\n";
	}

	/** A flow sequence nested {@code depth} deep: {@code [[[...]]]}. */
	public static String deepFlowSequence(int depth) {
		return "[".repeat(depth) + "]".repeat(depth);
	}

	private static String anchors() {
		StringBuilder yaml = new StringBuilder("s: &s " + "x".repeat(100) + "\n");
		yaml.append("a: &a [").append("*s,".repeat(99)).append("*s]\n");
		for (char level = 'b'; level <= 'h'; level++) {
			String alias = "*" + (char) (level - 1);
			yaml.append(level).append(": &").append(level).append(" [").append((alias + ",").repeat(6)).append(alias).append("]\n");
		}
		return yaml.toString();
	}

}
