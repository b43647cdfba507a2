package org.paintreatment.library.kernel;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.FileSystemResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RuleFileTest {

	@Test
	void readsAFileOutsideTheApplicationAndOneInside(@TempDir Path folder) throws IOException {
		Files.writeString(folder.resolve("synonyms.txt"), "kratom, kétum\n");

		assertThat(RuleFile.text(new FileSystemResource(folder.resolve("synonyms.txt")))).isEqualTo("kratom, kétum\n");
		assertThat(RuleFile.text(new ClassPathResource("library/taxonomy.yml"))).contains("treatments:");
	}

	@Test
	void aMissingFileStopsWithItsName(@TempDir Path folder) {
		assertThatThrownBy(() -> RuleFile.bytes(new FileSystemResource(folder.resolve("taxonomy.yml"))))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("is missing")
			.hasMessageContaining("taxonomy.yml");
	}

}
