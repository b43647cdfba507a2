package org.paintreatment.library.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * The whole application on a random port with the real seeds imported into a real H2 database
 * and indexed into a real search index in a fresh folder under {@code target/test-index}.
 * Every test class using it shares one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "library.test.schema=library_pages", "library.poll-changes=false",
				"spring.jpa.properties.hibernate.generate_statistics=true",
				"logging.level.org.hibernate.engine.internal.StatisticalLoggingSessionEventListener=WARN" })
@AutoConfigureMockMvc
@DatabaseTest
public @interface LibraryTest {

}
