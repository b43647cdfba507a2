package org.paintreatment.library.text;

import java.util.List;
import java.util.Map;

import org.paintreatment.library.quality.QualityReport;
import org.paintreatment.library.taxonomy.ConditionTag;

/**
 * Everything the importer learned from one article file, ready to be stored.
 *
 * @param rulesFingerprint identifies the rules and catalog entry the draft was made under
 * @param slug the wanted slug; the store may add a "-2" suffix when another article has it
 * @param source where the article came from, with its source type: the catalog's or front
 * matter's, else the detected one
 * @param sourceTypeEvidence the sentence the type was detected from (null when set by an editor
 * or unknown)
 * @param warnings fields of the front matter left out, and tag corrections not applied, for the import's log
 * @param quality the article's quality checklist, reading grade and hype flags
 * @param tagEdits the tags a librarian's corrections added or removed
 * @param conditions the conditions the article names, each with its strength and evidence
 * @param outline the headings of the rendered HTML and whether it opens with the summary, for the article page
 */
public record ArticleDraft(String sourceFile, String contentHash, String rulesFingerprint, String title, String slug, String summary,
		String treatment, String html, String plainText, int wordCount, int readingMinutes,
		Map<String, List<String>> mechanisms, Map<String, List<String>> caveats, SourceFields source, String sourceTypeEvidence,
		List<String> warnings, QualityReport quality, TagEdits tagEdits, List<ConditionTag> conditions,
		ArticleOutline outline) {

}
