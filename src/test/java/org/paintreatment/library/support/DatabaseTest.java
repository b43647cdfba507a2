package org.paintreatment.library.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test that touches the database. It runs on H2, and again on PostgreSQL in the build's
 * second pass; give its context a schema of its own with {@code library.test.schema=NAME}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("database")
@ExtendWith(DatabasePass.class)
public @interface DatabaseTest {

}
