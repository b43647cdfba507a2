package org.paintreatment.library.web.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.paintreatment.library.support.DatabaseTest;
import org.paintreatment.library.support.LibraryHttp;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Clients that declare a request body and then send it a byte at a time do not take the web
 * server's workers from readers: the library takes no request bodies, so such a request is
 * refused at once and its connection closed, never drained. The worker pool is made small here
 * so that three times as many slow clients as workers would otherwise hold every one.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "library.test.schema=slow_clients", "library.watch=false",
				"server.tomcat.threads.max=" + SlowClientsTest.WORKERS,
				"server.tomcat.threads.min-spare=" + SlowClientsTest.WORKERS })
@DatabaseTest
class SlowClientsTest {

	static final int WORKERS = 8;

	/** What a normal reader may wait at most while the slow clients are connected. */
	static final Duration PATIENCE = Duration.ofSeconds(2);

	static final int DECLARED_BODY_BYTES = 100_000;

	@LocalServerPort
	int port;

	@Autowired
	WebServerApplicationContext context;

	final List<Socket> slowClients = new ArrayList<>();

	final ScheduledExecutorService drip = Executors.newSingleThreadScheduledExecutor();

	final HttpClient client = HttpClient.newBuilder().connectTimeout(PATIENCE).build();

	@AfterEach
	void closeSlowClients() throws IOException {
		drip.shutdownNow();
		for (Socket socket : slowClients) {
			socket.close();
		}
	}

	@Test
	void readersAreAnsweredWhileThreeTimesAsManySlowClientsAsWorkersTrickleBodies() throws Exception {
		assertThat(WorkerThreadsTest.maxThreads(context)).as("the workers set for this test").isEqualTo(WORKERS);
		String article = new LibraryHttp(port).json("/api/articles").get("items").get(0).get("url").asString();
		for (int client = 0; client < 3 * WORKERS; client++) {
			slowClients.add(slowClient(client % 2 == 0 ? "GET" : "POST", client % 3 == 0 ? "/" : "/articles"));
		}
		drip.scheduleAtFixedRate(this::oneByteEach, 0, 500, TimeUnit.MILLISECONDS);
		TimeUnit.SECONDS.sleep(1);

		for (int round = 0; round < 3; round++) {
			for (String path : List.of("/", article, "/api/articles")) {
				long started = System.nanoTime();
				assertThat(getWithinPatience(path)).as("GET " + path + " with slow clients connected").isEqualTo(200);
				assertThat(Duration.ofNanos(System.nanoTime() - started)).as("GET " + path).isLessThan(PATIENCE);
			}
		}
	}

	/**
	 * Each answer comes at once, and the server closes the connection after it rather than wait
	 * for the body; requests Tomcat refuses before the application sees them included.
	 */
	@Test
	void aRequestWithABodyIsAnsweredAtOnceAndItsConnectionClosedUnread() throws IOException {
		Map<String, Integer> expected = new LinkedHashMap<>();
		expected.put("GET /articles", 413);
		expected.put("HEAD /", 413);
		expected.put("POST /articles", 405);
		expected.put("GET /WEB-INF/web.xml", 404);
		expected.put("GET /../x", 400);
		for (Map.Entry<String, Integer> request : expected.entrySet()) {
			String[] methodAndPath = request.getKey().split(" ");
			try (Socket socket = slowClient(methodAndPath[0], methodAndPath[1])) {
				socket.setSoTimeout((int) PATIENCE.toMillis());
				String answer = readToTheEnd(socket.getInputStream());

				assertThat(answer).as(request.getKey()).startsWith("HTTP/1.1 " + request.getValue() + " ");
				assertThat(answer).as(request.getKey()).containsIgnoringCase("\r\nConnection: close\r\n");
			}
		}
	}

	/** Connects and sends a request head announcing a body, and none of the body. */
	private Socket slowClient(String method, String path) throws IOException {
		Socket socket = new Socket("localhost", port);
		String head = method + " " + path + " HTTP/1.1\r\nHost: localhost:" + port + "\r\nContent-Type: text/plain\r\n"
				+ "Content-Length: " + DECLARED_BODY_BYTES + "\r\n\r\n";
		socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
		socket.getOutputStream().flush();
		return socket;
	}

	private void oneByteEach() {
		for (Socket socket : slowClients) {
			try {
				OutputStream out = socket.getOutputStream();
				out.write('x');
				out.flush();
			}
			catch (IOException ex) {
				// the server closed this one, as it should
			}
		}
	}

	private int getWithinPatience(String path) throws InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(PATIENCE).build();
		try {
			return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
		}
		catch (IOException ex) {
			return fail("GET " + path + " got no answer within " + PATIENCE + ": " + ex);
		}
	}

	/** Everything the server sends until it closes the connection; times out if it never does. */
	private static String readToTheEnd(InputStream in) throws IOException {
		return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
	}

}
