package org.paintreatment.library.web.article;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.paintreatment.library.article.TermSummary;
import org.paintreatment.library.taxonomy.FactTopic;
import org.paintreatment.library.taxonomy.KeyFact;
import org.paintreatment.library.taxonomy.TreatmentFacts;

/**
 * What a reader should know before reading an article, shown above its text: whether the
 * library judges the source promotional (apart from the caveats, since the article does not
 * state it), the caveats the article states, and what the library knows about the treatment
 * that the article does not mention.
 *
 * @param promotional the library judges the page a provider's advertisement
 * @param promotionalEvidence the article's words that show it, when promotional
 * @param caveats the caveats the article states, without the promotional one
 * @param facts the library's key facts about the treatment, by topic
 * @param notMentioned the topics of those facts the article states no caveat of
 */
public record BeforeYouRead(boolean promotional, TermEvidence promotionalEvidence, List<TermEvidence> caveats,
		String treatmentName, Map<FactTopic, List<KeyFact>> facts, List<FactTopic> notMentioned) {

	/** The caveat that is the library's judgement of the source, not something the article states. */
	public static final String PROMOTIONAL_SOURCE = "promotional-source";

	static BeforeYouRead of(TermSummary treatment, List<TermEvidence> caveats, TreatmentFacts facts) {
		TermEvidence promotional = caveats.stream()
			.filter(caveat -> caveat.term().slug().equals(PROMOTIONAL_SOURCE))
			.findFirst()
			.orElse(null);
		Set<String> stated = caveats.stream().map(caveat -> caveat.term().slug()).collect(Collectors.toSet());
		return new BeforeYouRead(promotional != null, promotional,
				caveats.stream().filter(caveat -> caveat != promotional).toList(), treatment.name(),
				facts.byTopic(treatment.slug()), facts.notMentioned(treatment.slug(), stated));
	}

}
