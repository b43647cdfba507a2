package org.paintreatment.library.web.system;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.Test;
import org.paintreatment.library.support.LibraryHttp;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.expression.spel.standard.SpelCompiler;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The templates' expressions are compiled once each. Thymeleaf keeps one compiled expression per
 * expression text, shared by every template; when the same text meets objects of another class
 * (a loop variable of the same name over other things, a model attribute of the same name on
 * another page), the compiled code fails, Spring falls back to interpreting it and compiles it
 * again a hundred evaluations later, under a lock every request waits on: searches fell from 160
 * to 27 a second under load. Each page kind is rendered more than twice the hundred evaluations
 * after which an expression is compiled, in turn, with the page cache and stored pages off.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "library.test.schema=expression_compilation", "library.watch=false",
				"library.stored-pages=false", "library.page-cache.max-bytes=0" })
class ExpressionCompilationTest {

	/** Spring's limit: an expression is compiled after this many interpreted evaluations. */
	static final int COMPILED_AFTER = 100;

	@LocalServerPort
	int port;

	@Test
	void everyExpressionOfEveryPageIsCompiledAtMostOnce() {
		LibraryHttp http = new LibraryHttp(port);
		List<String> pages = new ArrayList<>(ReaderPagesTest.PAGES);
		String slug = http.json("/api/articles").get("items").get(0).get("slug").asString();
		pages.addAll(List.of("/articles?q=pain", "/articles?q=ketamin", "/articles?q=zzzz", "/about/quality",
				"/articles/" + slug, "/library/import", "/articles?treatment=ketamine&meets=sources"));

		Logger compiler = (Logger) LoggerFactory.getLogger(SpelCompiler.class);
		ListAppender<ILoggingEvent> log = new ListAppender<>() {

			@Override
			protected void append(ILoggingEvent event) {
				event.prepareForDeferredProcessing(); // the server thread's name, taken now
				super.append(event);
			}

		};
		log.start();
		Level level = compiler.getLevel();
		compiler.addAppender(log);
		compiler.setAdditive(false);
		compiler.setLevel(Level.DEBUG);
		try {
			// one reader: two readers may both compile an expression the first time, harmlessly
			for (int round = 0; round < 2 * COMPILED_AFTER + 10; round++) {
				for (String page : pages) {
					assertThat(http.get(page).statusCode()).as(page).isEqualTo(200);
				}
			}
		}
		finally {
			compiler.setLevel(level);
			compiler.setAdditive(true);
			compiler.detachAppender(log);
		}

		// by server: the logger is the JVM's, and other test contexts' servers may compile their own
		Map<String, Long> compiled = log.list.stream()
			.filter(event -> event.getFormattedMessage().startsWith("SpEL: compiling "))
			// a literal reads no object, so its compiled form cannot fail on one (seen compiled twice
			// in a whole test run, harmlessly)
			.filter(event -> !event.getFormattedMessage().equals("SpEL: compiling null"))
			.filter(event -> event.getThreadName().matches(".*-exec-\\d+"))
			.map(event -> event.getThreadName().replaceFirst("-exec-\\d+$", "") + ": " + event.getFormattedMessage())
			.collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
		assertThat(compiled).isNotEmpty();
		assertThat(compiled).allSatisfy((expression, times) -> assertThat(times).as(expression).isOne());
	}

}
