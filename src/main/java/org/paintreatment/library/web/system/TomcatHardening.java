package org.paintreatment.library.web.system;

import org.apache.catalina.Lifecycle;
import org.apache.catalina.core.StandardHost;
import org.apache.tomcat.util.buf.EncodedSolidusHandling;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Keeps Tomcat's own answers in our style: an encoded slash in a slug reaches the application
 * (which answers 404) instead of Tomcat's bare 400, and whatever Tomcat still refuses before the
 * application sees it gets our plain error page, never Tomcat's report or version. {@code OPTIONS *},
 * which Tomcat would answer itself, is answered like OPTIONS at any address ({@link OptionsAsterisk}). A request
 * that brings a body has its connection closed after the answer, the body unread ({@link UnreadBodies}).
 */
@Component
class TomcatHardening implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

	@Override
	public void customize(TomcatServletWebServerFactory factory) {
		factory.addConnectorCustomizers(connector -> {
			connector.setEncodedSolidusHandling(EncodedSolidusHandling.PASS_THROUGH.getValue());
			connector.addLifecycleListener(event -> {
				if (Lifecycle.AFTER_INIT_EVENT.equals(event.getType())) {
					OptionsAsterisk.install(connector.getProtocolHandler());
				}
			});
		});
		factory.addEngineValves(new UnreadBodies());
		factory.addContextCustomizers(context -> {
			if (context.getParent() instanceof StandardHost host) {
				host.setErrorReportValveClass(PlainErrorReportValve.class.getName());
			}
		});
	}

}
