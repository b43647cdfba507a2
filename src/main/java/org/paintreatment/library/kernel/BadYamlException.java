package org.paintreatment.library.kernel;

/**
 * YAML that {@link SafeYaml} will not read; the message names the file, the place in it and why.
 */
public class BadYamlException extends Exception {

	public BadYamlException(String message) {
		super(message);
	}

}
