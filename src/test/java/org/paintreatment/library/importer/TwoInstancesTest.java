package org.paintreatment.library.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.paintreatment.library.LibraryApplication;
import org.paintreatment.library.article.ArticleRepository;
import org.paintreatment.library.article.ReadModel;
import org.paintreatment.library.search.SearchService;
import org.paintreatment.library.support.DatabaseTest;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of the application on one database, as behind a load balancer.
 */
@DatabaseTest
@ExtendWith(OutputCaptureExtension.class)
class TwoInstancesTest {

	final List<ConfigurableApplicationContext> instances = new ArrayList<>();

	@AfterEach
	void stopInstances() {
		instances.forEach(ConfigurableApplicationContext::close);
	}

	@Test
	void twoInstancesStartedTogetherImportTheSeedsExactlyOnce(CapturedOutput output) throws Exception {
		Path seeds = copyOfTheSeeds();
		ExecutorService starter = Executors.newFixedThreadPool(2);
		List<Future<ConfigurableApplicationContext>> started = List.of(starter.submit(() -> start(seeds, "two_at_once")),
				starter.submit(() -> start(seeds, "two_at_once")));
		for (Future<ConfigurableApplicationContext> instance : started) {
			instances.add(instance.get(120, TimeUnit.SECONDS));
		}
		starter.shutdown();

		long seedCount = Files.list(seeds).filter(file -> file.toString().endsWith(".txt")).count();
		assertThat(instances.get(0).getBean(ArticleRepository.class).count()).isEqualTo(seedCount);
		for (ConfigurableApplicationContext instance : instances) {
			assertThat(instance.getBean(ReadModel.class).current().articles()).hasSize((int) seedCount);
		}
		assertThat(output.getAll()).doesNotContainIgnoringCase("constraint").doesNotContain("Skipped").doesNotContain(" ERROR ");
	}

	@Test
	void anArticleReimportedByOneInstanceIsServedChangedByTheOther() throws Exception {
		Path seeds = copyOfTheSeeds();
		instances.add(start(seeds, "shared_changes"));
		instances.add(start(seeds, "shared_changes"));
		Path file = Files.list(seeds).filter(path -> path.toString().endsWith(".txt")).sorted().findFirst().orElseThrow();
		Files.writeString(file, "Acupuncture, changed\nZanzibarite needles are new here.\n" + Files.readString(file),
				StandardCharsets.UTF_8);

		instances.get(0).getBean(LibraryImporter.class).importAll();

		ReadModel other = instances.get(1).getBean(ReadModel.class);
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
		while (other.current().articles().stream().noneMatch(article -> article.title().equals("Acupuncture, changed"))) {
			assertThat(System.nanoTime()).as("the other instance noticed the change").isLessThan(deadline);
			TimeUnit.MILLISECONDS.sleep(100);
		}
		assertThat(instances.get(1).getBean(SearchService.class).search("zanzibarite").ids()).hasSize(1);
	}

	/** An instance on the shared schema, with a search index folder of its own (see TestSchemas). */
	private static ConfigurableApplicationContext start(Path seeds, String schema) {
		return new SpringApplicationBuilder(LibraryApplication.class).web(WebApplicationType.NONE)
			.run("--library.test.schema=" + schema, "--library.seeds-dir=" + seeds, "--library.watch=false",
					"--library.poll-changes=true", "--library.poll-millis=200", "--spring.jmx.enabled=false",
					"--spring.main.banner-mode=off");
	}

	private static Path copyOfTheSeeds() throws IOException {
		Path copy = Files.createTempDirectory("two-instances-seeds");
		try (var files = Files.list(Path.of("seeds"))) {
			for (Path file : files.filter(path -> path.toString().endsWith(".txt")).toList()) {
				Files.copy(file, copy.resolve(file.getFileName()));
			}
		}
		return copy;
	}

}
