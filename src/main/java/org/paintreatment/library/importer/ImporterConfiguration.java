package org.paintreatment.library.importer;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.paintreatment.library.kernel.RuleFile;
import org.paintreatment.library.kernel.RulesProperties;
import org.paintreatment.library.kernel.Sha256;
import org.paintreatment.library.quality.QualityRules;
import org.paintreatment.library.taxonomy.Taxonomy;
import org.paintreatment.library.taxonomy.TaxonomyLoader;
import org.paintreatment.library.text.ArticlePipeline;
import org.paintreatment.library.text.ArticleRenderer;
import org.paintreatment.library.text.BoilerplateRules;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the plain-Java text pipeline from the rule files: the taxonomy, the boilerplate
 * patterns and the quality cues, inside the application unless {@code library.rules.taxonomy},
 * {@code library.rules.boilerplate} or {@code library.rules.quality} name files outside it.
 */
@Configuration(proxyBeanMethods = false)
class ImporterConfiguration {

	@Bean
	ArticlePipeline articlePipeline(LibraryProperties properties, RulesProperties rules, Taxonomy taxonomy) {
		byte[] boilerplate = RuleFile.bytes(rules.boilerplate());
		byte[] quality = RuleFile.bytes(rules.quality());
		return new ArticlePipeline(properties.maxArticleBytes().toBytes(),
				BoilerplateRules.parse(new ByteArrayInputStream(boilerplate), rules.boilerplate().getDescription()),
				taxonomy, QualityRules.parse(new ByteArrayInputStream(quality), rules.quality().getDescription()),
				rulesVersion(RuleFile.bytes(rules.taxonomy()), boilerplate, quality));
	}

	/**
	 * A hash of the rule files and of the renderer's version: when either changes, every article
	 * is imported afresh, so stored HTML always comes from the renderer that serves it.
	 */
	private static String rulesVersion(byte[] taxonomyRules, byte[] boilerplateRules, byte[] qualityRules) {
		return Sha256.hex(("renderer " + ArticleRenderer.VERSION + "\n").getBytes(StandardCharsets.UTF_8), taxonomyRules,
				boilerplateRules, qualityRules);
	}

}
