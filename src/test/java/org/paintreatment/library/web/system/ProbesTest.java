package org.paintreatment.library.web.system;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.paintreatment.library.support.HttpPagesTest;
import org.paintreatment.library.support.LibraryHttp.Raw;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The probes an orchestrator uses: ready once the import finished, live while the process is.
 */
class ProbesTest extends HttpPagesTest {

	@Test
	void readinessAndLivenessAreUp() {
		assertThat(http.json("/actuator/health/readiness").get("status").asString()).isEqualTo("UP");
		assertThat(http.json("/actuator/health/liveness").get("status").asString()).isEqualTo("UP");
	}

	@Test
	void probesAnswerJsonToWhatProbesAccept() {
		for (String probe : List.of("/actuator/health", "/actuator/health/readiness", "/actuator/health/liveness")) {
			for (String accept : List.of("*/*", "application/json", "application/json, */*;q=0.5")) {
				Raw answer = http.raw("GET", probe, Map.of("Accept", accept));
				assertThat(answer.status()).as(probe + " Accept: " + accept).isEqualTo(200);
				assertThat(answer.body()).as(probe + " Accept: " + accept).contains("\"status\":\"UP\"");
			}
		}
	}

	@Test
	void aHealthGroupThatDoesNotExistIsOur404() {
		for (String probe : List.of("/actuator/health/db", "/actuator/health/diskSpace", "/actuator/health/readiness/x")) {
			Raw answer = http.raw("GET", probe, Map.of("Accept", "application/json"));
			assertThat(answer.status()).as(probe).isEqualTo(404);
			assertThat(answer.body()).as(probe).contains("Page not found").contains("Pain Treatment Library");
		}
	}

}
