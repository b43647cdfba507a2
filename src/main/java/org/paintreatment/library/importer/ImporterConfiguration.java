package org.paintreatment.library.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.paintreatment.library.taxonomy.Taxonomy;
import org.paintreatment.library.taxonomy.TaxonomyLoader;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the plain-Java import pipeline from the rule files on the classpath.
 */
@Configuration(proxyBeanMethods = false)
class ImporterConfiguration {

	static final String TAXONOMY_RESOURCE = "/library/taxonomy.yml";

	@Bean
	Taxonomy taxonomy() {
		return TaxonomyLoader.fromClasspath(TAXONOMY_RESOURCE);
	}

	@Bean
	ArticlePipeline articlePipeline(LibraryProperties properties, Taxonomy taxonomy) {
		return new ArticlePipeline(properties.maxArticleBytes().toBytes(), BoilerplateRules.fromClasspath(), taxonomy,
				rulesVersion());
	}

	/**
	 * A hash of the rule files and of the renderer's version: when either changes, every article
	 * is imported afresh, so stored HTML always comes from the renderer that serves it.
	 */
	private static String rulesVersion() {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update(("renderer " + ArticleRenderer.VERSION + "\n").getBytes(StandardCharsets.UTF_8));
			for (String resource : new String[] { TAXONOMY_RESOURCE, BoilerplateRules.RESOURCE }) {
				try (InputStream in = ImporterConfiguration.class.getResourceAsStream(resource)) {
					digest.update(in.readAllBytes());
				}
			}
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (IOException | NoSuchAlgorithmException ex) {
			throw new IllegalStateException("cannot read the import rules", ex);
		}
	}

}
