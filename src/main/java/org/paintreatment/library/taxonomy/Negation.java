package org.paintreatment.library.taxonomy;

import java.util.List;
import java.util.Set;

/**
 * Whether a phrase is denied by a negation cue among the few words before it: "without side
 * effects", "no cure". The cue nearest the phrase decides, and a cue right after another is
 * cancelled by it: "not without side effects" says there are some. The taxonomy's tags and the
 * quality checklist's cues both ask it, each with its own window.
 */
public final class Negation {

	private Negation() {
	}

	/** Whether a cue among the {@code window} words before {@code phraseStart} denies the phrase there. */
	public static boolean denies(List<String> tokens, int phraseStart, Set<String> cues, int window) {
		for (int index = phraseStart - 1; index >= Math.max(0, phraseStart - window); index--) {
			if (cues.contains(tokens.get(index))) {
				boolean doubled = index > 0 && cues.contains(tokens.get(index - 1));
				return !doubled;
			}
		}
		return false;
	}

}
