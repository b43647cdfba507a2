package org.paintreatment.library.article;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.paintreatment.library.kernel.BaseEntity;
import org.paintreatment.library.quality.QualityReport;
import org.paintreatment.library.taxonomy.SourceType;
import org.paintreatment.library.taxonomy.store.Caveat;
import org.paintreatment.library.taxonomy.store.Mechanism;
import org.paintreatment.library.taxonomy.store.Treatment;
import org.paintreatment.library.text.PageFacts;

/**
 * One imported article: its permanent slug, its text rendered once at import, and its tags.
 * Pages read articles through this entity; the importer writes their rows in batches with JDBC
 * ({@code importer/ArticleRows}, docs/decisions.md), so the few ways to build and change an
 * article here are the package's own, for the tests of the mapping.
 */
@Entity
@Table(name = "article")
public class Article extends BaseEntity {

	@Column(nullable = false, unique = true, length = 80)
	private String slug;

	@Column(nullable = false, length = 200)
	private String title;

	@Column(nullable = false)
	private String summary;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "treatment_id")
	private Treatment treatment;

	@Column(nullable = false)
	private String html;

	@Column(name = "plain_text", nullable = false)
	private String plainText;

	@Column(name = "source_file", nullable = false, unique = true)
	private String sourceFile;

	@Column(name = "content_hash", nullable = false, length = 64)
	private String contentHash;

	@Column(name = "rules_fingerprint", nullable = false, length = 64)
	private String rulesFingerprint;

	@Column(name = "word_count", nullable = false)
	private int wordCount;

	@Column(name = "reading_minutes", nullable = false)
	private int readingMinutes;

	@Column(name = "imported_at", nullable = false)
	private Instant importedAt;

	@Column(name = "source_site", length = 200)
	private String sourceSite;

	@Column(name = "source_url", length = 2000)
	private String sourceUrl;

	@Column(name = "source_author", length = 200)
	private String sourceAuthor;

	@Column(name = "source_published")
	private LocalDate sourcePublished;

	@Column(name = "reviewed_on")
	private LocalDate reviewedOn;

	@Column(name = "review_due")
	private LocalDate reviewDue;

	@Column(name = "source_type", nullable = false, length = 20)
	private String sourceType = SourceType.UNKNOWN.slug();

	@Column(name = "source_type_evidence")
	private String sourceTypeEvidence;

	@Column(name = "quality")
	private String quality;

	@Column(name = "quality_met", nullable = false, length = 300)
	private String qualityMet = "";

	@Column(name = "reading_grade")
	private Double readingGrade;

	@Column(name = "tags_corrected", nullable = false)
	private boolean tagsCorrected;

	@Column(name = "page_facts")
	private String pageFacts;

	@OneToMany(mappedBy = "article", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("id")
	private List<ArticleMechanism> mechanisms = new ArrayList<>();

	@OneToMany(mappedBy = "article", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("id")
	private List<ArticleCaveat> caveats = new ArrayList<>();

	protected Article() {
	}

	Article(String slug, String sourceFile) {
		this.slug = slug;
		this.sourceFile = sourceFile;
	}

	/** Replaces the content and tags with what a new import of the same file found. */
	void update(ArticleContent content, Treatment treatment, Instant importedAt) {
		this.title = content.title();
		this.summary = content.summary();
		this.html = content.html();
		this.plainText = content.plainText();
		this.contentHash = content.contentHash();
		this.rulesFingerprint = content.rulesFingerprint();
		this.wordCount = content.wordCount();
		this.readingMinutes = content.readingMinutes();
		this.treatment = treatment;
		this.importedAt = importedAt;
		this.mechanisms.clear();
		this.caveats.clear();
	}

	void addMechanism(Mechanism mechanism, List<String> evidence) {
		mechanisms.add(new ArticleMechanism(this, mechanism, evidence));
	}

	void addCaveat(Caveat caveat, List<String> evidence) {
		caveats.add(new ArticleCaveat(this, caveat, evidence));
	}

	public String getSlug() {
		return slug;
	}

	public String getTitle() {
		return title;
	}

	public String getSummary() {
		return summary;
	}

	public Treatment getTreatment() {
		return treatment;
	}

	public String getHtml() {
		return html;
	}

	public String getPlainText() {
		return plainText;
	}

	public String getSourceFile() {
		return sourceFile;
	}

	public String getContentHash() {
		return contentHash;
	}

	public int getWordCount() {
		return wordCount;
	}

	public int getReadingMinutes() {
		return readingMinutes;
	}

	public Instant getImportedAt() {
		return importedAt;
	}

	public String getSourceSite() {
		return sourceSite;
	}

	public String getSourceUrl() {
		return sourceUrl;
	}

	public String getSourceAuthor() {
		return sourceAuthor;
	}

	public LocalDate getSourcePublished() {
		return sourcePublished;
	}

	public LocalDate getReviewedOn() {
		return reviewedOn;
	}

	public LocalDate getReviewDue() {
		return reviewDue;
	}

	/** The stored type; a name this version does not know reads as unknown. */
	public SourceType getSourceType() {
		return SourceType.of(sourceType).orElse(SourceType.UNKNOWN);
	}

	public String getSourceTypeEvidence() {
		return sourceTypeEvidence;
	}

	/** The quality checklist found at import; empty for an article imported before it existed. */
	public QualityReport getQuality() {
		return QualityReport.parse(quality, readingGrade);
	}

	public List<ArticleMechanism> getMechanisms() {
		return Collections.unmodifiableList(mechanisms);
	}

	public List<ArticleCaveat> getCaveats() {
		return Collections.unmodifiableList(caveats);
	}

	/** Whether a librarian added or removed any of the article's tags. */
	public boolean isTagsCorrected() {
		return tagsCorrected;
	}

	/**
	 * What the article page shows that the other columns do not hold, found at import; empty for
	 * an article not imported since the import learned to store it.
	 */
	public Optional<PageFacts> getPageFacts() {
		return PageFacts.parse(pageFacts);
	}

}
