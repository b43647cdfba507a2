package org.paintreatment.library.web.taxonomy;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.paintreatment.library.article.TermSummary;
import org.paintreatment.library.kernel.NumberParameter;
import org.paintreatment.library.taxonomy.TermKind;
import org.paintreatment.library.web.article.KeyFactJson;
import org.paintreatment.library.web.taxonomy.TermPages.ConditionPage;
import org.paintreatment.library.web.taxonomy.TermPages.TreatmentQuotes;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The treatments, mechanisms, caveats and conditions as JSON, with their article counts.
 */
@RestController
class TaxonomyApiController {

	private final TaxonomyService taxonomy;

	TaxonomyApiController(TaxonomyService taxonomy) {
		this.taxonomy = taxonomy;
	}

	@GetMapping("/api/treatments")
	List<TermJson> listTreatments() {
		return list(TermKind.TREATMENT);
	}

	@GetMapping("/api/mechanisms")
	List<TermJson> listMechanisms() {
		return list(TermKind.MECHANISM);
	}

	@GetMapping("/api/caveats")
	List<TermJson> listCaveats() {
		return list(TermKind.CAVEAT);
	}

	@GetMapping("/api/conditions")
	List<TermJson> listConditions() {
		return list(TermKind.CONDITION);
	}

	/**
	 * A condition with one page of the articles about it, by treatment, each with its sentences on
	 * the condition.
	 */
	@GetMapping("/api/conditions/{slug}")
	ConditionJson showCondition(@PathVariable String slug, @RequestParam(required = false) String page) {
		return ConditionJson.of(taxonomy.conditionPage(slug, NumberParameter.page(page)));
	}

	private List<TermJson> list(TermKind kind) {
		Map<String, Long> counts = taxonomy.totalCounts(kind);
		return taxonomy.terms(kind)
			.stream()
			.map(term -> new TermJson(term.slug(), term.name(), term.description(), term.url(),
					counts.getOrDefault(term.slug(), 0L),
					kind == TermKind.TREATMENT ? KeyFactJson.of(taxonomy.keyFacts(term.slug())) : null))
			.toList();
	}

	record ConditionJson(String slug, String name, String description, String url, int articleCount, int page,
			int size, int pageCount, List<TreatmentJson> treatments) {

		static ConditionJson of(ConditionPage page) {
			TermSummary condition = page.condition();
			return new ConditionJson(condition.slug(), condition.name(), condition.description(), condition.url(),
					page.articleCount(), page.pages().page(), page.pages().size(), page.pages().pageCount(),
					page.treatments().stream().map(TreatmentJson::of).toList());
		}

	}

	record TreatmentJson(String slug, String name, String url, long articleCount, List<QuotedJson> articles) {

		static TreatmentJson of(TreatmentQuotes group) {
			return new TreatmentJson(group.treatment().slug(), group.treatment().name(), group.treatment().url(),
					group.articleCount(),
					group.articles().stream().map(article -> new QuotedJson(article.slug(), article.title(), article.url(),
							article.quotes())).toList());
		}

	}

	record QuotedJson(String slug, String title, String url, List<String> evidence) {
	}

	/** {@code keyFacts}: the library's key facts about a treatment with their sources; absent for other terms. */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record TermJson(String slug, String name, String description, String url, long articleCount,
			List<KeyFactJson> keyFacts) {
	}

}
