package org.paintreatment.library.system;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	private final LibraryEtags etags;

	WebConfiguration(LibraryEtags etags) {
		this.etags = etags;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(etags)
			.addPathPatterns("/", "/articles", "/articles/*", "/treatments/**", "/mechanisms/**", "/caveats/**",
					"/compare", "/api/**");
	}

}
