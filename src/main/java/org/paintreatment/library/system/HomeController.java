package org.paintreatment.library.system;

import org.paintreatment.library.article.ArticleRepository;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

	static final String VIEW = "home";

	private final ArticleRepository articles;

	HomeController(ArticleRepository articles) {
		this.articles = articles;
	}

	@GetMapping("/")
	@Transactional(readOnly = true)
	String showHome(Model model) {
		model.addAttribute("articles", articles.findAllByOrderByTitleAsc());
		return VIEW;
	}

}
