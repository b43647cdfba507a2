package org.paintreatment.library.system;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	private final LibraryEtags etags;

	WebConfiguration(LibraryEtags etags) {
		this.etags = etags;
	}

	/**
	 * Pages are HTML whatever the address ends with: otherwise Thymeleaf labels the 404 page for
	 * {@code /css/missing.css} as {@code text/css}.
	 */
	@Bean
	static BeanPostProcessor htmlPagesAreHtml() {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof ThymeleafViewResolver resolver) {
					resolver.setForceContentType(true);
				}
				return bean;
			}

		};
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(etags)
			.addPathPatterns("/", "/articles", "/articles/*", "/treatments/**", "/mechanisms/**", "/caveats/**",
					"/compare", "/api/**");
	}

}
