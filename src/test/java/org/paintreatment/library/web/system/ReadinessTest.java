package org.paintreatment.library.web.system;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.paintreatment.library.LibraryApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An instance reports itself ready only once its start-up import has finished, so a load
 * balancer never sends readers to an empty library.
 */
class ReadinessTest {

	@Test
	void readinessTurnsUpOnlyAfterTheImport() throws Exception {
		Path seeds = Files.createTempDirectory("slow-seeds");
		Files.writeString(seeds.resolve("slow.md"), "[a](".repeat(40_000));
		Files.writeString(seeds.resolve("good.txt"), "Ketamine and pain\nKetamine blocks NMDA receptors. Ketamine helps.\n");
		int port = freePort();
		CompletableFuture<ConfigurableApplicationContext> app = CompletableFuture
			.supplyAsync(() -> new SpringApplicationBuilder(LibraryApplication.class).run("--server.port=" + port,
					"--library.seeds-dir=" + seeds, "--library.watch=false", "--library.max-render-millis=3000",
					"--library.test.schema=readiness", "--spring.jmx.enabled=false"));
		try {
			int firstAnswer = awaitFirstReadinessAnswer(port, app);
			ConfigurableApplicationContext context = app.get(60, TimeUnit.SECONDS);

			assertThat(firstAnswer).as("readiness while importing").isEqualTo(503);
			assertThat(readiness(port)).isEqualTo(200);
			context.close();
		}
		finally {
			app.thenAccept(ConfigurableApplicationContext::close);
		}
	}

	/** Polls until the server answers at all; the import of the slow file is still running then. */
	private static int awaitFirstReadinessAnswer(int port, CompletableFuture<?> app) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
		while (System.nanoTime() < deadline && !app.isDone()) {
			int status = readiness(port);
			if (status > 0) {
				return status;
			}
			TimeUnit.MILLISECONDS.sleep(50);
		}
		throw new AssertionError("the server never answered while importing");
	}

	private static int readiness(int port) throws InterruptedException {
		try {
			return HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness")).build(),
						HttpResponse.BodyHandlers.discarding())
				.statusCode();
		}
		catch (IOException ex) {
			return 0;
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
