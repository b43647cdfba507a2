package org.paintreatment.library.web.system;

import org.apache.coyote.AbstractProtocol;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Tomcat's worker threads: three times the processor's cores, unless
 * {@code server.tomcat.threads.max} is set. Every page is work for the processor (the read model,
 * the index, the pages' local copies): a few threads a core keep it busy while one of them waits,
 * and more only share the cores among more half-made pages, so that a long search keeps every
 * reader beside it waiting longer (docs/decisions.md). Runs after Spring Boot's own customizer, so
 * that this default replaces its 200 and a value the operator sets is left alone.
 */
@Component
class WorkerThreads implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

	static final String PROPERTY = "server.tomcat.threads.max";

	private final Environment environment;

	WorkerThreads(Environment environment) {
		this.environment = environment;
	}

	/** The workers for a processor of {@code cores} cores. */
	static int forCores(int cores) {
		return 3 * Math.max(1, cores);
	}

	@Override
	public void customize(TomcatServletWebServerFactory factory) {
		if (environment.containsProperty(PROPERTY)) {
			return;
		}
		int workers = forCores(Runtime.getRuntime().availableProcessors());
		factory.addConnectorCustomizers(connector -> {
			if (connector.getProtocolHandler() instanceof AbstractProtocol<?> protocol) {
				protocol.setMaxThreads(workers);
				protocol.setMinSpareThreads(Math.min(protocol.getMinSpareThreads(), workers));
			}
		});
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}
