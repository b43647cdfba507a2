package org.paintreatment.library.browser;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Runs a browser test class only where Chromium and ChromeDriver are installed, hands its tests
 * the one {@link Browser} of the whole test run, and resets that browser before each test.
 * <p>
 * Without them the classes are skipped with one message saying how to install them, unless the
 * environment variable {@code CI} is {@code true} (or the system property
 * {@value #REQUIRED_PROPERTY} is set, as the screenshots profile does): then a missing browser
 * fails the run.
 */
final class BrowserExtension implements ExecutionCondition, BeforeEachCallback, ParameterResolver {

	static final String REQUIRED_PROPERTY = "library.browser.required";

	private static final Logger logger = LoggerFactory.getLogger(BrowserExtension.class);

	private static final Namespace NAMESPACE = Namespace.create(BrowserExtension.class);

	private static final AtomicBoolean told = new AtomicBoolean();

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		Optional<ChromeInstallation> chrome = ChromeInstallation.find();
		ConditionEvaluationResult result = decide(chrome, chrome.isEmpty() ? ChromeInstallation.missing() : "", required());
		if (result.isDisabled() && told.compareAndSet(false, true)) {
			logger.warn(result.getReason().orElseThrow());
		}
		return result;
	}

	/**
	 * Runs the tests with a browser; without one, skips them, or fails if they are required.
	 * @param missing what was not found, for the message
	 */
	static ConditionEvaluationResult decide(Optional<ChromeInstallation> chrome, String missing, boolean required) {
		if (chrome.isPresent()) {
			return ConditionEvaluationResult.enabled("browser tests run with " + chrome.get().chromium() + " and "
					+ chrome.get().chromedriver());
		}
		if (required) {
			throw new IllegalStateException("The browser tests need " + missing + ", which was not found in /usr/bin "
					+ "or on the PATH, and they may not be skipped here (CI=true, or the screenshots profile). Install them with: "
					+ ChromeInstallation.INSTALL_HINT);
		}
		return ConditionEvaluationResult.disabled("Browser tests skipped: " + missing + " not found in /usr/bin or on "
				+ "the PATH. To run them, install Chromium and its driver: " + ChromeInstallation.INSTALL_HINT);
	}

	private static boolean required() {
		return "true".equalsIgnoreCase(System.getenv("CI")) || Boolean.getBoolean(REQUIRED_PROPERTY);
	}

	@Override
	public void beforeEach(ExtensionContext context) {
		Browser browser = browser(context);
		Integer port = SpringExtension.getApplicationContext(context)
			.getEnvironment()
			.getRequiredProperty("local.server.port", Integer.class);
		browser.connect(port);
		browser.reset();
	}

	@Override
	public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
		return parameter.getParameter().getType() == Browser.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
		return browser(context);
	}

	/** One browser for the whole run, closed (with its profile folder) when the run ends. */
	private static Browser browser(ExtensionContext context) {
		return context.getRoot()
			.getStore(NAMESPACE)
			.computeIfAbsent(Browser.class, (key) -> Browser.start(ChromeInstallation.find().orElseThrow()),
					Browser.class);
	}

}
