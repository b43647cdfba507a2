package org.paintreatment.library.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.test.context.ContextCustomizerFactories;

/**
 * The test class imports a seeds folder of its own, {@link SeedsFolders#of(Class)}: empty when the
 * class starts, given to its application context as {@code library.seeds-dir}, deleted with
 * everything in it when the class is done.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ContextCustomizerFactories(SeedsFolders.Customizers.class)
@ExtendWith(SeedsFolders.Cleanup.class)
public @interface OwnSeedsFolder {

}
