package org.paintreatment.library.taxonomy;

import java.util.Locale;

import org.paintreatment.library.taxonomy.store.Caveat;
import org.paintreatment.library.taxonomy.store.Mechanism;
import org.paintreatment.library.taxonomy.store.Treatment;

/**
 * The four kinds of taxonomy term, with the words and URLs readers see for each.
 */
public enum TermKind {

	TREATMENT("treatment", "treatments", "Treatment", "Treatments"),
	MECHANISM("mechanism", "mechanisms", "Mechanism of action", "Mechanisms of action"),
	CAVEAT("caveat", "caveats", "Caveat", "Caveats"),
	CONDITION("condition", "conditions", "Condition", "Conditions");

	private final String parameter;

	private final String path;

	private final String label;

	private final String pluralLabel;

	TermKind(String parameter, String path, String label, String pluralLabel) {
		this.parameter = parameter;
		this.path = path;
		this.label = label;
		this.pluralLabel = pluralLabel;
	}

	/** The filter parameter of the article list ("treatment", "mechanism", "caveat", "condition"). */
	public String parameter() {
		return parameter;
	}

	/** The URL segment of the term pages ("treatments", ...). */
	public String path() {
		return path;
	}

	public String label() {
		return label;
	}

	public String pluralLabel() {
		return pluralLabel;
	}

	public String urlOf(String slug) {
		return "/" + path + "/" + slug;
	}

	public String lowerPluralLabel() {
		return pluralLabel.toLowerCase(Locale.ROOT);
	}

}
