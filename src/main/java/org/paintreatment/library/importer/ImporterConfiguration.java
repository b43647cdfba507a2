package org.paintreatment.library.importer;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.paintreatment.library.kernel.RuleFile;
import org.paintreatment.library.taxonomy.Taxonomy;
import org.paintreatment.library.taxonomy.TaxonomyLoader;
import org.paintreatment.library.text.ArticlePipeline;
import org.paintreatment.library.text.ArticleRenderer;
import org.paintreatment.library.text.BoilerplateRules;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;

/**
 * Wires the plain-Java import pipeline from the rule files: the taxonomy and the boilerplate
 * patterns, inside the application unless {@code library.rules.taxonomy} or
 * {@code library.rules.boilerplate} name files outside it.
 */
@Configuration(proxyBeanMethods = false)
public class ImporterConfiguration {

	public static final String TAXONOMY_RESOURCE = "/library/taxonomy.yml";

	private final Resource taxonomyFile;

	private final byte[] taxonomyRules;

	private final Resource boilerplateFile;

	private final byte[] boilerplateRules;

	ImporterConfiguration(@Value("${library.rules.taxonomy:classpath:" + TAXONOMY_RESOURCE + "}") Resource taxonomyFile,
			@Value("${library.rules.boilerplate:classpath:" + BoilerplateRules.RESOURCE + "}") Resource boilerplateFile) {
		this.taxonomyFile = taxonomyFile;
		this.taxonomyRules = RuleFile.bytes(taxonomyFile);
		this.boilerplateFile = boilerplateFile;
		this.boilerplateRules = RuleFile.bytes(boilerplateFile);
	}

	@Bean
	Taxonomy taxonomy() {
		return TaxonomyLoader.load(new ByteArrayInputStream(taxonomyRules), taxonomyFile.getDescription());
	}

	@Bean
	ArticlePipeline articlePipeline(LibraryProperties properties, Taxonomy taxonomy) {
		return new ArticlePipeline(properties.maxArticleBytes().toBytes(),
				BoilerplateRules.parse(new ByteArrayInputStream(boilerplateRules), boilerplateFile.getDescription()), taxonomy,
				rulesVersion());
	}

	/**
	 * A hash of the rule files and of the renderer's version: when either changes, every article
	 * is imported afresh, so stored HTML always comes from the renderer that serves it.
	 */
	private String rulesVersion() {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update(("renderer " + ArticleRenderer.VERSION + "\n").getBytes(StandardCharsets.UTF_8));
			digest.update(taxonomyRules);
			digest.update(boilerplateRules);
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("cannot fingerprint the import rules", ex);
		}
	}

}
