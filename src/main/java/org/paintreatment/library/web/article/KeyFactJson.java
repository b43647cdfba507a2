package org.paintreatment.library.web.article;

import java.util.List;
import java.util.Map;

import org.paintreatment.library.taxonomy.FactSource;
import org.paintreatment.library.taxonomy.FactTopic;
import org.paintreatment.library.taxonomy.KeyFact;

/**
 * One of the library's key facts about a treatment as the JSON API gives it, with its source.
 *
 * @param topic {@code regulatory}, {@code risks} or {@code cautions}
 */
public record KeyFactJson(String topic, String topicLabel, String fact, FactSource source) {

	public static List<KeyFactJson> of(Map<FactTopic, List<KeyFact>> byTopic) {
		return byTopic.values().stream().flatMap(List::stream).map(KeyFactJson::of).toList();
	}

	public static KeyFactJson of(KeyFact fact) {
		return new KeyFactJson(fact.topic().key(), fact.topic().label(), fact.text(), fact.source());
	}

}
