package org.paintreatment.library.taxonomy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.paintreatment.library.kernel.SafeYaml;
import org.paintreatment.library.kernel.WebAddress;

/**
 * Reads the librarian's treatment facts file and checks it against the taxonomy, so that a
 * fact without its source, or about a treatment the library does not know, stops start-up
 * naming the file and the field instead of being shown or silently dropped.
 */
public final class TreatmentFactsLoader {

	/** Longer than this is no longer a short sentence a reader takes in at a glance. */
	static final int MAX_FACT_CHARS = 300;

	private static final Set<String> FACT_FIELDS = Set.of("fact", "source");

	private static final Set<String> SOURCE_FIELDS = Set.of("title", "publisher", "url", "published", "accessed");

	private TreatmentFactsLoader() {
	}

	public static TreatmentFacts load(InputStream in, String source, Taxonomy taxonomy) {
		requireCaveats(taxonomy, source);
		Object root = SafeYaml.readRuleFile(in, source);
		if (root == null) {
			return new TreatmentFacts(Map.of());
		}
		Map<?, ?> treatments = mapping(root, source, "must map treatment slugs to their facts");
		Map<String, List<KeyFact>> facts = new LinkedHashMap<>();
		treatments.forEach((slug, topics) -> {
			String where = source + ", " + SafeYaml.quoted((String) slug);
			if (Taxonomy.UNCLASSIFIED.equals(slug) || taxonomy.treatment((String) slug).isEmpty()) {
				throw new IllegalStateException(where + ": the taxonomy has no such treatment");
			}
			facts.put((String) slug, topics(topics, where));
		});
		return new TreatmentFacts(facts);
	}

	public static TreatmentFacts load(String yaml, String source, Taxonomy taxonomy) {
		return load(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), source, taxonomy);
	}

	private static List<KeyFact> topics(Object value, String where) {
		List<KeyFact> facts = new ArrayList<>();
		mapping(value, where, "must map topics (regulatory, risks, cautions) to lists of facts").forEach((key, list) -> {
			String here = where + ", " + key;
			FactTopic topic = FactTopic.ofKey((String) key)
				.orElseThrow(() -> new IllegalStateException(here + ": unknown topic; the topics are regulatory, risks and cautions"));
			if (!(list instanceof List<?> items) || items.isEmpty()) {
				throw new IllegalStateException(here + ": must be a list of facts, each with 'fact' and 'source'");
			}
			for (int i = 0; i < items.size(); i++) {
				facts.add(fact(topic, items.get(i), here + ", fact " + (i + 1)));
			}
		});
		facts.sort((a, b) -> a.topic().compareTo(b.topic()));
		return facts;
	}

	private static KeyFact fact(FactTopic topic, Object value, String where) {
		Map<?, ?> fields = fields(value, FACT_FIELDS, where);
		String text = required(fields, "fact", where);
		if (text.length() > MAX_FACT_CHARS) {
			throw new IllegalStateException(where + ": 'fact' is longer than " + MAX_FACT_CHARS + " characters; keep it one short sentence");
		}
		if (fields.get("source") == null) {
			throw new IllegalStateException(where + ": 'source' is missing; every fact needs its title, publisher, url and accessed date");
		}
		return new KeyFact(topic, text, source(fields.get("source"), where + ", source"));
	}

	private static FactSource source(Object value, String where) {
		Map<?, ?> fields = fields(value, SOURCE_FIELDS, where);
		String url = required(fields, "url", where);
		if (!WebAddress.isHttp(url)) {
			throw new IllegalStateException(where + ": 'url' must be a web address starting with https:// or http://");
		}
		String published = fields.get("published") == null ? null : date(fields, "published", where);
		return new FactSource(required(fields, "title", where), required(fields, "publisher", where), url, published,
				date(fields, "accessed", where));
	}

	private static Map<?, ?> fields(Object value, Set<String> known, String where) {
		Map<?, ?> fields = mapping(value, where, "must be a mapping with the fields " + String.join(", ", known));
		for (Object key : fields.keySet()) {
			if (!known.contains(key)) {
				throw new IllegalStateException(where + ": unknown field " + SafeYaml.quoted((String) key)
						+ "; the fields are " + String.join(", ", known));
			}
		}
		return fields;
	}

	private static Map<?, ?> mapping(Object value, String where, String problem) {
		if (value instanceof Map<?, ?> map) {
			return map;
		}
		throw new IllegalStateException(where + ": " + problem);
	}

	private static String required(Map<?, ?> map, String key, String where) {
		Object value = map.get(key);
		if (value instanceof String text && !text.isBlank()) {
			return text.strip();
		}
		throw new IllegalStateException(where + ": '" + key + "' " + (value == null ? "is missing" : "must be text"));
	}

	private static String date(Map<?, ?> map, String key, String where) {
		String text = required(map, key, where);
		try {
			return LocalDate.parse(text).toString();
		}
		catch (DateTimeParseException ex) {
			throw new IllegalStateException(where + ": '" + key + "' must be a date written 2024-01-31, not "
					+ SafeYaml.quoted(text), ex);
		}
	}

	/** The topics' caveats are the library's own slugs; a renamed one must not silently match nothing. */
	private static void requireCaveats(Taxonomy taxonomy, String source) {
		for (FactTopic topic : FactTopic.values()) {
			for (String caveat : topic.caveats()) {
				if (taxonomy.caveats().stream().noneMatch(term -> term.slug().equals(caveat))) {
					throw new IllegalStateException(source + ": the topic '" + topic.key() + "' stands for the caveat '"
							+ caveat + "', which the taxonomy does not have");
				}
			}
		}
	}

}
