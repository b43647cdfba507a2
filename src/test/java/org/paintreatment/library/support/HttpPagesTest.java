package org.paintreatment.library.support;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A test that reads the running library over real HTTP, in the shared {@link LibraryTest} context.
 */
@LibraryTest
public abstract class HttpPagesTest {

	@LocalServerPort
	protected int port;

	protected LibraryHttp http;

	@BeforeEach
	void connect() {
		http = new LibraryHttp(port);
	}

}
