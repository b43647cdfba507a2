package org.paintreatment.library.system;

import org.junit.jupiter.api.Test;
import org.paintreatment.library.support.HttpPagesTest;

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

}
