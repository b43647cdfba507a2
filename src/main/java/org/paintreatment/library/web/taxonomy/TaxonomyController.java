package org.paintreatment.library.web.taxonomy;

import org.paintreatment.library.kernel.NumberParameter;
import org.paintreatment.library.taxonomy.TermKind;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class TaxonomyController {

	static final String INDEX_VIEW = "taxonomy/index";

	static final String TREATMENT_VIEW = "taxonomy/treatment";

	static final String TERM_VIEW = "taxonomy/term";

	static final String COMPARE_VIEW = "taxonomy/compare";

	static final String CONDITION_VIEW = "taxonomy/condition";

	private final TaxonomyService taxonomy;

	TaxonomyController(TaxonomyService taxonomy) {
		this.taxonomy = taxonomy;
	}

	@GetMapping("/treatments")
	String listTreatments(Model model) {
		return listTerms(TermKind.TREATMENT, model);
	}

	@GetMapping("/mechanisms")
	String listMechanisms(Model model) {
		return listTerms(TermKind.MECHANISM, model);
	}

	@GetMapping("/caveats")
	String listCaveats(Model model) {
		return listTerms(TermKind.CAVEAT, model);
	}

	@GetMapping("/conditions")
	String listConditions(Model model) {
		return listTerms(TermKind.CONDITION, model);
	}

	@GetMapping("/conditions/{slug}")
	String showCondition(@PathVariable String slug, @RequestParam(required = false) String page, Model model) {
		model.addAttribute("conditionPage", taxonomy.conditionPage(slug, NumberParameter.page(page)));
		return CONDITION_VIEW;
	}

	@GetMapping("/treatments/{slug}")
	String showTreatment(@PathVariable String slug, @RequestParam(required = false) String page, Model model) {
		model.addAttribute("treatmentPage", taxonomy.treatmentPage(slug, NumberParameter.page(page)));
		addTermLists(model);
		return TREATMENT_VIEW;
	}

	@GetMapping("/mechanisms/{slug}")
	String showMechanism(@PathVariable String slug, @RequestParam(required = false) String page, Model model) {
		return showTerm(TermKind.MECHANISM, slug, page, model);
	}

	@GetMapping("/caveats/{slug}")
	String showCaveat(@PathVariable String slug, @RequestParam(required = false) String page, Model model) {
		return showTerm(TermKind.CAVEAT, slug, page, model);
	}

	@GetMapping("/compare")
	String compareTreatments(Model model) {
		model.addAttribute("mechanismMatrix", taxonomy.matrix(TermKind.MECHANISM));
		model.addAttribute("caveatMatrix", taxonomy.matrix(TermKind.CAVEAT));
		model.addAttribute("conditionMatrix", taxonomy.matrix(TermKind.CONDITION));
		return COMPARE_VIEW;
	}

	private String listTerms(TermKind kind, Model model) {
		model.addAttribute("kind", kind);
		model.addAttribute("terms", taxonomy.terms(kind));
		model.addAttribute("counts", taxonomy.totalCounts(kind));
		return INDEX_VIEW;
	}

	private String showTerm(TermKind kind, String slug, String page, Model model) {
		model.addAttribute("kind", kind);
		model.addAttribute("termPage", taxonomy.termPage(kind, slug, NumberParameter.page(page)));
		addTermLists(model);
		return TERM_VIEW;
	}

	private void addTermLists(Model model) {
		model.addAttribute("treatments", taxonomy.terms(TermKind.TREATMENT));
		model.addAttribute("mechanisms", taxonomy.terms(TermKind.MECHANISM));
		model.addAttribute("caveats", taxonomy.terms(TermKind.CAVEAT));
	}

}
