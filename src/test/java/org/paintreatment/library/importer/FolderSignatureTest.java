package org.paintreatment.library.importer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paintreatment.library.text.Catalog;

import static org.assertj.core.api.Assertions.assertThat;

class FolderSignatureTest {

	@TempDir
	Path folder;

	private FolderSignature signature() {
		return FolderSignature.of(folder).orElseThrow();
	}

	@Test
	void anAddedChangedRenamedOrDeletedArticleFileChangesIt() throws Exception {
		FolderSignature empty = signature();
		Files.writeString(folder.resolve("a.txt"), "Kratom.");
		FolderSignature added = signature();
		Files.writeString(folder.resolve("a.txt"), "Kratom, longer.");
		FolderSignature changed = signature();
		Files.move(folder.resolve("a.txt"), folder.resolve("b.md"));
		FolderSignature renamed = signature();
		Files.delete(folder.resolve("b.md"));

		assertThat(added).isNotEqualTo(empty);
		assertThat(changed).isNotEqualTo(added);
		assertThat(renamed).isNotEqualTo(changed);
		assertThat(signature()).isEqualTo(empty);
	}

	@Test
	void aFileReplacedByOneOfTheSameSizeAndTimeChangesIt() throws Exception {
		FileTime time = FileTime.from(Instant.parse("2025-01-01T00:00:00Z"));
		Files.setLastModifiedTime(Files.writeString(folder.resolve("a.txt"), "Kratom."), time);
		FolderSignature before = signature();
		Path copy = Files.setLastModifiedTime(Files.writeString(folder.resolve("a.txt.part"), "Ketamn."), time);
		Files.move(copy, folder.resolve("a.txt"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);

		assertThat(signature()).isNotEqualTo(before);
	}

	@Test
	void theCatalogCountsAndOtherFilesDoNot() throws Exception {
		FolderSignature empty = signature();
		Files.writeString(folder.resolve("notes.pdf"), "not an article");
		Files.createDirectory(folder.resolve("images"));

		assertThat(signature()).isEqualTo(empty);
		Files.writeString(folder.resolve(Catalog.FILE_NAME), "a.txt:\n  title: A\n");
		assertThat(signature()).isNotEqualTo(empty);
	}

	@Test
	void aMissingFolderHasNone() {
		assertThat(FolderSignature.of(folder.resolve("missing"))).isEmpty();
	}

}
