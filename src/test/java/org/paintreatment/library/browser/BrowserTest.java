package org.paintreatment.library.browser;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.paintreatment.library.support.LibraryTest;

/**
 * A test in a real, headless Chromium against the whole application on a random port with the
 * real seeds (the same application context as every other {@link LibraryTest}). Test methods take
 * a {@link Browser} parameter. Skipped, with one message, where Chromium is not installed.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@LibraryTest
@ExtendWith(BrowserExtension.class)
@Tag("browser")
public @interface BrowserTest {

}
