package org.paintreatment.library.web.system;

import java.time.Duration;
import java.util.Arrays;

import org.paintreatment.library.taxonomy.TermKind;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.handler.SimpleUrlHandlerMapping;
import org.springframework.web.servlet.resource.HttpResource;
import org.springframework.web.servlet.resource.ResourceHttpRequestHandler;
import org.springframework.web.servlet.resource.VersionResourceResolver;
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

	/**
	 * The stylesheets answer {@code If-None-Match} with 304. Their ETag is their content hash (the
	 * version in their address), which the resource chain sends but, without an ETag generator on
	 * the handler, never compares.
	 */
	@Bean
	static BeanPostProcessor staticFilesCompareTheirEtags() {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof SimpleUrlHandlerMapping mapping) {
					mapping.getHandlerMap().values().forEach(handler -> {
						if (handler instanceof ResourceHttpRequestHandler resources) {
							resources.setEtagGenerator(WebConfiguration::contentHashEtag);
						}
					});
				}
				return bean;
			}

		};
	}

	private static String contentHashEtag(Resource resource) {
		return resource instanceof HttpResource versioned ? versioned.getResponseHeaders().getETag() : null;
	}

	/**
	 * The scripts, under {@code /js}, like the stylesheets: content-hashed addresses (templates link
	 * them with {@code @{...}}) cached for a year. Spring Boot's static-path-pattern serves only
	 * {@code /css}, so this second folder is registered here.
	 */
	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler("/js/**")
			.addResourceLocations("classpath:/static/js/")
			.setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic())
			.resourceChain(true)
			.addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(etags)
			.addPathPatterns("/", "/articles", "/articles/*", "/compare", "/api/**", "/sitemap.xml", "/feed.atom")
			.addPathPatterns(Arrays.stream(TermKind.values()).map(kind -> "/" + kind.path() + "/**").toList());
	}

}
