package org.paintreatment.library.web.taxonomy;

import org.junit.jupiter.api.Test;
import org.paintreatment.library.support.LibraryTest;
import org.paintreatment.library.taxonomy.TermKind;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The taxonomy controller's status, view and model, over the real services and database.
 */
@LibraryTest
class TaxonomyControllerTest {

	@Autowired
	MockMvc mvc;

	@Test
	void listTreatmentsShowsTheIndexView() throws Exception {
		mvc.perform(get("/treatments"))
			.andExpect(status().isOk())
			.andExpect(view().name(TaxonomyController.INDEX_VIEW))
			.andExpect(model().attribute("kind", TermKind.TREATMENT))
			.andExpect(model().attributeExists("terms", "counts"));
	}

	@Test
	void showTreatmentShowsItsArticles() throws Exception {
		mvc.perform(get("/treatments/ketamine"))
			.andExpect(status().isOk())
			.andExpect(view().name(TaxonomyController.TREATMENT_VIEW))
			.andExpect(result -> assertThat(((TermPages.TreatmentPage) result.getModelAndView().getModel().get("treatmentPage"))
				.articles()).hasSize(3));
	}

	@Test
	void showMechanismAndCaveatShareTheTermView() throws Exception {
		mvc.perform(get("/mechanisms/endorphin-release"))
			.andExpect(status().isOk())
			.andExpect(view().name(TaxonomyController.TERM_VIEW))
			.andExpect(model().attribute("kind", TermKind.MECHANISM));
		mvc.perform(get("/caveats/side-effects"))
			.andExpect(status().isOk())
			.andExpect(view().name(TaxonomyController.TERM_VIEW))
			.andExpect(model().attribute("kind", TermKind.CAVEAT));
	}

	@Test
	void compareHasBothMatrices() throws Exception {
		mvc.perform(get("/compare"))
			.andExpect(status().isOk())
			.andExpect(view().name(TaxonomyController.COMPARE_VIEW))
			.andExpect(model().attributeExists("mechanismMatrix", "caveatMatrix"));
	}

	@Test
	void unknownTermAnswersTheNotFoundView() throws Exception {
		mvc.perform(get("/caveats/nothing-like-this"))
			.andExpect(status().isNotFound())
			.andExpect(view().name("error/404"));
	}

}
