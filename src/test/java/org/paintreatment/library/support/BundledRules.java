package org.paintreatment.library.support;

import org.paintreatment.library.kernel.RulesProperties;
import org.springframework.core.io.ClassPathResource;

/**
 * The rule files inside the application, as {@link RulesProperties} binds them by default, for
 * tests that build a service without a Spring context.
 */
public final class BundledRules {

	private BundledRules() {
	}

	public static RulesProperties properties() {
		return new RulesProperties(new ClassPathResource(RulesProperties.TAXONOMY),
				new ClassPathResource(RulesProperties.BOILERPLATE), new ClassPathResource(RulesProperties.SYNONYMS),
				new ClassPathResource(RulesProperties.FILLER_WORDS),
				new ClassPathResource(RulesProperties.TREATMENT_FACTS), new ClassPathResource(RulesProperties.QUALITY));
	}

}
