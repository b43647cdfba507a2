package org.paintreatment.library.taxonomy;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What a treatment's key fact is about, and the caveats by which an article states the same
 * topic: an article with none of a topic's caveats "does not mention" it.
 */
public enum FactTopic {

	REGULATORY("regulatory", "Regulatory status", List.of("not-fda-approved", "legal-status-varies")),
	RISKS("risks", "Known risks", List.of("side-effects", "dependence-risk")),
	CAUTIONS("cautions", "Who should not use it, or should ask first",
			List.of("consult-a-professional", "medical-supervision"));

	private final String key;

	private final String label;

	private final List<String> caveats;

	FactTopic(String key, String label, List<String> caveats) {
		this.key = key;
		this.label = label;
		this.caveats = caveats;
	}

	/** The field of the facts file, and the end of the topic's id on a page. */
	public String key() {
		return key;
	}

	public String label() {
		return label;
	}

	/** The label inside a sentence: "This article does not mention: known risks". */
	public String lowerLabel() {
		return label.toLowerCase(Locale.ROOT);
	}

	/** The caveat slugs by which an article states this topic. */
	public List<String> caveats() {
		return caveats;
	}

	public static Optional<FactTopic> ofKey(String key) {
		return Stream.of(values()).filter(topic -> topic.key.equals(key)).findFirst();
	}

	/** The topic an article states with this caveat, if any. */
	public static Optional<FactTopic> ofCaveat(String caveat) {
		return Stream.of(values()).filter(topic -> topic.caveats.contains(caveat)).findFirst();
	}

}
