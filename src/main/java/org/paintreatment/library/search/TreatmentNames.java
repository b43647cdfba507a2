package org.paintreatment.library.search;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.paintreatment.library.taxonomy.TermDefinition;

/**
 * Which treatments a query names, by the taxonomy's own words for them: each treatment's slug,
 * name and detection phrases ({@code is kratom safe} names kratom, {@code mitragyna speciosa tea}
 * too). The articles filed under a named treatment are what the reader asks about, so they come
 * first.
 */
final class TreatmentNames {

	/** Each treatment's slug by its ways of being named, as analysed words. */
	private final Map<List<String>, String> slugByWords;

	private TreatmentNames(Map<List<String>, String> slugByWords) {
		this.slugByWords = Collections.unmodifiableMap(slugByWords);
	}

	/**
	 * @param analysis the analysis that query words get before comparing ({@link LibraryAnalyzers#matching()})
	 */
	static TreatmentNames of(List<TermDefinition> treatments, Function<String, List<String>> analysis) {
		Map<List<String>, String> slugByWords = new LinkedHashMap<>();
		for (TermDefinition treatment : treatments) {
			treatment.namingWords()
				.map(analysis)
				.filter(words -> !words.isEmpty())
				.forEach(words -> slugByWords.putIfAbsent(words, treatment.slug()));
		}
		return new TreatmentNames(slugByWords);
	}

	/** The slugs of the treatments named anywhere in these runs of analysed words, in taxonomy order. */
	Set<String> namedIn(List<List<String>> texts) {
		Set<String> named = new LinkedHashSet<>();
		slugByWords.forEach((words, slug) -> {
			if (texts.stream().anyMatch(text -> Collections.indexOfSubList(text, words) >= 0)) {
				named.add(slug);
			}
		});
		return named;
	}

}
