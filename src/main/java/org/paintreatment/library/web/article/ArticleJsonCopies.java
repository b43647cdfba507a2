package org.paintreatment.library.web.article;

import java.util.Optional;
import java.util.function.Supplier;

import jakarta.annotation.PreDestroy;
import org.springframework.stereotype.Component;
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

	ArticleJsonCopies(ArticlePages pages, JsonMapper json, CopyFiles copyFiles) {
		this.pages = pages;
		this.json = json;
		this.copies = copyFiles.open(COPIES_FILE);
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
