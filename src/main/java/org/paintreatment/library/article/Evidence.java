package org.paintreatment.library.article;

import java.util.List;
import java.util.regex.Pattern;

import jakarta.persistence.Column;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import org.paintreatment.library.kernel.BaseEntity;

/**
 * The link between an article and a term it states, with the sentences that show it.
 */
@MappedSuperclass
public abstract class Evidence extends BaseEntity {

	/** Sentences are stored one per line; a sentence never contains a line break. */
	private static final String SEPARATOR = "\n";

	private static final Pattern WHITESPACE = Pattern.compile("\\s+");

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "article_id")
	private Article article;

	@Column(name = "evidence", nullable = false)
	private String sentences;

	@Column(name = "added_by_librarian", nullable = false)
	private boolean addedByLibrarian;

	protected Evidence() {
	}

	protected Evidence(Article article, List<String> sentences) {
		this.article = article;
		this.sentences = stored(sentences);
	}

	/** The sentences as the evidence column holds them: one per line, whitespace made single spaces. */
	public static String stored(List<String> sentences) {
		if (sentences.isEmpty()) {
			throw new IllegalArgumentException("a tag needs at least one sentence of evidence");
		}
		return String.join(SEPARATOR, sentences.stream().map(s -> WHITESPACE.matcher(s).replaceAll(" ")).toList());
	}

	public Article getArticle() {
		return article;
	}

	public List<String> getSentences() {
		return sentencesOf(sentences);
	}

	/** The sentences of an evidence column's value, as {@link #stored} wrote them. */
	public static List<String> sentencesOf(String stored) {
		return List.of(stored.split(SEPARATOR));
	}

	/** Whether a librarian added the tag, with the quote as its evidence, rather than the classifier. */
	public boolean isAddedByLibrarian() {
		return addedByLibrarian;
	}

}
