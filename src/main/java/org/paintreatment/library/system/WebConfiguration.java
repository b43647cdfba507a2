package org.paintreatment.library.system;

import org.paintreatment.library.article.LibraryIndex;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	private final LibraryIndex index;

	WebConfiguration(LibraryIndex index) {
		this.index = index;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new LibraryEtags(index))
			.addPathPatterns("/", "/articles", "/articles/*", "/treatments/**", "/mechanisms/**", "/caveats/**",
					"/compare", "/api/**");
	}

}
