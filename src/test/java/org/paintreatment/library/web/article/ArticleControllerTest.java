package org.paintreatment.library.web.article;

import org.junit.jupiter.api.Test;
import org.paintreatment.library.article.ArticleListing;
import org.paintreatment.library.article.ReadModel;
import org.paintreatment.library.support.LibraryTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The article controller's status, view and model, over the real services and database.
 */
@LibraryTest
class ArticleControllerTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	ReadModel readModel;

	@Test
	void listArticlesShowsTheListView() throws Exception {
		mvc.perform(get("/articles").param("treatment", "ketamine"))
			.andExpect(status().isOk())
			.andExpect(view().name(ArticleController.LIST_VIEW))
			.andExpect(result -> assertThat(((ArticleListing) result.getModelAndView().getModel().get("listing")).total())
				.isEqualTo(3))
			.andExpect(model().attributeExists("filter", "facets", "termNames"));
	}

	@Test
	void showArticleShowsTheArticleView() throws Exception {
		String slug = readModel.current().articles().get(0).slug();

		// a query (a link with a tracking parameter) passes by the page stored after the import, which
		// this shared context's background pass may have stored by now, to the controller
		mvc.perform(get("/articles/{slug}", slug).queryParam("ref", "newsletter"))
			.andExpect(status().isOk())
			.andExpect(view().name(ArticleController.SHOW_VIEW))
			.andExpect(model().attributeExists("article", "canonicalBase"));
	}

	@Test
	void unknownSlugAnswersTheNotFoundView() throws Exception {
		mvc.perform(get("/articles/{slug}", "no-such-article"))
			.andExpect(status().isNotFound())
			.andExpect(view().name("error/404"));
	}

	@Test
	void badParameterAnswersTheBadRequestViewNamingIt() throws Exception {
		mvc.perform(get("/articles").param("size", "0"))
			.andExpect(status().isBadRequest())
			.andExpect(view().name("error/400"))
			.andExpect(model().attribute("parameter", "size"));
	}

	@Test
	void pagesCanOnlyBeRead() throws Exception {
		mvc.perform(post("/articles")).andExpect(status().isMethodNotAllowed());
	}

	@Test
	void homeListsTheFirstArticles() throws Exception {
		mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andExpect(view().name("home"))
			.andExpect(model().attribute("cards", hasSize(5)))
			.andExpect(model().attribute("articleCount", 5));
	}

}
