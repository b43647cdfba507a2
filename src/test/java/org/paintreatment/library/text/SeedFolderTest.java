package org.paintreatment.library.text;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class SeedFolderTest {

	@TempDir
	Path folder;

	@Test
	void fileOfExactlyTheLimitIsReadWhole() throws Exception {
		Path file = Files.write(folder.resolve("a.txt"), new byte[100]);

		assertThat(SeedFolder.read(file, 100)).hasSize(100);
	}

	@Test
	void fileOneByteOverTheLimitIsRefused() throws Exception {
		Path file = Files.write(folder.resolve("a.txt"), new byte[101]);

		assertThatExceptionOfType(BadArticleException.class).isThrownBy(() -> SeedFolder.read(file, 100))
			.withMessage("larger than 100 bytes (101 bytes)");
	}

	@Test
	void folderAndLinkAreRefusedAndARegularFileIsNot() throws Exception {
		Path file = Files.writeString(folder.resolve("a.txt"), "Text.");
		Path subfolder = Files.createDirectory(folder.resolve("b.md"));
		Path link = Files.createSymbolicLink(folder.resolve("c.txt"), file);
		SeedFolder seeds = new SeedFolder(folder);

		assertThat(seeds.refusal(file)).isEmpty();
		assertThat(seeds.refusal(subfolder)).contains(SeedFolder.FOLDER);
		assertThat(seeds.refusal(link)).contains(SeedFolder.LINK);
		assertThat(seeds.refusal(folder.resolve("gone.txt"))).isEmpty();
		assertThatExceptionOfType(BadArticleException.class).isThrownBy(() -> SeedFolder.read(link, 100))
			.withMessage(SeedFolder.LINK);
	}

	@Test
	void listingIsTheWantedEntriesInNameOrder() throws Exception {
		for (String name : new String[] { "c.txt", "a.md", "b.pdf", "b.txt" }) {
			Files.writeString(folder.resolve(name), "Text.");
		}

		assertThat(new SeedFolder(folder).list(ArticleFile::isArticleName)).extracting(path -> path.getFileName().toString())
			.containsExactly("a.md", "b.txt", "c.txt");
	}

}
