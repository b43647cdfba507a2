package org.paintreatment.library.web.article;

import java.util.Map;

import org.paintreatment.library.article.ArticleFilter;
import org.paintreatment.library.article.ArticleListing;
import org.paintreatment.library.article.LibrarySnapshot;
import org.paintreatment.library.article.ReadModel;
import org.paintreatment.library.kernel.NotFoundException;
import org.paintreatment.library.kernel.PublicUrl;
import org.paintreatment.library.kernel.Slugs;
import org.paintreatment.library.taxonomy.TermKind;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class ArticleController {

	static final String LIST_VIEW = "articles/list";

	static final String SHOW_VIEW = "articles/show";

	private final ArticleService articles;

	private final ArticleFilterParser filters;

	private final ReadModel readModel;

	private final PublicUrl publicUrl;

	private final ArticleCards cards;

	private final FacetChoices facetChoices;

	ArticleController(ArticleService articles, ArticleFilterParser filters, ReadModel readModel, PublicUrl publicUrl,
			ArticleCards cards, FacetChoices facetChoices) {
		this.publicUrl = publicUrl;
		this.cards = cards;
		this.facetChoices = facetChoices;
		this.articles = articles;
		this.filters = filters;
		this.readModel = readModel;
	}

	@GetMapping("/articles")
	String listArticles(ListParameters query, Model model) {
		ArticleFilter filter = filters.parse(query);
		ArticleListing listing = articles.list(filter);
		if (listing.isPastTheEnd()) {
			throw new NotFoundException("This list has only " + listing.pageCount() + " page(s); there is no page "
					+ filter.page() + ".");
		}
		// the corrected words are what the page shows and its links keep; the typed ones are one link away
		ArticleFilter shown = listing.isCorrected() ? filter.withQuery(listing.searched()) : filter;
		model.addAttribute("filter", shown);
		model.addAttribute("listing", listing);
		LibrarySnapshot snapshot = readModel.current();
		model.addAttribute("cards", cards.of(snapshot, listing.items()));
		model.addAttribute("facets", FacetView.of(shown, listing, snapshot));
		model.addAttribute("facetChoices", facetChoices);
		model.addAttribute("qualityFacet", QualityFacet.of(shown, listing));
		model.addAttribute("termNames", TermNames.of(snapshot));
		if (listing.total() == 0) {
			model.addAttribute("treatments", snapshot.terms(TermKind.TREATMENT));
			model.addAttribute("treatmentCounts", snapshot.totalCounts(TermKind.TREATMENT));
		}
		return LIST_VIEW;
	}

	@GetMapping("/articles/{slug}")
	String showArticle(@PathVariable String slug, Model model) {
		if (!Slugs.isValid(slug)) {
			throw new NotFoundException("There is no article at this address.");
		}
		model.addAllAttributes(pageModel(articles.show(slug), publicUrl.base()));
		return SHOW_VIEW;
	}

	/** The article page's model, with {@code base} the site's address for its absolute links. */
	static Map<String, Object> pageModel(ArticleView article, String base) {
		return Map.of("article", article, "canonicalBase", base, "jsonLd", ArticleJsonLd.of(article, base));
	}

}
