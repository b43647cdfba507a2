package org.paintreatment.library.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The words of a question that say nothing about its subject ("how", "does", "my"), from a
 * librarian's list: when a search falls back to articles with some of its words, these do not
 * count. Kept as the analysis gives them, so "does" is known in the form a query holds it.
 */
final class FillerWords {

	private final Set<String> terms;

	private FillerWords(Set<String> terms) {
		this.terms = Set.copyOf(terms);
	}

	static FillerWords parse(String text, Function<String, List<String>> analysis) {
		Set<String> terms = new HashSet<>();
		text.lines().map(line -> line.replaceFirst("#.*", "").strip()).filter(line -> !line.isEmpty())
			.forEach(word -> terms.addAll(analysis.apply(word)));
		return new FillerWords(terms);
	}

	static FillerWords fromClasspath(String resource, Function<String, List<String>> analysis) {
		try (InputStream in = FillerWords.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("the filler words file " + resource + " is missing");
			}
			return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), analysis);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + resource, ex);
		}
	}

	/** True when every one of these analysed words is a filler word (and there is at least one). */
	boolean areAll(Collection<String> words) {
		return !words.isEmpty() && terms.containsAll(words);
	}

	int size() {
		return terms.size();
	}

}
