package org.paintreatment.library.web.system;

import java.net.http.HttpResponse;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.paintreatment.library.support.HttpPagesTest;
import org.paintreatment.library.support.LibraryHttp.Raw;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * While the library is not ready (at start-up, until the seeds are imported), readers and API
 * clients get a 503 that says so, never a library that looks empty; health checks still answer.
 */
class StartingUpTest extends HttpPagesTest {

	@Autowired
	ApplicationContext context;

	@AfterEach
	void ready() {
		AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);
	}

	@Test
	void untilTheLibraryIsReadyPagesAndTheApiAnswer503WithRetryAfter() {
		String slug = http.json("/api/articles").get("items").get(0).get("slug").asString();
		String css = http.page("/").select("link[rel=stylesheet]").first().attr("href");
		AvailabilityChangeEvent.publish(context, ReadinessState.REFUSING_TRAFFIC);

		for (String path : new String[] { "/", "/articles/" + slug, "/articles?treatment=ketamine", "/sitemap.xml" }) {
			HttpResponse<String> page = http.get(path);
			assertThat(page.statusCode()).as(path).isEqualTo(503);
			assertThat(page.headers().firstValue("Retry-After")).as(path).contains("5");
			assertThat(Jsoup.parse(page.body()).select("h1").text()).as(path).isEqualTo("The library is starting");
		}
		Raw api = http.raw("GET", "/api/articles");
		assertThat(api.status()).isEqualTo(503);
		assertThat(api.header("Content-Type")).startsWith("application/problem+json");
		assertThat(api.body()).contains(StartingUp.MESSAGE);
		assertThat(http.get("/actuator/health/liveness").statusCode()).isEqualTo(200);
		assertThat(http.get("/actuator/health/readiness").statusCode()).isEqualTo(503);
		assertThat(http.get(css).statusCode()).isEqualTo(200);

		AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);

		assertThat(http.get("/articles/" + slug).statusCode()).isEqualTo(200);
	}

}
