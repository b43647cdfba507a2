package org.paintreatment.library.web.system;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HostNamesTest {

	final HostNames names = new HostNames(List.of("localhost", "127.0.0.1", "[::1]", "Library.Example.org "));

	@Test
	void trustedNamesMatchWholeAndInAnyCase() {
		assertThat(List.of("localhost", "LocalHost", "127.0.0.1", "[::1]", "library.example.org")).allMatch(names::trusts);
		assertThat(List.of("evil.example", "localhost.evil.example", "evil-localhost", "127.0.0.2", "::1", "", "localhost."))
			.noneMatch(names::trusts);
		assertThat(names.trusts(null)).isFalse();
	}

	@Test
	void aRefusedNameIsNewOnceWhateverItsCase() {
		assertThat(names.isNewRefusal("evil.example")).isTrue();
		assertThat(names.isNewRefusal("evil.example")).isFalse();
		assertThat(names.isNewRefusal("EVIL.example")).isFalse();
		assertThat(names.isNewRefusal("other.example")).isTrue();
	}

	@Test
	void onlySoManyRefusedNamesAreRemembered() {
		long remembered = IntStream.range(0, 10 * HostNames.REMEMBERED)
			.filter(name -> names.isNewRefusal("name-" + name + ".example"))
			.count();

		assertThat(remembered).isEqualTo(HostNames.REMEMBERED);
		assertThat(names.isNewRefusal("name-0.example")).isFalse();
		assertThat(names.isNewRefusal("one-more.example")).isFalse();
	}

	@Test
	void aLongNameIsShownCut() {
		assertThat(HostNames.shown("A".repeat(1000))).hasSize(HostNames.LONGEST + 1).startsWith("aaa").endsWith("…");
	}

}
