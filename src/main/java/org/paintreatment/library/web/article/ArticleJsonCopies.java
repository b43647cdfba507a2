package org.paintreatment.library.web.article;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.annotation.PreDestroy;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import tools.jackson.databind.json.JsonMapper;

/**
 * Each article's JSON, written once per rendering of the article and kept in a local file under
 * the key of its page ({@link ArticlePages#currentKey}): the JSON is made from what the page is
 * made from, so the same key, the same JSON. Building it read the article's row, found its related
 * articles and wrote it out, per request; a copy is one positional read. As with the pages'
 * copies ({@link PageFile}), a cache only: an article whose page has no current key yet (the
 * library just changed) is written per request and not kept.
 */
@Component
class ArticleJsonCopies {

	/** The copies' file in the index folder, beside the pages' copies. */
	static final String COPIES_FILE = "article-json.copies";

	private final ArticlePages pages;

	private final JsonMapper json;

	private final PageFile copies;

	/**
	 * @param copiesMaxBytes {@code library.page-file.max-bytes}, the bound of this file as of the
	 * pages' one; 0 writes every article's JSON per request
	 * @param storedPages {@code library.stored-pages}: false renders every page, and writes every JSON,
	 * per request
	 */
	ArticleJsonCopies(ArticlePages pages, JsonMapper json, @Value("${library.index-dir}") Path indexDir,
			@Value("${library.page-file.max-bytes:256MB}") DataSize copiesMaxBytes,
			@Value("${library.stored-pages:true}") boolean storedPages) {
		this.pages = pages;
		this.json = json;
		// without stored pages no page has a key to keep a JSON under
		this.copies = new PageFile(indexDir.resolve(COPIES_FILE), storedPages ? copiesMaxBytes.toBytes() : 0);
	}

	/** The article's JSON: its copy, or what {@code view} gives, written out (and copied, under a current key). */
	byte[] of(String slug, Supplier<Object> view) {
		Optional<String> key = pages.currentKey(slug);
		Optional<byte[]> copy = key.flatMap(copies::read);
		if (copy.isPresent()) {
			return copy.get();
		}
		byte[] written = json.writeValueAsBytes(view.get());
		key.ifPresent(current -> copies.write(current, written));
		return written;
	}

	/** How many articles' JSON is copied now (for tests). */
	int copied() {
		return copies.size();
	}

	@PreDestroy
	void stop() {
		copies.close();
	}

}
