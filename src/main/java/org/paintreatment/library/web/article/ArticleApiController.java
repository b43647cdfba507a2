package org.paintreatment.library.web.article;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.paintreatment.library.article.ArticleFilter;
import org.paintreatment.library.article.ArticleListing;
import org.paintreatment.library.article.RelatedArticle;
import org.paintreatment.library.article.TermSummary;
import org.paintreatment.library.kernel.NotFoundException;
import org.paintreatment.library.kernel.Slugs;
import org.paintreatment.library.quality.QualityReport;
import org.paintreatment.library.taxonomy.FactTopic;
import org.paintreatment.library.taxonomy.TermKind;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.accept.ContentNegotiationStrategy;
import org.springframework.web.accept.HeaderContentNegotiationStrategy;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.NativeWebRequest;

/**
 * The article list and articles as JSON: the same facts as the pages.
 */
@RestController
class ArticleApiController {

	private final ArticleService articles;

	private final ArticleFilterParser filters;

	private final ArticleJsonCopies json;

	/** Reads the Accept header as Spring MVC's own negotiation does by default. */
	private final ContentNegotiationStrategy negotiation = new HeaderContentNegotiationStrategy();

	ArticleApiController(ArticleService articles, ArticleFilterParser filters, ArticleJsonCopies json) {
		this.articles = articles;
		this.filters = filters;
		this.json = json;
	}

	@GetMapping("/api/articles")
	ArticleListJson listArticles(ListParameters query) {
		ArticleFilter filter = filters.parse(query);
		return ArticleListJson.of(articles.list(filter));
	}

	@GetMapping("/api/articles/{slug}")
	ResponseEntity<byte[]> showArticle(@PathVariable String slug, NativeWebRequest request)
			throws HttpMediaTypeNotAcceptableException {
		if (!Slugs.isValid(slug)) {
			throw new NotFoundException("There is no article at this address.");
		}
		byte[] article = json.of(slug, () -> ArticleJson.of(articles.show(slug)));
		requireJsonAccepted(request);
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(article);
	}

	/**
	 * A client that takes no JSON gets 406, as when the message converter wrote the article: bytes
	 * would be written whatever it takes. Checked once the article is found, so that a missing one
	 * is a 404 whatever was asked.
	 */
	private void requireJsonAccepted(NativeWebRequest request) throws HttpMediaTypeNotAcceptableException {
		List<MediaType> accepted = negotiation.resolveMediaTypes(request);
		if (accepted.stream().noneMatch(MediaType.APPLICATION_JSON::isCompatibleWith)) {
			throw new HttpMediaTypeNotAcceptableException(List.of(MediaType.APPLICATION_JSON));
		}
	}

	/**
	 * {@code searched} is the words the items were found with (null without words): the corrected
	 * ones when the typed words found no article with all of them and a corrected spelling did, the
	 * typed ones then being {@code correctedFrom} (else null). {@code suggestion} is, with
	 * {@code spell=off}, the corrected query when words look misspelt (else null);
	 * {@code someWordsOnly} is true when no article has every searched word and the items have some
	 * of them; each item's
	 * {@code snippet} is, when words were searched, an HTML passage with the matched words in
	 * {@code <mark>} and everything else escaped (else null); its {@code conditions} are those the
	 * article is about (not those it only mentions).
	 */
	record ArticleListJson(int total, int page, int size, int pageCount, List<Item> items,
			Map<String, Map<String, Long>> facets, String suggestion, boolean someWordsOnly, Map<String, Long> meets,
			String searched, String correctedFrom) {

		record Item(String slug, String title, String summary, String url, String treatment, List<String> mechanisms,
				List<String> caveats, int readingMinutes, String snippet, List<String> conditions) {
		}

		static ArticleListJson of(ArticleListing listing) {
			List<Item> items = listing.items()
				.stream()
				.map(article -> new Item(article.slug(), article.title(), article.summary(), article.url(),
						article.treatment(), article.sortedTerms(TermKind.MECHANISM), article.sortedTerms(TermKind.CAVEAT),
						article.readingMinutes(), listing.snippet(article), article.sortedTerms(TermKind.CONDITION)))
				.toList();
			Map<String, Map<String, Long>> facets = new java.util.LinkedHashMap<>();
			new EnumMap<>(listing.facets()).forEach((kind, counts) -> facets.put(kind.parameter(), counts));
			return new ArticleListJson(listing.total(), listing.page(), listing.size(), listing.pageCount(), items, facets,
					listing.suggestion(), listing.someWordsOnly(), listing.meetsCounts(), listing.searched(),
					listing.correctedFrom());
		}

	}

	record ArticleJson(String slug, String title, String summary, String url, String sourceFile, int readingMinutes,
			int wordCount, Term treatment, List<TaggedTerm> mechanisms, List<TaggedTerm> caveats,
			List<String> related, List<Related> relatedArticles, String html, Source source, LocalDate reviewed,
			LocalDate reviewDue, boolean promotional, List<KeyFactJson> keyFacts, List<String> notMentioned,
			Quality quality, List<Correction> corrections, List<ConditionJson> conditions) {

		/**
		 * The quality checklist: each question's answer (yes, partly, no) with its support, how many
		 * are met, the Flesch-Kincaid reading grade (null: no prose) and the hype found.
		 */
		record Quality(long met, int questions, List<QualityCheck> checks, Double readingGrade, boolean hardToRead,
				List<Hype> hype) {

			static Quality of(QualityReport report) {
				return new Quality(report.metCount(), report.checks().size(),
						report.checks()
							.stream()
							.map(check -> new QualityCheck(check.question().id(), check.question().instrument(),
									check.question().text(), check.answer().slug(), check.support()))
							.toList(),
						report.readingGrade(), report.hardToRead(),
						report.hype().stream().map(flag -> new Hype(flag.phrase(), flag.sentence())).toList());
			}

		}

		record QualityCheck(String id, String instrument, String question, String answer, String support) {
		}

		record Hype(String phrase, String sentence) {
		}

		/** Where the article came from; a null field is not known, and the type "unknown" when not judged. */
		record Source(String site, String url, String author, LocalDate published, String type, String typeLabel,
				String typeEvidence) {
		}

		record Term(String slug, String name, String url) {
		}

		/** A related article and why: the treatment it shares (or null) and the mechanisms and caveats. */
		record Related(String slug, String title, String url, String reason, String sameTreatment, List<String> alsoAbout) {

			static Related of(RelatedArticle related) {
				return new Related(related.slug(), related.title(), related.url(), related.reason(),
						related.sameTreatment().map(TermSummary::slug).orElse(null),
						related.sharedTerms().stream().map(TermSummary::slug).toList());
			}

		}

		/** {@code addedByLibrarian}: a librarian added the tag, with the evidence quoted, not the classifier. */
		record TaggedTerm(String slug, String name, String url, List<String> evidence, boolean addedByLibrarian) {
		}

		/** A tag a librarian removed: its kind ("mechanism", "caveat"), slug and name, and the reason. */
		record Correction(String kind, String slug, String name, String reason) {

			static Correction of(LibrarianCorrections.RemovedTag removed) {
				return new Correction(removed.term().kind().parameter(), removed.term().slug(), removed.term().name(),
						removed.reason());
			}

		}

		/** A condition the article names: {@code strength} "about" (a main topic) or "mentioned". */
		record ConditionJson(String slug, String name, String url, String strength, List<String> evidence) {

			static ConditionJson of(ConditionEvidence condition) {
				return new ConditionJson(condition.term().slug(), condition.term().name(), condition.term().url(),
						condition.strength().slug(), condition.sentences());
			}

		}

		static ArticleJson of(ArticleView view) {
			return new ArticleJson(view.slug(), view.title(), view.summary(), view.url(), view.sourceFile(),
					view.readingMinutes(), view.wordCount(),
					new Term(view.treatment().slug(), view.treatment().name(), view.treatment().url()),
					tagged(view.mechanisms()), tagged(view.caveats()),
					view.related().stream().map(RelatedArticle::slug).toList(),
					view.related().stream().map(Related::of).toList(), view.html(), source(view.source()),
					view.source().reviewed(), view.source().reviewDue(), view.beforeYouRead().promotional(),
					KeyFactJson.of(view.beforeYouRead().facts()),
					view.beforeYouRead().notMentioned().stream().map(FactTopic::key).toList(),
					Quality.of(view.quality()),
					view.corrections().removed().stream().map(Correction::of).toList(),
					view.conditions().stream().map(ConditionJson::of).toList());
		}

		private static Source source(SourceView source) {
			return new Source(source.site(), source.url(), source.author(), source.published(), source.type().slug(),
					source.type().label(), source.typeEvidence());
		}

		private static List<TaggedTerm> tagged(List<TermEvidence> evidence) {
			return evidence.stream()
				.map(item -> new TaggedTerm(item.term().slug(), item.term().name(), item.term().url(), item.quotes(),
						item.addedByLibrarian()))
				.toList();
		}

	}

}
