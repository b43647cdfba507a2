package org.paintreatment.library.quality;

/**
 * One answered question, with what supports the answer: a quoted sentence of the article, or a
 * source field ("Author: Sarah"), or why nothing was found.
 */
public record Check(Question question, Answer answer, String support) {

	public boolean met() {
		return answer == Answer.YES;
	}

}
