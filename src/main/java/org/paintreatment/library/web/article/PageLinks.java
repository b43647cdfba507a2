package org.paintreatment.library.web.article;

import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.context.IWebContext;
import org.thymeleaf.linkbuilder.StandardLinkBuilder;
import org.thymeleaf.spring6.SpringTemplateEngine;

/**
 * Lets the templates' links ({@code @{/…}}) be built outside a request, for the article pages
 * rendered after an import ({@link ArticlePageRenderer}): with the application's context path,
 * and a static resource's address with its content version, as the resource chain gives it to a
 * request. In a request, links are built as Thymeleaf always builds them.
 */
@Component
class PageLinks implements BeanPostProcessor {

	private final ObjectProvider<ResourceUrlProvider> resources;

	private final String contextPath;

	/** Found once: looking the bean up for every link was 4 % of a search page's time. */
	private volatile ResourceUrlProvider resourceUrls;

	PageLinks(ObjectProvider<ResourceUrlProvider> resources,
			@Value("${server.servlet.context-path:}") String contextPath) {
		this.resources = resources;
		this.contextPath = contextPath.replaceAll("/+$", "");
	}

	@Override
	public Object postProcessBeforeInitialization(Object bean, String beanName) {
		if (bean instanceof SpringTemplateEngine engine) {
			engine.setLinkBuilder(new LinksOutsideRequests());
		}
		return bean;
	}

	private ResourceUrlProvider resourceUrls() {
		ResourceUrlProvider provider = resourceUrls;
		if (provider == null) {
			provider = resources.getIfAvailable();
			resourceUrls = provider;
		}
		return provider;
	}

	private final class LinksOutsideRequests extends StandardLinkBuilder {

		@Override
		protected String computeContextPath(IExpressionContext context, String base, Map<String, Object> parameters) {
			return context instanceof IWebContext ? super.computeContextPath(context, base, parameters) : contextPath;
		}

		@Override
		protected String processLink(IExpressionContext context, String link) {
			if (context instanceof IWebContext || !link.startsWith(contextPath + "/")) {
				return super.processLink(context, link);
			}
			if (link.indexOf('?') >= 0) {
				// a link with parameters is a page, never a static resource
				return link;
			}
			ResourceUrlProvider provider = resourceUrls();
			String versioned = provider == null ? null : provider.getForLookupPath(link.substring(contextPath.length()));
			return versioned == null ? link : contextPath + versioned;
		}

	}

}
