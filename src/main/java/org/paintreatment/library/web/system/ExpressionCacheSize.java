package org.paintreatment.library.web.system;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;
import org.thymeleaf.cache.StandardCacheManager;
import org.thymeleaf.spring6.SpringTemplateEngine;

/**
 * Gives Thymeleaf's cache of parsed and compiled expressions room for every expression the
 * templates hold. Its default of 500 entries is fewer than they need (about 600 expressions, and
 * each takes an entry for Thymeleaf's parse and one for Spring's), so expressions were evicted,
 * parsed and compiled again while readers waited.
 */
@Component
class ExpressionCacheSize implements BeanPostProcessor {

	static final int EXPRESSIONS = 5_000;

	@Override
	public Object postProcessBeforeInitialization(Object bean, String beanName) {
		if (bean instanceof SpringTemplateEngine engine) {
			StandardCacheManager caches = new StandardCacheManager();
			caches.setExpressionCacheMaxSize(EXPRESSIONS);
			engine.setCacheManager(caches);
		}
		return bean;
	}

}
