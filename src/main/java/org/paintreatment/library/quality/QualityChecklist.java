package org.paintreatment.library.quality;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.paintreatment.library.taxonomy.SourceType;
import org.paintreatment.library.taxonomy.Tokens;

/**
 * Answers the checklist for one article from its source fields, its sentences and its tags, with
 * the cues of {@link QualityRules}. A question about the content (risks, benefits, uncertainty,
 * other choices) is answered yes when two or more sentences show it, partly when one does. Plain
 * Java, made once and used by every import thread.
 */
public final class QualityChecklist {

	private static final Pattern YEAR = Pattern.compile("\\b(19|20)\\d{2}\\b");

	private final QualityRules rules;

	public QualityChecklist(QualityRules rules) {
		this.rules = rules;
	}

	public QualityReport assess(ArticleFacts facts) {
		Scan scan = new Scan(facts);
		List<HypeFlag> hype = hype(scan);
		Set<String> hyped = new LinkedHashSet<>();
		hype.forEach(flag -> hyped.add(flag.sentence()));
		List<String> citations = scan.find("citations", Set.of());
		List<String> sources = scan.find("sources", Set.of());
		List<String> commercial = scan.find("commercial", Set.of());
		Check benefits = described(Question.BENEFITS, scan.find("benefits", Set.of()), "No sentence describes a benefit.");
		Check risks = described(Question.RISKS, scan.find("risks", hyped), "No sentence describes a risk or side effect.");
		List<Check> checks = List.of(authorship(facts), attribution(citations, sources),
				disclosure(facts, scan.find("disclosure", Set.of()), commercial), currency(facts),
				sources(citations, sources), dates(facts, citations, sources),
				balance(facts, hype, commercial, benefits, risks),
				described(Question.UNCERTAINTY, scan.find("uncertainty", Set.of()),
						"No sentence refers to uncertainty: limits of the evidence, results that vary."),
				howItWorks(facts), benefits, risks,
				described(Question.CHOICES, scan.find("choices", Set.of()),
						"No sentence names another treatment or what happens without one."));
		return new QualityReport(checks, Readability.grade(facts.prose()), hype);
	}

	private List<HypeFlag> hype(Scan scan) {
		List<HypeFlag> flags = new ArrayList<>();
		Cue hype = rules.cue("hype");
		for (int index = 0; index < scan.sentences.size(); index++) {
			String phrase = hype.find(scan.sentences.get(index), scan.tokens.get(index), rules.negationCues());
			if (phrase != null) {
				flags.add(new HypeFlag(phrase, scan.sentences.get(index)));
			}
		}
		return flags;
	}

	private Check authorship(ArticleFacts facts) {
		if (facts.author() == null) {
			return new Check(Question.AUTHORSHIP, Answer.NO, "No author is named.");
		}
		Cue credentials = rules.cue("credentials");
		String support = "Author: " + facts.author();
		if (credentials.find(facts.author(), Tokens.stemmed(facts.author()), Set.of()) != null) {
			return new Check(Question.AUTHORSHIP, Answer.YES, support);
		}
		return new Check(Question.AUTHORSHIP, Answer.PARTLY, support + " (no credentials given)");
	}

	private static Check attribution(List<String> citations, List<String> sources) {
		if (citations.size() >= 2) {
			return new Check(Question.ATTRIBUTION, Answer.YES, citations.get(0));
		}
		if (!citations.isEmpty() || !sources.isEmpty()) {
			return new Check(Question.ATTRIBUTION, Answer.PARTLY, citations.isEmpty() ? sources.get(0) : citations.get(0));
		}
		return new Check(Question.ATTRIBUTION, Answer.NO, "No reference or source is given.");
	}

	private static Check disclosure(ArticleFacts facts, List<String> disclosures, List<String> commercial) {
		if (!disclosures.isEmpty()) {
			return new Check(Question.DISCLOSURE, Answer.YES, disclosures.get(0));
		}
		if (facts.site() != null || facts.url() != null) {
			String owner = facts.site() != null ? "Site: " + facts.site() : "Source: " + facts.url();
			return new Check(Question.DISCLOSURE, Answer.PARTLY, owner + " (no sponsorship or conflicts stated)");
		}
		if (!commercial.isEmpty()) {
			return new Check(Question.DISCLOSURE, Answer.PARTLY, commercial.get(0));
		}
		return new Check(Question.DISCLOSURE, Answer.NO, "Neither the site's owner nor any sponsor or advertiser is named.");
	}

	private static Check currency(ArticleFacts facts) {
		List<String> dates = new ArrayList<>();
		if (facts.published() != null) {
			dates.add("Published: " + facts.published());
		}
		if (facts.reviewed() != null) {
			dates.add("Reviewed: " + facts.reviewed());
		}
		Answer answer = dates.size() == 2 ? Answer.YES : dates.size() == 1 ? Answer.PARTLY : Answer.NO;
		return new Check(Question.CURRENCY, answer, dates.isEmpty() ? "No date is given." : String.join("; ", dates));
	}

	private static Check sources(List<String> citations, List<String> sources) {
		if (!citations.isEmpty() || sources.size() >= 2) {
			return new Check(Question.SOURCES, Answer.YES, citations.isEmpty() ? sources.get(0) : citations.get(0));
		}
		if (!sources.isEmpty()) {
			return new Check(Question.SOURCES, Answer.PARTLY, sources.get(0));
		}
		return new Check(Question.SOURCES, Answer.NO, "No sentence names a source of its information.");
	}

	private static Check dates(ArticleFacts facts, List<String> citations, List<String> sources) {
		for (List<String> sentences : List.of(citations, sources)) {
			for (String sentence : sentences) {
				if (YEAR.matcher(sentence).find()) {
					return new Check(Question.DATES, Answer.YES, sentence);
				}
			}
		}
		if (facts.published() != null) {
			return new Check(Question.DATES, Answer.PARTLY, "Published: " + facts.published() + " (its sources are not dated)");
		}
		return new Check(Question.DATES, Answer.NO, "Neither the article nor its sources are dated.");
	}

	private static Check balance(ArticleFacts facts, List<HypeFlag> hype, List<String> commercial, Check benefits,
			Check risks) {
		if (!hype.isEmpty()) {
			return new Check(Question.BALANCE, Answer.NO, hype.get(0).sentence());
		}
		if (!commercial.isEmpty()) {
			return new Check(Question.BALANCE, Answer.PARTLY, commercial.get(0));
		}
		if (facts.sourceType() == SourceType.PROVIDER) {
			return new Check(Question.BALANCE, Answer.PARTLY, "Kind of source: " + SourceType.PROVIDER.label());
		}
		if (risks.answer() == Answer.NO) {
			return new Check(Question.BALANCE, Answer.PARTLY, "It describes no risks.");
		}
		if (benefits.answer() == Answer.NO) {
			return new Check(Question.BALANCE, Answer.PARTLY, "It describes no benefits.");
		}
		return new Check(Question.BALANCE, Answer.YES, "Benefits and risks both described, with no hype or sales wording.");
	}

	private static Check howItWorks(ArticleFacts facts) {
		Map<String, List<String>> mechanisms = facts.tags().mechanisms();
		if (mechanisms.isEmpty()) {
			return new Check(Question.HOW_IT_WORKS, Answer.NO, "No mechanism of action is named.");
		}
		String first = mechanisms.values().iterator().next().get(0);
		return new Check(Question.HOW_IT_WORKS, mechanisms.size() >= 2 ? Answer.YES : Answer.PARTLY, first);
	}

	private static Check described(Question question, List<String> sentences, String none) {
		if (sentences.isEmpty()) {
			return new Check(question, Answer.NO, none);
		}
		return new Check(question, sentences.size() >= 2 ? Answer.YES : Answer.PARTLY, sentences.get(0));
	}

	/** The article's sentences with their words, read once for every kind of cue. */
	private final class Scan {

		final List<String> sentences;

		final List<List<String>> tokens = new ArrayList<>();

		final ArticleFacts facts;

		Scan(ArticleFacts facts) {
			this.facts = facts;
			this.sentences = facts.sentences();
			sentences.forEach(sentence -> tokens.add(Tokens.stemmed(sentence)));
		}

		/**
		 * The sentences showing a kind of cue, in the article's order, then the evidence of the
		 * kind's taxonomy tags; none of {@code left out}.
		 */
		List<String> find(String kind, Set<String> leftOut) {
			Cue cue = rules.cue(kind);
			Set<String> found = new LinkedHashSet<>();
			for (int index = 0; index < sentences.size(); index++) {
				if (cue.find(sentences.get(index), tokens.get(index), rules.negationCues()) != null) {
					found.add(sentences.get(index));
				}
			}
			for (String tag : cue.tags()) {
				found.addAll(facts.tags().mechanisms().getOrDefault(tag, List.of()));
				found.addAll(facts.tags().caveats().getOrDefault(tag, List.of()));
			}
			found.removeAll(leftOut);
			return List.copyOf(found);
		}

	}

}
