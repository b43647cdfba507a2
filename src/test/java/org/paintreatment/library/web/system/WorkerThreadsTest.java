package org.paintreatment.library.web.system;

import org.apache.coyote.AbstractProtocol;
import org.junit.jupiter.api.Test;
import org.paintreatment.library.support.HttpPagesTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web server runs three times as many workers as the processor has cores when the operator sets
 * none (a value set is kept: {@link SlowClientsTest} sets its own and checks it).
 */
class WorkerThreadsTest extends HttpPagesTest {

	@Autowired
	WebServerApplicationContext context;

	@Test
	void withoutASettingTheWorkersAreThreeTimesTheCores() {
		assertThat(maxThreads(context)).isEqualTo(3 * Runtime.getRuntime().availableProcessors());
		assertThat(http.get("/").statusCode()).isEqualTo(200);
	}

	@Test
	void aProcessorWithOneCoreGetsThreeWorkers() {
		assertThat(WorkerThreads.forCores(1)).isEqualTo(3);
		assertThat(WorkerThreads.forCores(0)).isEqualTo(3);
		assertThat(WorkerThreads.forCores(8)).isEqualTo(24);
	}

	static int maxThreads(WebServerApplicationContext context) {
		TomcatWebServer server = (TomcatWebServer) context.getWebServer();
		return ((AbstractProtocol<?>) server.getTomcat().getConnector().getProtocolHandler()).getMaxThreads();
	}

}
