package org.paintreatment.library.kernel;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.springframework.core.io.Resource;

/**
 * Reads one of the librarian's rule files (taxonomy, boilerplate, synonyms, filler words) from
 * where the configuration says: inside the application by default, or a file outside it
 * ({@code library.rules.*=file:...}) that can be edited without a new build.
 */
public final class RuleFile {

	private RuleFile() {
	}

	public static byte[] bytes(Resource file) {
		try (InputStream in = file.getInputStream()) {
			return in.readAllBytes();
		}
		catch (FileNotFoundException ex) {
			throw new IllegalStateException("the rule file " + file.getDescription() + " is missing", ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read the rule file " + file.getDescription(), ex);
		}
	}

	public static String text(Resource file) {
		return new String(bytes(file), StandardCharsets.UTF_8);
	}

}
