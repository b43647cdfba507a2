package org.paintreatment.library.article;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.paintreatment.library.article.ArticleView.TocEntry;
import org.paintreatment.library.system.NotFoundException;
import org.paintreatment.library.taxonomy.TermKind;
import org.paintreatment.library.taxonomy.TermSummary;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads articles for the pages and the API: one article with its evidence, or a filtered list.
 */
@Service
public class ArticleService {

	/** More words than this narrow nothing down; the rest are ignored. */
	static final int MAX_WORDS = 10;

	private final ArticleRepository articles;

	private final LibraryIndex index;

	ArticleService(ArticleRepository articles, LibraryIndex index) {
		this.articles = articles;
		this.index = index;
	}

	@Transactional(readOnly = true)
	public ArticleView show(String slug) {
		LibrarySnapshot snapshot = index.current();
		Article article = articles.findWithTreatmentBySlug(slug)
			.orElseThrow(() -> new NotFoundException("There is no article at /articles/" + slug + "."));
		List<TermEvidence> mechanisms = articles.findMechanismEvidence(article.getId()).stream()
			.map(link -> new TermEvidence(TermSummary.of(TermKind.MECHANISM, link.getMechanism()), link.getSentences()))
			.toList();
		List<TermEvidence> caveats = articles.findCaveatEvidence(article.getId()).stream()
			.map(link -> new TermEvidence(TermSummary.of(TermKind.CAVEAT, link.getCaveat()), link.getSentences()))
			.toList();
		List<IndexedArticle> related = snapshot.article(slug).map(snapshot::related).orElse(List.of());
		return new ArticleView(article.getSlug(), article.getTitle(), article.getSummary(), article.getHtml(),
				article.getSourceFile(), article.getReadingMinutes(), article.getWordCount(), article.getImportedAt(),
				TermSummary.of(TermKind.TREATMENT, article.getTreatment()), tableOfContents(article.getHtml()), mechanisms,
				caveats, related);
	}

	/** The filtered list; the words of {@code q} must all occur in the title, summary or text. */
	@Transactional(readOnly = true)
	public ArticleListing list(ArticleFilter filter) {
		return index.current().list(filter, textMatch(filter.query()));
	}

	private Predicate<IndexedArticle> textMatch(String query) {
		if (query.isBlank()) {
			return article -> true;
		}
		Set<Long> matching = null;
		for (String word : Arrays.stream(query.toLowerCase(Locale.ROOT).split("\\s+")).distinct().limit(MAX_WORDS).toList()) {
			Set<Long> ids = new HashSet<>(articles.findIdsContaining("%" + escapeLike(word) + "%"));
			if (matching == null) {
				matching = ids;
			}
			else {
				matching.retainAll(ids);
			}
		}
		Set<Long> found = matching;
		return article -> found.contains(article.id());
	}

	private static String escapeLike(String word) {
		return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	static List<TocEntry> tableOfContents(String html) {
		List<TocEntry> toc = new ArrayList<>();
		for (Element heading : Jsoup.parseBodyFragment(html).select("h2[id], h3[id], h4[id]")) {
			heading.select("a.heading-anchor").remove();
			toc.add(new TocEntry(heading.id(), heading.text(), Integer.parseInt(heading.tagName().substring(1))));
		}
		return toc;
	}

}
