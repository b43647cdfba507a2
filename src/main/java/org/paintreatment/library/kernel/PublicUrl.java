package org.paintreatment.library.kernel;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The absolute address of the site for canonical links and previews: {@code library.public-url}
 * when an operator sets it (behind a proxy), else the address the current request came to.
 */
@Component
public class PublicUrl {

	private final String configured;

	PublicUrl(@Value("${library.public-url:}") String configured) {
		this.configured = configured.replaceAll("/+$", "");
	}

	public String base() {
		return configured.isEmpty() ? ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString()
				: configured;
	}

}
