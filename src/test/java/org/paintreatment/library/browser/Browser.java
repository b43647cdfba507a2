package org.paintreatment.library.browser;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium, driven through ChromeDriver, pointed at the test server. Tests share it
 * (see {@link BrowserExtension}); {@link #reset()} puts it back to a desktop window with no
 * emulated media before each test.
 */
public final class Browser implements AutoCloseable {

	public static final Dimension DESKTOP = new Dimension(1440, 900);

	public static final Dimension PHONE = new Dimension(360, 800);

	private static final HttpClient HTTP = HttpClient.newBuilder()
		.connectTimeout(Duration.ofSeconds(10))
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	private final ChromeDriver driver;

	private final Path profile;

	private String base = "http://localhost:8080";

	private Browser(ChromeDriver driver, Path profile) {
		this.driver = driver;
		this.profile = profile;
	}

	/**
	 * Starts the system's Chromium, headless, with a fresh profile folder. The driver's and the
	 * browser's paths are given explicitly, so Selenium Manager is never asked to find or fetch
	 * either.
	 */
	static Browser start(ChromeInstallation chrome) {
		System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, chrome.chromedriver().toString());
		Path profile;
		try {
			profile = Files.createTempDirectory("library-chromium-");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(chrome.chromedriver().toFile())
			.usingAnyFreePort()
			.withLogOutput(OutputStream.nullOutputStream())
			.build();
		ChromeOptions options = new ChromeOptions();
		options.setBinary(chrome.chromium().toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--no-first-run", "--no-default-browser-check",
				"--disable-extensions", "--disable-component-update", "--disable-sync", "--hide-scrollbars",
				"--force-color-profile=srgb", "--lang=en-GB", "--window-size=" + DESKTOP.width + "," + DESKTOP.height,
				"--user-data-dir=" + profile);
		Browser browser = new Browser(new ChromeDriver(service, options), profile);
		browser.driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30)).scriptTimeout(Duration.ofSeconds(60));
		browser.reset();
		return browser;
	}

	void connect(int port) {
		this.base = "http://localhost:" + port;
	}

	/** A desktop-sized viewport, screen media, the light scheme and no cookies. */
	public void reset() {
		viewport(DESKTOP);
		emulateMedia("", null);
		this.driver.manage().deleteAllCookies();
	}

	public WebDriver driver() {
		return this.driver;
	}

	public String url(String pathAndQuery) {
		return this.base + pathAndQuery;
	}

	public Browser open(String pathAndQuery) {
		this.driver.get(url(pathAndQuery));
		return this;
	}

	/**
	 * Clicks a link or a submit button (or presses keys in a field) and waits until the browser
	 * shows the address it leads to, loaded.
	 */
	public Browser follow(Runnable action) {
		String before = this.driver.getCurrentUrl();
		action.run();
		new WebDriverWait(this.driver, Duration.ofSeconds(15)).until((driver) -> !driver.getCurrentUrl().equals(before)
				&& "complete".equals(js("return document.readyState")));
		return this;
	}

	public Browser follow(WebElement link) {
		return follow(link::click);
	}

	/** The path, query and fragment of the page now shown. */
	public String location() {
		URI uri = URI.create(this.driver.getCurrentUrl());
		return uri.getRawPath() + (uri.getRawQuery() != null ? "?" + uri.getRawQuery() : "")
				+ (uri.getRawFragment() != null ? "#" + uri.getRawFragment() : "");
	}

	public WebElement find(String css) {
		return this.driver.findElement(By.cssSelector(css));
	}

	public List<WebElement> findAll(String css) {
		return this.driver.findElements(By.cssSelector(css));
	}

	public List<String> texts(String css) {
		return findAll(css).stream().map(WebElement::getText).toList();
	}

	@SuppressWarnings("unchecked")
	public <T> T js(String script, Object... arguments) {
		return (T) ((JavascriptExecutor) this.driver).executeScript(script, arguments);
	}

	public Map<String, Object> cdp(String command, Map<String, Object> parameters) {
		return this.driver.executeCdpCommand(command, parameters);
	}

	/** Sets the size of the page's viewport (CSS pixels, device scale 1); narrow ones act as a phone. */
	public void viewport(Dimension size) {
		cdp("Emulation.setDeviceMetricsOverride", Map.of("width", size.width, "height", size.height,
				"deviceScaleFactor", 1, "mobile", size.width < 600));
	}

	/** Emulates a CSS media type ("print", "screen" or "" for none) and a colour scheme (or null). */
	public void emulateMedia(String media, String colorScheme) {
		List<Map<String, String>> features = (colorScheme != null)
				? List.of(Map.of("name", "prefers-color-scheme", "value", colorScheme)) : List.of();
		cdp("Emulation.setEmulatedMedia", Map.of("media", media, "features", features));
	}

	public void press(CharSequence... keys) {
		new Actions(this.driver).sendKeys(keys).perform();
	}

	public void pressTab() {
		press(Keys.TAB);
	}

	public WebElement focused() {
		return this.driver.switchTo().activeElement();
	}

	public byte[] screenshot() {
		return this.driver.getScreenshotAs(OutputType.BYTES);
	}

	/** The HTTP status of a GET, asked with java.net.http rather than the browser, which does not tell. */
	public int status(String pathAndQuery) {
		HttpRequest request = HttpRequest.newBuilder(URI.create(url(pathAndQuery)))
			.timeout(Duration.ofSeconds(20))
			.GET()
			.build();
		try {
			return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public void close() {
		try {
			this.driver.quit();
		}
		finally {
			deleteProfile();
		}
	}

	private void deleteProfile() {
		try (Stream<Path> paths = Files.walk(this.profile)) {
			paths.sorted(Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
		}
		catch (IOException ex) {
			// a temporary folder: the system cleans it up if we cannot
		}
	}

}
