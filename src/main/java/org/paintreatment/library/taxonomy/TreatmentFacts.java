package org.paintreatment.library.taxonomy;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The librarian's key facts about each treatment, in the library's own voice: regulatory
 * status, known risks, who should not use it.
 */
public final class TreatmentFacts {

	private final Map<String, List<KeyFact>> byTreatment;

	public TreatmentFacts(Map<String, List<KeyFact>> byTreatment) {
		this.byTreatment = Map.copyOf(byTreatment);
	}

	/** The treatment's facts, topic by topic in the order of {@link FactTopic}; none for an unknown slug. */
	public List<KeyFact> of(String treatment) {
		return byTreatment.getOrDefault(treatment, List.of());
	}

	/** The treatment's facts by topic, each topic that has some. */
	public Map<FactTopic, List<KeyFact>> byTopic(String treatment) {
		Map<FactTopic, List<KeyFact>> topics = new EnumMap<>(FactTopic.class);
		for (FactTopic topic : FactTopic.values()) {
			List<KeyFact> facts = of(treatment).stream().filter(fact -> fact.topic() == topic).toList();
			if (!facts.isEmpty()) {
				topics.put(topic, facts);
			}
		}
		return topics;
	}

	/**
	 * The topics the library has facts on that an article stating these caveats does not
	 * mention: those none of whose caveats it states.
	 */
	public List<FactTopic> notMentioned(String treatment, Set<String> statedCaveats) {
		return byTopic(treatment).keySet()
			.stream()
			.filter(topic -> topic.caveats().stream().noneMatch(statedCaveats::contains))
			.toList();
	}

}
