package org.paintreatment.library.web.taxonomy;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.paintreatment.library.taxonomy.TermKind;
import org.paintreatment.library.web.article.KeyFactJson;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The treatments, mechanisms and caveats as JSON, with their article counts.
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

	private List<TermJson> list(TermKind kind) {
		Map<String, Long> counts = taxonomy.totalCounts(kind);
		return taxonomy.terms(kind)
			.stream()
			.map(term -> new TermJson(term.slug(), term.name(), term.description(), term.url(),
					counts.getOrDefault(term.slug(), 0L),
					kind == TermKind.TREATMENT ? KeyFactJson.of(taxonomy.keyFacts(term.slug())) : null))
			.toList();
	}

	/** {@code keyFacts}: the library's key facts about a treatment with their sources; absent for other terms. */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record TermJson(String slug, String name, String description, String url, long articleCount,
			List<KeyFactJson> keyFacts) {
	}

}
