package org.paintreatment.library.browser;

import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * When the browser tests run, are skipped, or fail for want of a browser. No browser is started.
 */
class BrowserSkipRuleTest {

	@Test
	void withChromiumAndItsDriverTheBrowserTestsRun() {
		ChromeInstallation chrome = new ChromeInstallation(Path.of("/usr/bin/chromium"), Path.of("/usr/bin/chromedriver"));

		assertThat(BrowserExtension.decide(Optional.of(chrome), "", false).isDisabled()).isFalse();
		assertThat(BrowserExtension.decide(Optional.of(chrome), "", true).isDisabled()).isFalse();
	}

	@Test
	void withoutThemTheyAreSkippedWithAMessageSayingHowToInstallThem() {
		ConditionEvaluationResult result = BrowserExtension.decide(Optional.empty(), "chromium and chromedriver", false);

		assertThat(result.isDisabled()).isTrue();
		assertThat(result.getReason()).hasValueSatisfying(
				(reason) -> assertThat(reason).startsWith("Browser tests skipped: chromium and chromedriver not found").contains("apt-get install chromium chromium-driver"));
	}

	@Test
	void withoutThemOnCiTheRunFails() {
		assertThatIllegalStateException().isThrownBy(() -> BrowserExtension.decide(Optional.empty(), "chromedriver", true))
			.withMessageContaining("need chromedriver")
			.withMessageContaining("CI=true")
			.withMessageContaining("apt-get install chromium chromium-driver");
	}

}
