package org.paintreatment.library.web.article;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.paintreatment.library.article.TermSummary;
import org.paintreatment.library.taxonomy.SourceType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleJsonLdTest {

	private static final String HOSTILE = "Pain </script><script>alert(1)</script> & <!-- more";

	private static ArticleView article(String title, SourceView source) {
		return new ArticleView("pain", title, "Summary & <b>more</b>", false, "<p>x</p>", "a.txt", 1, 10,
				Instant.parse("2026-01-02T03:04:05Z"), (TermSummary) null, List.of(), List.of(), List.of(), List.of(),
				source, null, null, LibrarianCorrections.NONE, List.of());
	}

	@Test
	void noTextCanCloseTheScriptElementAndTheJsonStillReadsTheSame() {
		SourceView source = new SourceView(HOSTILE, "https://example.org/a?b=1&c=</script>", HOSTILE,
				LocalDate.of(2024, 1, 31), SourceType.NEWS, null, LocalDate.of(2026, 1, 1), null, "a.txt");

		String json = ArticleJsonLd.of(article(HOSTILE, source), "https://library.example.org");

		assertThat(json).doesNotContain("<").doesNotContain(">").doesNotContain("&");
		JsonNode ld = JsonMapper.builder().build().readTree(json);
		assertThat(ld.get("name").asString()).isEqualTo(HOSTILE);
		assertThat(ld.get("url").asString()).isEqualTo("https://library.example.org/articles/pain");
		assertThat(ld.get("lastReviewed").asString()).isEqualTo("2026-01-01");
		assertThat(ld.get("mainEntity").get("publisher").get("name").asString()).isEqualTo(HOSTILE);
		assertThat(ld.get("mainEntity").get("url").asString()).isEqualTo("https://example.org/a?b=1&c=</script>");
		assertThat(ld.get("mainEntity").get("datePublished").asString()).isEqualTo("2024-01-31");
		assertThat(ld.get("mainEntity").get("genre").asString()).isEqualTo("News");
	}

}
