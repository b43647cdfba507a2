package org.paintreatment.library.taxonomy;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Guesses the kind of page from general phrases in its sentences: a provider's page invites the
 * reader to book or call, news attributes and dates its reports, a research summary talks of
 * studies and trials, a personal blog speaks in the first person. The phrases are kept general
 * (none names a clinic or repeats one page's wording); when the signs are too few, the type is
 * unknown, and a librarian may set it in the catalog.
 */
public final class SourceTypeDetector {

	/** The type and the sentence that shows it (null when unknown). */
	public record Detected(SourceType type, String evidence) {

		public static final Detected UNKNOWN = new Detected(SourceType.UNKNOWN, null);

	}

	/**
	 * A kind's signs: a pattern matched on the sentence lower-cased once (case-insensitive
	 * matching made these patterns the largest single cost of the import's text processing), and
	 * for news a dateline ("LONDON (Reuters) - "), which only capitals show, matched as written.
	 * {@code triggers} are words one of which every match of {@code lowerCase} holds: a sentence
	 * with none of them is passed over without running the pattern, as most sentences are.
	 */
	private record Signs(SourceType type, Pattern lowerCase, Pattern asWritten, List<String> triggers, int minSentences,
			double minShare) {

		int count(String sentence, String lowerCased) {
			int count = mayMatch(lowerCased) ? (int) lowerCase.matcher(lowerCased).results().count() : 0;
			return asWritten == null ? count : count + (int) asWritten.matcher(sentence).results().count();
		}

		private boolean mayMatch(String lowerCased) {
			for (String trigger : triggers) {
				if (lowerCased.contains(trigger)) {
					return true;
				}
			}
			return false;
		}

	}

	/** In order of precedence: one invitation to book makes a page a provider's, whatever else it says. */
	private static final List<Signs> SIGNS = List.of(
			new Signs(SourceType.PROVIDER, Pattern.compile("\\b(?:schedule|book|request|make) (?:an?|your) "
					+ "(?:free )?(?:consultation|appointment|visit|session)\\b|\\bcall (?:us|our|today)\\b"
					+ "|\\bcontact (?:us|our)\\b|\\bour (?:clinic|practice|office|specialists|doctors|providers|physicians"
					+ "|patients|center|centre|staff)\\b|\\bduring your (?:appointment|visit|consultation)\\b"
					+ "|\\bcall the [^.!?]{1,60} office\\b"), null,
					List.of("schedule", "book", "request", "make", "call ", "contact ", "our ", "during your"), 1, 0),
			new Signs(SourceType.NEWS, Pattern.compile("\\baccording to\\b|\\b(?:was|were|has been|have been|first) "
					+ "reported\\b|\\breported (?:on|by|that|last|this)\\b|\\bsaid in a statement\\b|\\btold "
					+ "(?:reporters|the)\\b|\\bofficials said\\b"),
					Pattern.compile("\\A[A-Z][A-Z .]{2,30}(?:,[A-Za-z .]{2,30})?\\s*(?:\\([^)]{1,30}\\)\\s*)?[\u2014\u2013-]\\s"),
					List.of("according to", "reported", "said in a statement", "told ", "officials said"), 2, 0),
			new Signs(SourceType.RESEARCH, Pattern.compile("\\bstud(?:y|ies)\\b|\\btrials?\\b|\\bmeta-analys[ie]s\\b"
					+ "|\\bsystematic review\\b|\\bresearchers (?:found|reported|showed|concluded)\\b|\\brandomi[sz]ed\\b"
					+ "|\\bparticipants\\b|\\bplacebo\\b|\\bcohort\\b"), null, List.of("stud", "trial", "meta-analys",
							"systematic review", "researchers ", "randomi", "participants", "placebo", "cohort"), 3, 0.15),
			new Signs(SourceType.BLOG, Pattern.compile("\\bi (?:tried|was|have|had|started|felt|decided|found|am)\\b"
					+ "|\\bi(?:'|\u2019)(?:ve|m)\\b|\\bmy (?:experience|journey|story|pain|doctor|own)\\b"), null,
					List.of("i ", "i'", "i\u2019", "my "), 2, 0));

	private SourceTypeDetector() {
	}

	/** The first kind whose signs are in enough of the sentences, with its clearest sentence. */
	public static Detected detect(List<String> sentences) {
		List<String> lowerCased = sentences.stream().map(sentence -> sentence.toLowerCase(Locale.ROOT)).toList();
		for (Signs signs : SIGNS) {
			String evidence = null;
			int bestCount = 0;
			int matching = 0;
			for (int index = 0; index < sentences.size(); index++) {
				String sentence = sentences.get(index);
				int count = signs.count(sentence, lowerCased.get(index));
				if (count > 0) {
					matching++;
					if (count > bestCount) {
						bestCount = count;
						evidence = sentence;
					}
				}
			}
			if (matching >= signs.minSentences() && matching >= signs.minShare() * sentences.size()) {
				return new Detected(signs.type(), evidence);
			}
		}
		return Detected.UNKNOWN;
	}

}
