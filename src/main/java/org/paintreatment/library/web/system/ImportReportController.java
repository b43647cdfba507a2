package org.paintreatment.library.web.system;

import org.paintreatment.library.importer.ImportHistory;
import org.paintreatment.library.importer.ImportReport;
import org.paintreatment.library.kernel.NotFoundException;
import org.paintreatment.library.web.article.ArticleService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The last import run, for librarians: what was imported, left alone, removed and skipped, and why.
 */
@Controller
class ImportReportController {

	static final String VIEW = "library/import";

	private final ImportHistory history;

	private final ArticleService articles;

	ImportReportController(ImportHistory history, ArticleService articles) {
		this.history = history;
		this.articles = articles;
	}

	/** The report, with a link to the article of each imported or updated file. */
	@GetMapping("/library/import")
	String showImportReport(Model model) {
		model.addAttribute("report", history.last().orElse(null));
		model.addAttribute("articles", articles.linksByFile());
		return VIEW;
	}

	@GetMapping("/api/import")
	@ResponseBody
	ImportReport importReport() {
		return history.last().orElseThrow(() -> new NotFoundException("No import has run yet."));
	}

}
