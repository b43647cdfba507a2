package org.paintreatment.library.web.system;

import org.paintreatment.library.article.ReadModel;
import org.paintreatment.library.kernel.PublicUrl;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * What search engines ask a site for: {@code /robots.txt}, which keeps them out of the API and the
 * librarian's report and points them at {@code /sitemap.xml}, the list of the permanent pages.
 */
@Controller
class CrawlerController {

	private final ReadModel readModel;

	private final PublicUrl publicUrl;

	CrawlerController(ReadModel readModel, PublicUrl publicUrl) {
		this.readModel = readModel;
		this.publicUrl = publicUrl;
	}

	@GetMapping(value = "/robots.txt", produces = MediaType.TEXT_PLAIN_VALUE)
	@ResponseBody
	String robots() {
		return """
				User-agent: *
				Disallow: /api/
				Disallow: /library/
				Sitemap: %s/sitemap.xml
				""".formatted(publicUrl.base());
	}

	@GetMapping(value = "/sitemap.xml", produces = MediaType.APPLICATION_XML_VALUE)
	@ResponseBody
	String sitemap() {
		return Sitemap.xml(publicUrl.base(), Sitemap.paths(readModel.current()));
	}

}
