package org.paintreatment.library.support;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The benchmarks' generated library: {@code bench/Generate.java} (the generator {@code bench/run}
 * uses) writes {@code count} articles into a fresh folder, the same bytes every time; the answer
 * is its exit code.
 */
public final class BenchmarkLibrary {

	private BenchmarkLibrary() {
	}

	public static int generate(Path folder, int count) throws IOException, InterruptedException {
		TempFolders.delete(folder);
		Process generate = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"bench/Generate.java", folder.toString(), Integer.toString(count), "src/main/resources/library/taxonomy.yml")
			.inheritIO()
			.start();
		return generate.waitFor();
	}

}
