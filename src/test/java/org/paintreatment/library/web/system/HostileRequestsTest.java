package org.paintreatment.library.web.system;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.assertj.core.api.SoftAssertions;
import org.assertj.core.api.junit.jupiter.InjectSoftAssertions;
import org.assertj.core.api.junit.jupiter.SoftAssertionsExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.paintreatment.library.support.LibraryHttp;
import org.paintreatment.library.support.LibraryHttp.Raw;
import org.paintreatment.library.support.LibraryTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;


/**
 * Requests built to break or probe the library, sent byte for byte over real HTTP: every answer
 * is a 200, 400, 404, 405 or 406 of our own, never a 5xx, never a stack trace, an exception's
 * name, SQL or the Whitelabel page, and every answer carries the safety headers (the passive
 * header rules of the ZAP baseline: 10020, 10021, 10038, 10036, 10037, 10063, 90022).
 */
@LibraryTest
@ExtendWith(SoftAssertionsExtension.class)
class HostileRequestsTest {

	static final String CSP_REQUIRED = "default-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

	/** What must never reach a reader: traces, exception and class names, SQL, server internals. */
	static final Pattern LEAK = Pattern.compile("Whitelabel|\\b[A-Z]\\w*(Exception|Error)\\b|\\bat (java|org|com|jdk)\\.|"
			+ "(?i:java\\.lang|org\\.(springframework|hibernate|h2|apache)|sqlstate|sql state|sql statement|jdbc|tomcat|"
			+ "\\bselect\\s+[\\w*.,\\s]{1,200}\\sfrom\\s+\\w|\"trace\"|\"exception\"|spring\\.datasource)");

	/** A line of a stack trace, in the log. */
	static final Pattern STACK_FRAME = Pattern.compile("\\n\\s+at [\\w$.]+\\(");

	/** The heading of the static page Tomcat answers with when it cannot read a request. */
	static final String UNREADABLE = "This address could not be read";

	static final List<String> QUERIES = List.of("q=" + "a".repeat(10 * 1024), "q=" + "a".repeat(1024), "q=%27%20OR%201%3D1--",
			"q=' OR 1=1--", "q=%25", "q=%", "q=_", "q=%5F%25", "q=%5C", "q=%22%3B%20DROP%20TABLE%20article%3B--",
			"q=title%3Aketamine%20AND%20(pain%20OR%20%22relief%22~2)%20%2Bfoo%20-bar%20*%3A*%20%5C",
			"q=ket*&q=%3F&q=pain~", "page=-1", "page=0", "page=abc", "page=99999999999", "page=1e3", "page=",
			"size=100000", "size=0", "size=-5", "page=1&page=2", "size=5&size=100000", "treatment=ketamine&treatment=ketamine",
			"treatment=nope", "treatment=", "treatment=..%2F..%2Fetc%2Fpasswd", "foo=bar&debug=1&class.module=x",
			"q=Schmerz%C3%BC%E2%80%94%F0%9F%98%80", "q=Schmerzü", "q=%zz", "q=%00", "q=%C0%AF", "q=%ED%A0%80",
			"q=%FF%FE", "%zz=1", "q=a%", "q=%2", "q=<script>alert(1)</script>", "q=%3Cscript%3Ealert(1)%3C%2Fscript%3E",
			"page=%00", "size=%C0%AF", "&&&=&=", "q");

	/** Accept headers naming only types that the representation at an address is not. */
	static final List<String> UNACCEPTABLE = List.of("text/html", "foo/bar", "application/x-nope", "text/html;q=0.9, foo/*",
			"image/png, text/css", "text/html;q=abc");

	/** Numbers that Java or Spring would read as 2, but that are not written with the digits 0 to 9 alone. */
	static final List<String> NOT_PLAIN_NUMBERS = List.of("0x2", "0X2", "%232", "%2B2", "2%20", "%202", "%EF%BC%92",
			"%D9%A2", "%E0%A5%A8", "1e1", "2.0", "2,", "-2", "%E2%80%8B2", "2%00");

	static final List<String> SLUGS = List.of("..%2f..%2fetc%2fpasswd", "..%2F..%2Fetc%2Fpasswd", "%2e%2e%2f%2e%2e%2fetc",
			"a".repeat(500), "a-".repeat(250) + "a", "%00", "%C0%AF", "%zz", "%", "Ketamine", "ketamine%20pain",
			"k%C3%A9tamine", "kétamine", "<script>", "%3Cscript%3E", "..", "%2e%2e", "x;jsessionid=1", "x?y", "-", "a--b");

	static final List<String> PATHS = List.of("/", "/articles", "/treatments", "/compare", "/library/import",
			"/../../etc/passwd", "/articles/../../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/css/..%2f..%2fapplication.properties",
			"/css/%2e%2e/%2e%2e/application.properties", "/application.properties", "/static/css/library.css",
			"/WEB-INF/web.xml", "/META-INF/MANIFEST.MF", "/templates/home.html", "/db/migration/V1__library_schema.sql",
			"/articles;jsessionid=1", "/articles//", "//articles", "/articles/%", "/%", "/%zz", "/%00", "/\u00fc", "/%C0%AF",
			"/" + "x".repeat(500), "/api", "/api/", "/api/nope", "/api/articles/", "/api/import", "/api/treatments",
			"/error", "/error?trace=true", "/h2-console", "/h2-console/login.do", "/actuator/env", "/actuator/beans",
			"/actuator/heapdump", "/actuator/configprops", "/actuator/loggers", "/actuator/mappings", "/actuator/threaddump",
			"/actuator/shutdown", "/actuator/health/../env", "/actuator/health/%2e%2e/env");

	@LocalServerPort
	int port;

	/** Every problem of a test is reported, not just the first. */
	@InjectSoftAssertions
	SoftAssertions softly;

	LibraryHttp http;

	@BeforeEach
	void connect() {
		http = new LibraryHttp(port);
	}

	@Test
	void hostileParametersGetA200A400OrA404OfOurOwn() {
		for (String list : List.of("/articles", "/api/articles")) {
			for (String query : QUERIES) {
				checkAnswer(http.raw("GET", list + "?" + query));
				checkAnswer(http.raw("GET", list + "?" + query + "&trace=true&message=true"));
			}
		}
	}

	@Test
	void hostileSlugsGetA404OfOurOwn() {
		for (String prefix : List.of("/articles/", "/api/articles/", "/treatments/", "/mechanisms/", "/caveats/")) {
			for (String slug : SLUGS) {
				Raw answer = checkAnswer(http.raw("GET", prefix + slug));
				softly.assertThat(answer.status()).as(answer.request()).isIn(400, 404);
				checkAnswer(http.raw("GET", prefix + slug + "?trace=true&message=true"));
			}
		}
	}

	@Test
	void hostilePathsGetA200A400OrA404OfOurOwnAndNothingPrivate() {
		for (String path : PATHS) {
			Raw answer = checkAnswer(http.raw("GET", path));
			checkAnswer(http.raw("GET", path + (path.contains("?") ? "&" : "?") + "trace=true&message=true"));
			softly.assertThat(answer.body()).as(answer.request()).doesNotContain("spring.", "CREATE TABLE", "root:x:0:0");
		}
	}

	@Test
	void actuatorShowsHealthOnlyAndThereIsNoH2Console() {
		softly.assertThat(http.raw("GET", "/actuator/health").status()).isEqualTo(200);
		softly.assertThat(http.raw("GET", "/actuator/health").body()).contains("\"status\":\"UP\"")
			.doesNotContain("components").doesNotContain("details");
		for (String path : List.of("/actuator", "/actuator/", "/actuator/health/db", "/actuator/health/nope",
				"/actuator/health/readiness/nope", "/actuator/env", "/actuator/beans", "/actuator/heapdump", "/actuator/configprops",
				"/actuator/mappings", "/actuator/loggers", "/actuator/threaddump", "/actuator/metrics", "/actuator/info",
				"/h2-console", "/h2-console/", "/h2-console/login.jsp")) {
			softly.assertThat(checkAnswer(http.raw("GET", path)).status()).as(path).isEqualTo(404);
		}
	}

	@Test
	void badParametersAreNamedInA400() {
		Raw page = http.raw("GET", "/articles?page=-1&trace=true&message=true");
		softly.assertThat(page.status()).isEqualTo(400);
		softly.assertThat(page.body()).contains("page");

		Raw longWords = http.raw("GET", "/articles?q=" + "a".repeat(1024));
		softly.assertThat(longWords.status()).isEqualTo(400);
		softly.assertThat(longWords.body()).contains("at most 200 characters");

		Raw json = http.raw("GET", "/api/articles?size=100000");
		softly.assertThat(json.status()).isEqualTo(400);
		softly.assertThat(json.header("Content-Type")).startsWith("application/problem+json");
		softly.assertThat(json.body()).contains("\"parameter\":\"size\"");
	}

	@Test
	void likeWildcardsInWordsAreTakenLiterally() {
		int all = http.json("/api/articles").get("total").asInt();

		softly.assertThat(all).isPositive();
		softly.assertThat(http.json("/api/articles?q=%25").get("total").asInt()).isLessThan(all);
		softly.assertThat(http.json("/api/articles?q=_").get("total").asInt()).isLessThan(all);
		softly.assertThat(http.json("/api/articles?q=%27%20OR%201%3D1--").get("total").asInt()).isZero();
	}

	@Test
	void methodsOtherThanGetAndHeadAnswer405() {
		for (String path : List.of("/", "/articles", "/articles/" + anySlug(), "/treatments", "/treatments/ketamine",
				"/compare", "/library/import", "/api/articles", "/api/import")) {
			for (String method : List.of("POST", "PUT", "DELETE", "PATCH", "TRACE", "OPTIONS")) {
				Raw answer = checkHeaders(http.raw(method, path));
				softly.assertThat(answer.status()).as(answer.request()).isEqualTo(405);
				softly.assertThat(answer.header("Allow")).as(answer.request()).isEqualTo("GET, HEAD");
				softly.assertThat(answer.body()).as(answer.request()).doesNotContainPattern(LEAK);
			}
			Raw head = checkHeaders(http.raw("HEAD", path));
			softly.assertThat(head.status()).as(head.request()).isEqualTo(200);
			softly.assertThat(head.body()).as(head.request()).isEmpty();
		}
	}

	@Test
	void everyKindOfResponseCarriesTheSafetyHeaders() {
		String css = http.page("/").select("link[rel=stylesheet]").first().attr("href");
		List<Raw> answers = new ArrayList<>();
		for (String path : List.of("/", "/articles", "/articles/" + anySlug(), "/no-such-page", "/articles?page=-1",
				"/api/articles", "/api/articles/nope", "/api/articles?size=0", "/api/import", "/library/import", css,
				"/css/missing.css", "/actuator/health", "/actuator/nope", "/%zz", "/articles/%00", "/robots.txt", "/sitemap.xml")) {
			answers.add(http.raw("GET", path));
		}
		String etag = http.raw("GET", "/articles").header("ETag");
		Raw notModified = http.raw("GET", "/articles", Map.of("If-None-Match", etag));
		softly.assertThat(notModified.status()).isEqualTo(304);
		answers.add(notModified);
		Raw cssAgain = http.raw("GET", css, Map.of("If-Modified-Since", http.raw("GET", css).header("Last-Modified")));
		softly.assertThat(cssAgain.status()).isEqualTo(304);
		answers.add(cssAgain);
		Raw cssByEtag = http.raw("GET", css, Map.of("If-None-Match", http.raw("GET", css).header("ETag")));
		softly.assertThat(cssByEtag.status()).isEqualTo(304);
		softly.assertThat(http.raw("GET", css, Map.of("If-None-Match", "\"stale\"")).status()).isEqualTo(200);
		answers.add(cssByEtag);
		answers.forEach(this::checkHeaders);
	}

	@Test
	@ExtendWith(OutputCaptureExtension.class)
	void anAcceptHeaderAnAddressCannotAnswerGetsA406NeverA500(CapturedOutput output) {
		String slug = anySlug();
		for (String path : List.of("/robots.txt", "/sitemap.xml", "/api/articles?q=pain", "/api/articles/" + slug,
				"/api/treatments", "/api/import", "/actuator/health", "/actuator/health/readiness")) {
			for (String method : List.of("GET", "HEAD")) {
				for (String accept : UNACCEPTABLE) {
					Raw answer = checkHeaders(http.raw(method, path, Map.of("Accept", accept)));
					String what = answer.request() + " Accept: " + accept;
					softly.assertThat(answer.status()).as(what).isEqualTo(406);
					softly.assertThat(answer.body()).as(what).doesNotContainPattern(LEAK);
					if (!answer.body().isEmpty()) {
						softly.assertThat(answer.header("Content-Type")).as(what).startsWith("text/html");
						softly.assertThat(accept).as(what).contains("text/html");
					}
				}
				for (String accept : List.of("*/*", "foo/bar, */*;q=0.1", "text/html, */*;q=0.8")) {
					Raw answer = checkHeaders(http.raw(method, path, Map.of("Accept", accept)));
					softly.assertThat(answer.status()).as(answer.request() + " Accept: " + accept).isEqualTo(200);
				}
			}
		}
		softly.assertThat(output.getAll()).doesNotContain(" ERROR ").doesNotContainPattern(STACK_FRAME);
	}

	@Test
	@ExtendWith(OutputCaptureExtension.class)
	void pagesAnswerHtmlWhateverTheAcceptHeaderSays(CapturedOutput output) {
		for (String path : List.of("/", "/articles", "/treatments/ketamine", "/no-such-page", "/articles?page=0")) {
			for (String accept : List.of("foo/bar", "application/json", "text/plain", "text/html;q=abc", "", "*/*;q=0")) {
				Raw answer = checkAnswer(http.raw("GET", path, Map.of("Accept", accept)));
				softly.assertThat(answer.header("Content-Type")).as(answer.request()).startsWith("text/html");
			}
		}
		softly.assertThat(output.getAll()).doesNotContain(" ERROR ").doesNotContainPattern(STACK_FRAME);
	}

	@Test
	void optionsForTheWholeServerIsRefusedLikeOptionsForAnyAddress() {
		Raw everything = checkHeaders(http.raw("OPTIONS", "*"));
		Raw home = checkHeaders(http.raw("OPTIONS", "/"));
		for (Raw answer : List.of(everything, home)) {
			softly.assertThat(answer.status()).as(answer.request()).isEqualTo(405);
			softly.assertThat(answer.header("Allow")).as(answer.request()).isEqualTo("GET, HEAD");
			softly.assertThat(answer.body()).as(answer.request()).doesNotContainPattern(LEAK);
		}
		softly.assertThat(everything.body()).isEqualTo(home.body());
		for (String method : List.of("GET", "HEAD", "POST", "TRACE")) {
			Raw answer = checkHeaders(http.raw(method, "*"));
			softly.assertThat(answer.status()).as(answer.request()).isEqualTo(400);
		}
	}

	@Test
	void numbersInParametersAreTheDigitsZeroToNineOnly() {
		for (String number : NOT_PLAIN_NUMBERS) {
			for (String parameter : List.of("page", "size")) {
				Raw page = checkAnswer(http.raw("GET", "/articles?" + parameter + "=" + number));
				softly.assertThat(page.status()).as(page.request()).isEqualTo(400);
				softly.assertThat(page.body()).as(page.request()).contains("<code class=\"bad-parameter\">" + parameter + "</code>");
				Raw json = checkAnswer(http.raw("GET", "/api/articles?size=1&" + parameter + "=" + number));
				softly.assertThat(json.status()).as(json.request()).isEqualTo(400);
				softly.assertThat(json.body()).as(json.request()).contains("\"parameter\":\"" + parameter + "\"");
			}
		}
		softly.assertThat(http.json("/api/articles?size=1&page=02").get("page").asInt()).isEqualTo(2);
		softly.assertThat(http.json("/api/articles?size=01&page=2").get("size").asInt()).isEqualTo(1);
		softly.assertThat(http.json("/api/articles?page=").get("page").asInt()).isEqualTo(1);
		softly.assertThat(http.raw("GET", "/api/articles?page=99999999999").status()).isEqualTo(400);
	}

	@Test
	void plainHttpNeverClaimsHstsEvenWhenAProxyHeaderSaysHttps() {
		for (Map<String, String> headers : List.of(Map.<String, String>of(), Map.of("X-Forwarded-Proto", "https"),
				Map.of("X-Forwarded-Proto", "https", "X-Forwarded-Port", "443", "X-Forwarded-For", "203.0.113.9"),
				Map.of("Forwarded", "proto=https;for=203.0.113.9"), Map.of("X-Forwarded-Ssl", "on"))) {
			for (String path : List.of("/", "/api/articles", "/no-such-page")) {
				Raw answer = http.raw("GET", path, headers);
				softly.assertThat(answer.header("Strict-Transport-Security")).as(answer.request() + " " + headers).isNull();
				softly.assertThat(answer.body()).as(answer.request()).doesNotContain("https://localhost");
			}
		}
	}

	/** Status, body and headers of an answer to a hostile GET. */
	private Raw checkAnswer(Raw answer) {
		String what = answer.request().length() > 120 ? answer.request().substring(0, 120) + "…" : answer.request();
		softly.assertThat(answer.status()).as(what).isIn(200, 400, 404);
		softly.assertThat(answer.body()).as(what).doesNotContainPattern(LEAK);
		String type = answer.header("Content-Type");
		if (answer.body().contains(UNREADABLE)) {
			// Tomcat could not read the request line (raw non-ASCII or '<', or over its 8 KB limit
			// for the request head), so nobody knows which address was meant: our static page
			softly.assertThat(answer.status()).as(what).isEqualTo(400);
			softly.assertThat(type).as(what).startsWith("text/html");
		}
		else if (answer.request().matches("GET /api([/?].*)?")) {
			softly.assertThat(type).as(what).startsWith(answer.status() == 200 ? "application/json" : "application/problem+json");
		}
		else {
			softly.assertThat(type).as(what).startsWith("text/html");
			softly.assertThat(answer.body()).as(what).contains("Pain Treatment Library").contains("id=\"main\"");
		}
		return checkHeaders(answer);
	}

	/** The headers every response carries; a Content-Type naming UTF-8 wherever there is a body. */
	Raw checkHeaders(Raw answer) {
		String what = answer.request().length() > 120 ? answer.request().substring(0, 120) + "…" : answer.request();
		softly.assertThat(answer.header("Content-Security-Policy")).as(what).isNotNull().startsWith(CSP_REQUIRED)
			.doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
		softly.assertThat(answer.header("X-Content-Type-Options")).as(what).isEqualTo("nosniff");
		softly.assertThat(answer.header("Referrer-Policy")).as(what).isEqualTo("strict-origin-when-cross-origin");
		softly.assertThat(answer.header("Strict-Transport-Security")).as(what).isNull();
		softly.assertThat(answer.header("Server")).as(what).isNull();
		softly.assertThat(answer.header("X-Powered-By")).as(what).isNull();
		if (!answer.body().isEmpty()) {
			softly.assertThat(answer.header("Content-Type")).as(what).isNotNull();
			softly.assertThat(answer.header("Content-Type").toLowerCase(Locale.ROOT).replace(" ", "")).as(what)
				.contains(";charset=utf-8");
		}
		return answer;
	}

	private String anySlug() {
		return http.json("/api/articles").get("items").get(0).get("slug").asString();
	}

}
