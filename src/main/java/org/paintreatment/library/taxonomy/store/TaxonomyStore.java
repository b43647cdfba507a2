package org.paintreatment.library.taxonomy.store;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.paintreatment.library.taxonomy.Taxonomy;
import org.paintreatment.library.taxonomy.TermDefinition;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the stored treatments, mechanisms, caveats and conditions in step with the taxonomy file. Terms
 * that left the file stay stored, so that links to them keep answering.
 */
@Service
public class TaxonomyStore {

	private final TreatmentRepository treatments;

	private final MechanismRepository mechanisms;

	private final CaveatRepository caveats;

	private final ConditionRepository conditions;

	TaxonomyStore(TreatmentRepository treatments, MechanismRepository mechanisms, CaveatRepository caveats,
			ConditionRepository conditions) {
		this.treatments = treatments;
		this.mechanisms = mechanisms;
		this.caveats = caveats;
		this.conditions = conditions;
	}

	/** Stores the taxonomy and answers the ids of its terms by slug. */
	@Transactional
	public TermIds sync(Taxonomy taxonomy) {
		return new TermIds(sync(treatments, taxonomy.treatments(), Treatment::new),
				sync(mechanisms, taxonomy.mechanisms(), Mechanism::new), sync(caveats, taxonomy.caveats(), Caveat::new),
				sync(conditions, taxonomy.conditions(), Condition::new));
	}

	private static <T extends TaxonomyTerm> Map<String, Long> sync(TermRepository<T> repository,
			List<TermDefinition> definitions, Function<String, T> create) {
		Map<String, Long> ids = new HashMap<>();
		for (int position = 0; position < definitions.size(); position++) {
			TermDefinition definition = definitions.get(position);
			T term = repository.findBySlug(definition.slug()).orElseGet(() -> create.apply(definition.slug()));
			term.describe(definition, position);
			ids.put(definition.slug(), repository.save(term).getId());
		}
		return ids;
	}

	/** The stored ids of the taxonomy's terms, by slug. */
	public record TermIds(Map<String, Long> treatments, Map<String, Long> mechanisms, Map<String, Long> caveats,
			Map<String, Long> conditions) {

		public TermIds {
			treatments = Map.copyOf(treatments);
			mechanisms = Map.copyOf(mechanisms);
			caveats = Map.copyOf(caveats);
			conditions = Map.copyOf(conditions);
		}

		public long treatment(String slug) {
			return idOf(treatments, slug, "treatment");
		}

		public long mechanism(String slug) {
			return idOf(mechanisms, slug, "mechanism");
		}

		public long caveat(String slug) {
			return idOf(caveats, slug, "caveat");
		}

		public long condition(String slug) {
			return idOf(conditions, slug, "condition");
		}

		private static long idOf(Map<String, Long> ids, String slug, String kind) {
			Long id = ids.get(slug);
			if (id == null) {
				throw new IllegalStateException("the taxonomy has no " + kind + " '" + slug + "'");
			}
			return id;
		}

	}

}
