package org.paintreatment.library.quality;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The questions of the checklist: the four JAMA benchmarks (Silberg, Lundberg and Musacchio,
 * JAMA 1997;277:1244-5) and the DISCERN questions that an article's text and source facts can
 * answer (Charnock et al., J Epidemiol Community Health 1999;53:105-11). The id is the value of
 * the list's {@code meets} filter and of the JSON.
 */
public enum Question {

	AUTHORSHIP("authorship", "JAMA", "Authorship", "Are the authors named, with their credentials?", "names its author"),
	ATTRIBUTION("attribution", "JAMA", "Attribution", "Are references and sources for the content listed?",
			"lists its references"),
	DISCLOSURE("disclosure", "JAMA", "Disclosure",
			"Are the site's owner, sponsorship, advertising and conflicts of interest disclosed?", "discloses its owner"),
	CURRENCY("currency", "JAMA", "Currency", "Are the dates it was posted and updated given?", "is dated"),
	SOURCES("sources", "DISCERN 4", "Sources", "Is it clear what sources of information were used?",
			"names its sources"),
	DATES("dates", "DISCERN 5", "Dates of the information",
			"Is it clear when the information used or reported was produced?", "dates its information"),
	BALANCE("balance", "DISCERN 6", "Balance", "Is it balanced and unbiased?", "is balanced"),
	UNCERTAINTY("uncertainty", "DISCERN 8", "Uncertainty", "Does it refer to areas of uncertainty?",
			"admits uncertainty"),
	HOW_IT_WORKS("how-it-works", "DISCERN 9", "How it works", "Does it describe how the treatment works?",
			"says how it works"),
	BENEFITS("benefits", "DISCERN 10", "Benefits", "Does it describe the benefits of the treatment?",
			"describes benefits"),
	RISKS("risks", "DISCERN 11", "Risks", "Does it describe the risks of the treatment?", "describes risks"),
	CHOICES("choices", "DISCERN 12, 14", "Other choices",
			"Does it say there is more than one treatment choice, or what happens without treatment?",
			"mentions other choices");

	private final String id;

	private final String instrument;

	private final String name;

	private final String text;

	private final String met;

	Question(String id, String instrument, String name, String text, String met) {
		this.id = id;
		this.instrument = instrument;
		this.name = name;
		this.text = text;
		this.met = met;
	}

	public String id() {
		return id;
	}

	/** The instrument and, for DISCERN, the question's number in it. */
	public String instrument() {
		return instrument;
	}

	public String label() {
		return name;
	}

	public String text() {
		return text;
	}

	/** What an article that meets it does, after "The article": for a filter's name. */
	public String metLabel() {
		return met;
	}

	public static Optional<Question> of(String id) {
		return Arrays.stream(values()).filter(question -> question.id.equals(id)).findFirst();
	}

	/** The ids {@link #of} accepts, for a message. */
	public static String ids() {
		return Arrays.stream(values()).map(Question::id).collect(Collectors.joining(", "));
	}

}
