package org.paintreatment.library.importer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * The optional editorial catalog: one YAML file beside the articles, keyed by file name, whose
 * entries override an article's title, slug, treatment or summary without editing the file.
 */
public final class Catalog {

	public static final String FILE_NAME = "catalog.yml";

	/** Past SnakeYAML's own limit of 3 million characters, which it then reports as a problem. */
	static final long MAX_BYTES = 16L * 1024 * 1024;

	private final Map<String, EditorialFields> entries;

	private final List<String> problems;

	private Catalog(Map<String, EditorialFields> entries, List<String> problems) {
		this.entries = Map.copyOf(entries);
		this.problems = List.copyOf(problems);
	}

	public static Catalog empty() {
		return new Catalog(Map.of(), List.of());
	}

	/** Reads the catalog in {@code folder}; a missing one is empty, a broken entry is a problem. */
	public static Catalog load(Path folder) {
		return load(new SeedFolder(folder));
	}

	/**
	 * Reads the catalog of the seeds folder, which like an article file must be a regular file of
	 * the folder: a link is not followed.
	 */
	static Catalog load(SeedFolder seeds) {
		Path file = seeds.resolve(FILE_NAME);
		if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
			return empty();
		}
		Optional<String> refusal = seeds.refusal(file);
		if (refusal.isPresent()) {
			return problem(FILE_NAME + " ignored: " + refusal.get());
		}
		try (Reader reader = new InputStreamReader(new ByteArrayInputStream(SeedFolder.read(file, MAX_BYTES)),
				StandardCharsets.UTF_8.newDecoder())) {
			return fromYaml(new Yaml(new SafeConstructor(new LoaderOptions())).load(reader));
		}
		catch (BadArticleException ex) {
			return problem(FILE_NAME + " ignored: " + ex.getMessage());
		}
		catch (IOException | YAMLException ex) {
			return problem(FILE_NAME + " is not readable YAML, ignored: " + ex.getMessage());
		}
	}

	private static Catalog problem(String problem) {
		return new Catalog(Map.of(), List.of(problem));
	}

	static Catalog fromYaml(Object parsed) {
		if (parsed == null) {
			return empty();
		}
		if (!(parsed instanceof Map<?, ?> root)) {
			return new Catalog(Map.of(), List.of(FILE_NAME + " must map file names to fields, ignored"));
		}
		Map<String, EditorialFields> entries = new HashMap<>();
		List<String> problems = new ArrayList<>();
		root.forEach((name, fields) -> {
			try {
				if (fields != null && !(fields instanceof Map)) {
					throw new BadArticleException(FILE_NAME + " entry must be a mapping of fields");
				}
				entries.put(String.valueOf(name), EditorialFields.fromMap((Map<?, ?>) fields, FILE_NAME + " entry"));
			}
			catch (BadArticleException ex) {
				problems.add(name + ": " + ex.getMessage() + " (entry ignored)");
			}
		});
		return new Catalog(entries, problems);
	}

	public EditorialFields entryFor(String fileName) {
		return entries.getOrDefault(fileName, EditorialFields.NONE);
	}

	public List<String> problems() {
		return problems;
	}

}
