package org.paintreatment.library.web.system;

import java.util.List;

import org.paintreatment.library.article.IndexedArticle;
import org.paintreatment.library.article.LibrarySnapshot;
import org.paintreatment.library.article.ReadModel;
import org.paintreatment.library.taxonomy.TermKind;
import org.paintreatment.library.web.article.ArticleCards;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

	static final String VIEW = "home";

	static final int ARTICLES_SHOWN = 20;

	private final ReadModel readModel;

	private final ArticleCards cards;

	HomeController(ReadModel readModel, ArticleCards cards) {
		this.readModel = readModel;
		this.cards = cards;
	}

	@GetMapping("/")
	String showHome(Model model) {
		LibrarySnapshot snapshot = readModel.current();
		List<IndexedArticle> articles = snapshot.articles();
		model.addAttribute("treatments", snapshot.terms(TermKind.TREATMENT));
		model.addAttribute("mechanisms", snapshot.terms(TermKind.MECHANISM));
		model.addAttribute("caveats", snapshot.terms(TermKind.CAVEAT));
		model.addAttribute("treatmentCounts", snapshot.totalCounts(TermKind.TREATMENT));
		model.addAttribute("mechanismCounts", snapshot.totalCounts(TermKind.MECHANISM));
		model.addAttribute("caveatCounts", snapshot.totalCounts(TermKind.CAVEAT));
		model.addAttribute("conditions", snapshot.terms(TermKind.CONDITION));
		model.addAttribute("conditionCounts", snapshot.totalCounts(TermKind.CONDITION));
		model.addAttribute("anyConditionArticles", !snapshot.coveredTerms(TermKind.CONDITION).isEmpty());
		model.addAttribute("cards", cards.of(snapshot, articles.subList(0, Math.min(ARTICLES_SHOWN, articles.size()))));
		model.addAttribute("articleCount", articles.size());
		return VIEW;
	}

}
