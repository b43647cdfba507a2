package org.paintreatment.library.web.article;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.paintreatment.library.article.IndexedArticle;
import org.paintreatment.library.article.LibrarySnapshot;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;

/**
 * The articles' cards for the home page, the article list and search results. A card's HTML
 * depends on its article and the terms' names alone, so each is rendered once per article and
 * library snapshot (from the {@code card-head} and {@code card-tags} fragments, every value
 * {@code th:text}) rather than on every list that shows it; a page of 20 cards was most of a
 * list's template time. Only the search snippet depends on the request: it goes between the two
 * halves. A new snapshot starts afresh, so a renamed term or a re-imported article is never shown
 * with its old card.
 */
@Component
public class ArticleCards {

	/**
	 * Cards kept, counted in characters (~1,000 a card): every card of a 10,000-article library
	 * (~10 M), as a random search shows cards from all of it; with 4 M, cards not kept were a
	 * fifth of a search's cost (docs/performance.md). Bounded, for a library many times larger.
	 */
	static final long MAX_CHARS = 12_000_000;

	private static final String FRAGMENTS = "fragments/articles";

	private final SpringTemplateEngine templates;

	private final AtomicReference<SnapshotCards> current = new AtomicReference<>();

	ArticleCards(SpringTemplateEngine templates) {
		this.templates = templates;
	}

	/** The cards of these articles of {@code snapshot}, in their order. */
	public List<RenderedCard> of(LibrarySnapshot snapshot, List<IndexedArticle> articles) {
		SnapshotCards cards = cardsOf(snapshot);
		return articles.stream().map(article -> cardOf(cards, article)).toList();
	}

	private RenderedCard cardOf(SnapshotCards cards, IndexedArticle article) {
		RenderedCard card = cards.rendered().get(article.id(), id -> render(cards, article));
		// an article of another snapshot than the one asked for (a list made just before a rebuild)
		return card.article() == article ? card : render(cards, article);
	}

	private SnapshotCards cardsOf(LibrarySnapshot snapshot) {
		SnapshotCards held = current.get();
		if (held != null && held.snapshot() == snapshot) {
			return held;
		}
		SnapshotCards fresh = new SnapshotCards(snapshot, TermNames.of(snapshot), Caffeine.newBuilder()
			.maximumWeight(MAX_CHARS)
			.<Long, RenderedCard>weigher((id, card) -> card.head().length() + card.tags().length())
			.build());
		// a request still on an older snapshot renders for itself and leaves the newer cards in place
		if (held == null || !snapshot.builtAt().isBefore(held.snapshot().builtAt())) {
			current.compareAndSet(held, fresh);
		}
		SnapshotCards now = current.get();
		return now != null && now.snapshot() == snapshot ? now : fresh;
	}

	private RenderedCard render(SnapshotCards cards, IndexedArticle article) {
		Context model = new Context(Locale.ENGLISH, Map.of("listed", article, "names", cards.names()));
		return new RenderedCard(article, templates.process(FRAGMENTS, Set.of("card-head"), model).strip(),
				templates.process(FRAGMENTS, Set.of("card-tags"), model).strip());
	}

	/** One card: the HTML before the search snippet's place and after it; for the template. */
	public record RenderedCard(IndexedArticle article, String head, String tags) {

		public String slug() {
			return article.slug();
		}

	}

	private record SnapshotCards(LibrarySnapshot snapshot, TermNames names, Cache<Long, RenderedCard> rendered) {

	}

}
