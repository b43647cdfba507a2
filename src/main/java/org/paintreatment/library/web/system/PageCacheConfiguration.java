package org.paintreatment.library.web.system;

import com.github.benmanes.caffeine.cache.Caffeine;
import org.paintreatment.library.article.ReadModel;
import org.paintreatment.library.kernel.PublicUrl;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.cache.autoconfigure.CacheManagerCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.cache.CacheManager;
import org.springframework.cache.annotation.EnableCaching;
import org.springframework.cache.caffeine.CaffeineCacheManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;

/**
 * The rendered-page cache: a Caffeine cache bounded by the bytes it holds
 * ({@code library.page-cache.max-bytes}, 0 to turn it off), and the {@link PageCache} filter
 * that answers from it, just after {@link SecurityHeaders} so that cached answers carry the same
 * safety headers.
 */
@Configuration(proxyBeanMethods = false)
@EnableCaching
class PageCacheConfiguration {

	static final int FILTER_ORDER = Ordered.HIGHEST_PRECEDENCE + 10;

	private final DataSize maxBytes;

	PageCacheConfiguration(@Value("${library.page-cache.max-bytes:32MB}") DataSize maxBytes) {
		this.maxBytes = maxBytes;
	}

	@Bean
	CacheManagerCustomizer<CaffeineCacheManager> pageCacheBound() {
		return manager -> manager.registerCustomCache(PageCache.CACHE_NAME,
				Caffeine.newBuilder()
					.maximumWeight(Math.max(0, maxBytes.toBytes()))
					.recordStats()
					.weigher((Object key, Object page) -> ((CachedPage) page).weight())
					.build());
	}

	@Bean
	FilterRegistrationBean<PageCache> pageCache(CacheManager caches, ReadModel readModel, LibraryEtags etags,
			PublicUrl publicUrl) {
		FilterRegistrationBean<PageCache> registration = new FilterRegistrationBean<>(
				new PageCache(caches.getCache(PageCache.CACHE_NAME), readModel, etags, publicUrl));
		registration.setOrder(FILTER_ORDER);
		registration.setEnabled(maxBytes.toBytes() > 0);
		return registration;
	}

}
