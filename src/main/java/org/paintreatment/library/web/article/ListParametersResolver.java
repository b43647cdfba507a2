package org.paintreatment.library.web.article;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.core.convert.ConversionService;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.support.DefaultConversionService;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Reads {@link ListParameters} from the query string as Spring's binding of the record did, without
 * its reflection: the binder looked the record's constructor and parameter names up again on every
 * request, 5.7 % of a search page's CPU time. Each value is converted by Spring's own conversions,
 * from the one text or the several a parameter has, so {@code treatment=a,b} is still two values
 * and {@code q=a&q=b} still the text {@code a,b}.
 */
final class ListParametersResolver implements HandlerMethodArgumentResolver {

	private static final TypeDescriptor TEXT = TypeDescriptor.valueOf(String.class);

	private static final TypeDescriptor ARRAY_OF_TEXTS = TypeDescriptor.valueOf(String[].class);

	private static final TypeDescriptor TEXTS = TypeDescriptor.collection(List.class, TEXT);

	private final ConversionService conversions = DefaultConversionService.getSharedInstance();

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return parameter.getParameterType() == ListParameters.class;
	}

	@Override
	public ListParameters resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
			NativeWebRequest webRequest, WebDataBinderFactory binders) {
		HttpServletRequest request = webRequest.getNativeRequest(HttpServletRequest.class);
		return new ListParameters(texts(request, "treatment"), texts(request, "mechanism"), texts(request, "caveat"),
				text(request, "q"), text(request, "page"), text(request, "size"), texts(request, "meets"),
				text(request, "spell"), texts(request, "condition"));
	}

	private String text(HttpServletRequest request, String name) {
		return (String) converted(request.getParameterValues(name), TEXT);
	}

	@SuppressWarnings("unchecked")
	private List<String> texts(HttpServletRequest request, String name) {
		return (List<String>) converted(request.getParameterValues(name), TEXTS);
	}

	/** One value is converted as a text, several as an array, as the binder gave them. */
	private Object converted(String[] values, TypeDescriptor type) {
		if (values == null) {
			return null;
		}
		return values.length == 1 ? conversions.convert(values[0], TEXT, type)
				: conversions.convert(values, ARRAY_OF_TEXTS, type);
	}

	@Configuration(proxyBeanMethods = false)
	static class Registration implements WebMvcConfigurer {

		@Override
		public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
			resolvers.add(new ListParametersResolver());
		}

	}

}
