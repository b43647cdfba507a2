package org.paintreatment.library.web.article;

import java.util.List;

import org.paintreatment.library.quality.QualityReport;
import org.paintreatment.library.quality.Question;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The page that explains the quality checklist: the instruments, how each answer is decided,
 * the reading grade, hype, and the rule file a librarian edits.
 */
@Controller
class QualityPageController {

	static final String VIEW = "about/quality";

	@GetMapping("/about/quality")
	String explainQuality(Model model) {
		model.addAttribute("questions", List.of(Question.values()));
		model.addAttribute("recommendedGrade", (int) QualityReport.RECOMMENDED_GRADE);
		return VIEW;
	}

}
