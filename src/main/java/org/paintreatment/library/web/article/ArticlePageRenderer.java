package org.paintreatment.library.web.article;

import java.util.Locale;

import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;

/**
 * Renders an article's page outside a request, with the same template and model as
 * {@link ArticleController#showArticle} and {@link #SITE_ADDRESS} where the site's address goes,
 * to be compressed with a hole there ({@link GzipPage}).
 */
@Component
class ArticlePageRenderer {

	/** Stands for the site's address in a page rendered ahead (an address no site can have). */
	static final String SITE_ADDRESS = "https://site-address.invalid";

	private final SpringTemplateEngine templates;

	private final ArticleService articles;

	ArticlePageRenderer(SpringTemplateEngine templates, ArticleService articles) {
		this.templates = templates;
		this.articles = articles;
	}

	/** The page of the article with this slug, compressed, with holes for the site's address. */
	GzipPage render(String slug) {
		Context model = new Context(Locale.ENGLISH,
				ArticleController.pageModel(articles.show(slug), SITE_ADDRESS));
		return GzipPage.of(templates.process(ArticleController.SHOW_VIEW, model), SITE_ADDRESS);
	}

}
