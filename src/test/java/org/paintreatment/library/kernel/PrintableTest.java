package org.paintreatment.library.kernel;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PrintableTest {

	@Test
	void ordinaryTextIsLeftAsItIs() {
		assertThat(Printable.of("Ketamine & pain – 2024 (été).md")).isEqualTo("Ketamine & pain – 2024 (été).md");
	}

	@Test
	void lineBreaksAndTabsAreShownAsEscapes() {
		assertThat(Printable.of("a.txt\nWARN forged\r\tx")).isEqualTo("a.txt\\nWARN forged\\r\\tx");
	}

	@Test
	void otherControlCharactersAreShownAsUnicodeEscapes() {
		assertThat(Printable.of("a\u0000b\u001Bc\u007Fd\u0085e\u009Bf"))
			.isEqualTo("a\\u0000b\\u001Bc\\u007Fd\\u0085e\\u009Bf");
	}

	@Test
	void lineSeparatorsAndBidiOverridesAreShownAsUnicodeEscapes() {
		assertThat(Printable.of("a\u2028b\u2029c\u202Etxt.exe\u2066d"))
			.isEqualTo("a\\u2028b\\u2029c\\u202Etxt.exe\\u2066d");
	}

	@Test
	void aBackslashIsDoubledSoThatAnEscapeCannotBeForged() {
		assertThat(Printable.of("a\\nb")).isEqualTo("a\\\\nb");
	}

	@Test
	void nullIsPrintedAsNull() {
		assertThat(Printable.of(null)).isEqualTo("null");
	}

}
