import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Asks a running library for what a population of readers would ask it for, and writes the paths,
 * one a line, for {@code bench/population.lua}:
 * <ul>
 * <li>{@code articles.txt}: every article page, from {@code /sitemap.xml} (or, if the library
 * has none, by paging through {@code /api/articles});</li>
 * <li>{@code api.txt}: every article as JSON, {@code /api/articles/{slug}};</li>
 * <li>{@code filters.txt}: random filter combinations of the list: 1 to 3 values of the facets
 * the library offers (every facet of {@code /api/articles}: treatment, mechanism, caveat, and
 * any kind added later), page 1 to 3 (a page past the end is a 404, as a reader following an
 * old link would get);</li>
 * <li>{@code searches.txt}: random two-word searches made of the library's own words (titles and
 * summaries of a sample of list pages, and the text of a sample of articles): half the time
 * both words from one article, else from two;</li>
 * <li>{@code pages.txt}: the other pages of the sitemap (home, treatments, mechanisms, caveats,
 * conditions, compare) and each term's pages 2 to 5.</li>
 * </ul>
 * Deterministic for a given library and seed.
 *
 * <p>Run with the JDK's source launcher (no build, no dependencies):
 * {@code java bench/Population.java <base-url> <folder> [filters=10000] [searches=10000] [seed=1]}.
 */
public class Population {

	static final Set<String> STOPWORDS = Set.of("about", "after", "also", "among", "and", "are", "article", "articles",
			"been", "before", "being", "between", "both", "but", "can", "case", "could", "does", "each", "even", "every",
			"from", "have", "here", "into", "just", "least", "many", "more", "most", "much", "only", "other", "over",
			"part", "some", "such", "than", "that", "their", "them", "then", "there", "these", "they", "this", "those",
			"through", "very", "what", "when", "where", "which", "while", "with", "without", "would", "your", "will",
			"were", "whom", "whose", "library");

	static final Pattern LOC = Pattern.compile("<loc>\\s*[a-zA-Z][a-zA-Z0-9+.-]*://[^/<]*(/[^<]*)</loc>");

	static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'-]*\\p{L}");

	final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(10))
		.build();

	final String base;

	Population(String base) {
		this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
	}

	public static void main(String[] args) throws Exception {
		if (args.length < 2) {
			System.err.println("usage: java bench/Population.java <base-url> <folder> [filters] [searches] [seed]");
			System.exit(2);
		}
		Population population = new Population(args[0]);
		Path folder = Path.of(args[1]);
		int filterCount = args.length > 2 ? Integer.parseInt(args[2]) : 10_000;
		int searchCount = args.length > 3 ? Integer.parseInt(args[3]) : 10_000;
		SplittableRandom random = new SplittableRandom(args.length > 4 ? Long.parseLong(args[4]) : 1);
		Files.createDirectories(folder);

		List<String> articles = population.articlePaths();
		if (articles.isEmpty()) {
			throw new IllegalStateException("the library lists no articles");
		}
		write(folder.resolve("articles.txt"), articles);
		List<String> api = articles.stream().map(path -> "/api" + path).toList();
		write(folder.resolve("api.txt"), api);

		Map<String, List<String>> facets = population.facets();
		List<String> filters = filters(facets, filterCount, random);
		write(folder.resolve("filters.txt"), filters);

		List<String> others = population.otherPaths();
		write(folder.resolve("pages.txt"), others.isEmpty() ? List.of("/") : others);

		List<List<String>> documents = population.documents(articles, random);
		List<String> searches = searches(documents, searchCount, random);
		write(folder.resolve("searches.txt"), searches);

		StringBuilder kinds = new StringBuilder();
		facets.forEach((kind, values) -> kinds.append(kinds.length() == 0 ? "" : ", ")
			.append(kind)
			.append(" (")
			.append(values.size())
			.append(")"));
		System.err.printf("population: %,d articles (and as many /api/articles/{slug}), %,d filter combinations of %s, "
				+ "%,d searches from the words of %,d texts, %,d other pages%n", articles.size(), filters.size(), kinds,
				searches.size(), documents.size(), others.size());
	}

	/** Every path of the sitemap, in its order; none when the library has no sitemap. */
	List<String> sitemapPaths() throws IOException, InterruptedException {
		HttpResponse<String> sitemap = get("/sitemap.xml");
		List<String> paths = new ArrayList<>();
		if (sitemap.statusCode() == 200) {
			Matcher loc = LOC.matcher(sitemap.body());
			while (loc.find()) {
				paths.add(loc.group(1).replace("&amp;", "&"));
			}
		}
		return paths;
	}

	static boolean isArticle(String path) {
		return path.startsWith("/articles/") && path.length() > "/articles/".length();
	}

	/**
	 * The pages that are neither an article nor a list: the sitemap's home, term, condition and
	 * compare pages, and each term's pages 2 to 5 (past its last page, a 404).
	 */
	List<String> otherPaths() throws IOException, InterruptedException {
		List<String> paths = new ArrayList<>();
		for (String path : sitemapPaths()) {
			if (isArticle(path) || path.startsWith("/articles?") || path.equals("/articles")) {
				continue;
			}
			paths.add(path);
			if (path.matches("/(treatments|mechanisms|caveats|conditions)/[^/?]+")) {
				for (int page = 2; page <= 5; page++) {
					paths.add(path + "?page=" + page);
				}
			}
		}
		return paths;
	}

	/** Every article's path: the sitemap's {@code /articles/...} entries, or else the API's list, page by page. */
	List<String> articlePaths() throws IOException, InterruptedException {
		Set<String> paths = new LinkedHashSet<>();
		for (String path : sitemapPaths()) {
			if (isArticle(path)) {
				paths.add(path);
			}
		}
		if (paths.isEmpty()) {
			int pages = 1;
			for (int page = 1; page <= pages; page++) {
				Map<String, Object> list = json("/api/articles?size=100&page=" + page);
				pages = ((Number) list.get("pageCount")).intValue();
				for (Object item : (List<?>) list.get("items")) {
					paths.add("/articles/" + ((Map<?, ?>) item).get("slug"));
				}
			}
		}
		return new ArrayList<>(paths);
	}

	/** Facet kind (its parameter) → the values the library offers, as {@code /api/articles} lists them. */
	Map<String, List<String>> facets() throws IOException, InterruptedException {
		Map<String, List<String>> facets = new LinkedHashMap<>();
		Object all = json("/api/articles?size=1").get("facets");
		if (all instanceof Map<?, ?> kinds) {
			kinds.forEach((kind, counts) -> {
				if (counts instanceof Map<?, ?> values && !values.isEmpty()) {
					facets.put(kind.toString(), values.keySet().stream().map(Object::toString).toList());
				}
			});
		}
		return facets;
	}

	/**
	 * The words of titles and summaries of up to 20 random list pages of 100, one list per article,
	 * and of the text of up to 50 random articles.
	 */
	List<List<String>> documents(List<String> articles, SplittableRandom random)
			throws IOException, InterruptedException {
		List<List<String>> documents = new ArrayList<>();
		int pageCount = ((Number) json("/api/articles?size=100").get("pageCount")).intValue();
		Set<Integer> pages = new LinkedHashSet<>();
		while (pages.size() < Math.min(20, pageCount)) {
			pages.add(1 + random.nextInt(pageCount));
		}
		for (int page : pages) {
			for (Object item : (List<?>) json("/api/articles?size=100&page=" + page).get("items")) {
				Map<?, ?> article = (Map<?, ?>) item;
				addWords(documents, Objects.toString(article.get("title"), "") + " " + Objects.toString(article.get("summary"), ""));
			}
		}
		for (int i = 0; i < Math.min(50, articles.size()); i++) {
			Object html = json("/api" + articles.get(random.nextInt(articles.size()))).get("html");
			addWords(documents, Objects.toString(html, "").replaceAll("<[^>]*>", " ").replaceAll("&[a-z#0-9]+;", " "));
		}
		documents.removeIf(words -> words.size() < 2);
		if (documents.isEmpty()) {
			throw new IllegalStateException("no words to search for in the library's titles and texts");
		}
		return documents;
	}

	static void addWords(List<List<String>> documents, String text) {
		List<String> words = new ArrayList<>();
		Matcher word = WORD.matcher(text.toLowerCase(Locale.ROOT));
		while (word.find()) {
			String found = word.group();
			if (found.length() >= 4 && !STOPWORDS.contains(found)) {
				words.add(found);
			}
		}
		documents.add(words);
	}

	/** {@code count} list paths: 1 to 3 facet values (two of one kind: either), page 1 (no parameter) to 3. */
	static List<String> filters(Map<String, List<String>> facets, int count, SplittableRandom random) {
		List<String> kinds = new ArrayList<>(facets.keySet());
		List<String> paths = new ArrayList<>(count);
		while (paths.size() < count && !kinds.isEmpty()) {
			Map<String, Set<String>> chosen = new LinkedHashMap<>();
			kinds.forEach(kind -> chosen.put(kind, new LinkedHashSet<>()));
			int values = 1 + random.nextInt(3);
			for (int v = 0; v < values; v++) {
				String kind = kinds.get(random.nextInt(kinds.size()));
				List<String> offered = facets.get(kind);
				chosen.get(kind).add(offered.get(random.nextInt(offered.size())));
			}
			StringBuilder path = new StringBuilder("/articles");
			chosen.forEach((kind, slugs) -> slugs.forEach(slug -> path.append(path.indexOf("?") < 0 ? '?' : '&')
				.append(kind)
				.append('=')
				.append(URLEncoder.encode(slug, StandardCharsets.UTF_8))));
			int page = 1 + random.nextInt(3);
			if (page > 1) {
				path.append("&page=").append(page);
			}
			paths.add(path.toString());
		}
		return paths;
	}

	/** {@code count} searches of two different words: half from one text, half from two. */
	static List<String> searches(List<List<String>> documents, int count, SplittableRandom random) {
		List<String> paths = new ArrayList<>(count);
		int attempts = 0;
		while (paths.size() < count && attempts++ < count * 10) {
			List<String> first = documents.get(random.nextInt(documents.size()));
			List<String> second = random.nextBoolean() ? first : documents.get(random.nextInt(documents.size()));
			String one = first.get(random.nextInt(first.size()));
			String two = second.get(random.nextInt(second.size()));
			if (!one.equals(two)) {
				paths.add("/articles?q=" + URLEncoder.encode(one + " " + two, StandardCharsets.UTF_8));
			}
		}
		return paths;
	}

	HttpResponse<String> get(String path) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60)).build();
		return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	@SuppressWarnings("unchecked")
	Map<String, Object> json(String path) throws IOException, InterruptedException {
		HttpResponse<String> response = get(path);
		if (response.statusCode() != 200) {
			throw new IOException(path + " answered " + response.statusCode());
		}
		return (Map<String, Object>) new Json(response.body()).value();
	}

	static void write(Path file, List<String> lines) throws IOException {
		Files.write(file, lines, StandardCharsets.UTF_8);
	}

	/** Just enough JSON: objects (in order), arrays, strings, numbers, true, false, null. */
	static final class Json {

		final String text;

		int at;

		Json(String text) {
			this.text = text;
		}

		Object value() {
			space();
			char c = text.charAt(at);
			switch (c) {
				case '{':
					return object();
				case '[':
					return array();
				case '"':
					return string();
				case 't':
					at += 4;
					return Boolean.TRUE;
				case 'f':
					at += 5;
					return Boolean.FALSE;
				case 'n':
					at += 4;
					return null;
				default:
					return number();
			}
		}

		private Map<String, Object> object() {
			Map<String, Object> object = new LinkedHashMap<>();
			at++;
			space();
			if (text.charAt(at) == '}') {
				at++;
				return object;
			}
			while (true) {
				space();
				String key = string();
				space();
				at++; // ':'
				object.put(key, value());
				space();
				if (text.charAt(at++) == '}') {
					return object;
				}
			}
		}

		private List<Object> array() {
			List<Object> array = new ArrayList<>();
			at++;
			space();
			if (text.charAt(at) == ']') {
				at++;
				return array;
			}
			while (true) {
				array.add(value());
				space();
				if (text.charAt(at++) == ']') {
					return array;
				}
			}
		}

		private String string() {
			StringBuilder string = new StringBuilder();
			at++;
			while (text.charAt(at) != '"') {
				char c = text.charAt(at++);
				if (c != '\\') {
					string.append(c);
					continue;
				}
				char escaped = text.charAt(at++);
				switch (escaped) {
					case 'n' -> string.append('\n');
					case 't' -> string.append('\t');
					case 'r' -> string.append('\r');
					case 'b' -> string.append('\b');
					case 'f' -> string.append('\f');
					case 'u' -> {
						string.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
						at += 4;
					}
					default -> string.append(escaped);
				}
			}
			at++;
			return string.toString();
		}

		private Number number() {
			int start = at;
			while (at < text.length() && "+-0123456789.eE".indexOf(text.charAt(at)) >= 0) {
				at++;
			}
			return Double.parseDouble(text.substring(start, at));
		}

		private void space() {
			while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
				at++;
			}
		}

	}

}
