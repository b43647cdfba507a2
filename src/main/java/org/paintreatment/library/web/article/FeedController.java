package org.paintreatment.library.web.article;

import org.paintreatment.library.article.ArticleRepository;
import org.paintreatment.library.kernel.PublicUrl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * {@code /feed.atom}: the articles most recently imported, new or updated, for feed readers.
 */
@Controller
class FeedController {

	static final int ENTRIES = 50;

	static final String ATOM = "application/atom+xml";

	private final ArticleRepository articles;

	private final PublicUrl publicUrl;

	FeedController(ArticleRepository articles, PublicUrl publicUrl) {
		this.articles = articles;
		this.publicUrl = publicUrl;
	}

	@GetMapping(value = "/feed.atom", produces = ATOM)
	@ResponseBody
	@Transactional(readOnly = true)
	String feed() {
		return AtomFeed.xml(publicUrl.base(), articles.findNewest(PageRequest.of(0, ENTRIES)));
	}

}
