package org.paintreatment.library.article;

/**
 * What the importer needs to know of a stored article to tell whether its file changed.
 */
public record ImportState(String sourceFile, String contentHash, String rulesFingerprint) {

	public boolean matches(String contentHash, String rulesFingerprint) {
		return this.contentHash.equals(contentHash) && this.rulesFingerprint.equals(rulesFingerprint);
	}

}
