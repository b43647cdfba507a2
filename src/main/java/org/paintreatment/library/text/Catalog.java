package org.paintreatment.library.text;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.paintreatment.library.kernel.BadYamlException;
import org.paintreatment.library.kernel.SafeYaml;

/**
 * The optional editorial catalog: one YAML file beside the articles, keyed by file name, whose
 * entries override an article's title, slug, treatment or summary, and give its source and review
 * dates, without editing the file.
 */
public final class Catalog {

	public static final String FILE_NAME = "catalog.yml";

	/** Room for tens of thousands of entries; a larger file is a mistake, not a catalog. */
	static final int MAX_BYTES = 4 * 1024 * 1024;

	private final Map<String, EditorialFields> entries;

	private final List<String> problems;

	private Catalog(Map<String, EditorialFields> entries, List<String> problems) {
		this.entries = Map.copyOf(entries);
		this.problems = List.copyOf(problems);
	}

	public static Catalog empty() {
		return new Catalog(Map.of(), List.of());
	}

	private static Catalog ignored(String problem) {
		return new Catalog(Map.of(), List.of(problem + "; catalog ignored"));
	}

	/**
	 * Reads the catalog in {@code folder}; a missing one is empty, a broken entry is left out and
	 * a broken file ignored, each with a problem.
	 */
	public static Catalog load(Path folder) {
		return load(new SeedFolder(folder));
	}

	/**
	 * Reads the catalog of the seeds folder, which like an article file must be a regular file of
	 * the folder: a link is not followed.
	 */
	public static Catalog load(SeedFolder seeds) {
		Path file = seeds.resolve(FILE_NAME);
		if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
			return empty();
		}
		Optional<String> refusal = seeds.refusal(file);
		if (refusal.isPresent()) {
			return ignored(FILE_NAME + ": " + refusal.get());
		}
		byte[] bytes;
		try {
			bytes = SeedFolder.read(file, MAX_BYTES);
		}
		catch (BadArticleException ex) {
			return ignored(FILE_NAME + ": " + ex.getMessage());
		}
		try {
			return parse(StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString());
		}
		catch (CharacterCodingException ex) {
			return ignored(FILE_NAME + " is not valid UTF-8");
		}
	}

	/** The catalog written in {@code yaml}. */
	static Catalog parse(String yaml) {
		List<String> problems = new ArrayList<>();
		Map<String, Object> parsed;
		try {
			parsed = SafeYaml.readEntries(yaml, FILE_NAME, MAX_BYTES, (name, ex) -> problems.add(entryIgnored(ex)));
		}
		catch (BadYamlException ex) {
			return ignored(ex.getMessage());
		}
		Map<String, EditorialFields> entries = new HashMap<>();
		parsed.forEach((name, fields) -> {
			String where = FILE_NAME + ", entry " + SafeYaml.quoted(name);
			try {
				if (fields != null && !(fields instanceof Map)) {
					throw new BadArticleException(where + ": must be a mapping of fields, like 'title: ...'");
				}
				entries.put(name, EditorialFields.fromMap((Map<?, ?>) fields, where, problems));
			}
			catch (BadArticleException ex) {
				problems.add(entryIgnored(ex));
			}
		});
		return new Catalog(entries, problems);
	}

	private static String entryIgnored(Exception ex) {
		return ex.getMessage() + "; entry ignored";
	}

	public EditorialFields entryFor(String fileName) {
		return entries.getOrDefault(fileName, EditorialFields.NONE);
	}

	public List<String> problems() {
		return problems;
	}

}
