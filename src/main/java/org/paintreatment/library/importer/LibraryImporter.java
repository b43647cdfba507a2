package org.paintreatment.library.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.paintreatment.library.article.ImportState;
import org.paintreatment.library.importer.ImportReport.FileWarning;
import org.paintreatment.library.importer.ImportReport.SkippedFile;
import org.paintreatment.library.kernel.LibraryChangedEvent;
import org.paintreatment.library.kernel.Printable;
import org.paintreatment.library.taxonomy.Taxonomy;
import org.paintreatment.library.taxonomy.store.TaxonomyStore;
import org.paintreatment.library.taxonomy.store.TaxonomyStore.TermIds;
import org.paintreatment.library.text.ArticleDraft;
import org.paintreatment.library.text.ArticleFile;
import org.paintreatment.library.text.ArticlePipeline;
import org.paintreatment.library.text.BadArticleException;
import org.paintreatment.library.text.Catalog;
import org.paintreatment.library.text.Deadline;
import org.paintreatment.library.text.EditorialFields;
import org.paintreatment.library.text.SeedFolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Imports every article file of the seeds folder: new and changed files are processed on
 * worker threads and stored a window at a time, unchanged ones are left alone, a bad file is
 * skipped with one WARN line, and articles whose files are gone are removed.
 */
@Service
public class LibraryImporter {

	private static final Logger log = LoggerFactory.getLogger(LibraryImporter.class);

	/** How long past the render limit to wait for a worker before giving up on it. */
	static final long GRACE_MILLIS = 3000;

	private final LibraryProperties properties;

	private final ArticlePipeline pipeline;

	private final Taxonomy taxonomy;

	private final TaxonomyStore taxonomyStore;

	private final ArticleStore store;

	private final ApplicationEventPublisher events;

	private final ImportLock importLock;

	private final ImportHistory history;

	/** Files skipped before, by name: the same bytes under the same rules are not processed again. */
	private final Map<String, KnownBad> knownBad = new HashMap<>();

	private record KnownBad(String hash, String fingerprint, String reason) {
	}

	LibraryImporter(LibraryProperties properties, ArticlePipeline pipeline, Taxonomy taxonomy,
			TaxonomyStore taxonomyStore, ArticleStore store, ApplicationEventPublisher events, ImportLock importLock,
			ImportHistory history) {
		this.history = history;
		this.importLock = importLock;
		this.events = events;
		this.properties = properties;
		this.pipeline = pipeline;
		this.taxonomy = taxonomy;
		this.taxonomyStore = taxonomyStore;
		this.store = store;
	}

	/**
	 * Files read and processed at once, and stored in one transaction: enough to keep every core
	 * busy and to make transactions few, few enough to bound memory.
	 */
	static final int WINDOW = 64;

	/** Imports the seeds folder; another instance importing into the same database is waited for. */
	public synchronized ImportReport importAll() {
		return importLock.whileHolding(this::importHoldingTheLock);
	}

	private ImportReport importHoldingTheLock() {
		Run run = new Run(Instant.now());
		TermIds terms = taxonomyStore.sync(taxonomy);
		SeedFolder seeds = new SeedFolder(properties.seedsDir());
		Catalog catalog = Catalog.load(seeds);
		for (String problem : catalog.problems()) {
			log.warn("Catalog: {}", Printable.of(problem));
			run.warnings.add(new FileWarning(Catalog.FILE_NAME, problem));
		}
		Optional<List<Path>> listed = articleFiles(seeds, run);
		if (listed.isEmpty()) {
			ImportReport report = run.finish();
			history.remember(report);
		events.publishEvent(new LibraryChangedEvent(LibraryChangedEvent.Origin.IMPORT));
			return report;
		}
		List<Path> files = listed.get();
		Set<String> present = new HashSet<>();
		files.forEach(file -> present.add(file.getFileName().toString()));
		knownBad.keySet().retainAll(present);
		// Gone first, so that a renamed file keeps its slug; then the files that have an article,
		// so that of two files with the same content, the one added later is the one skipped.
		run.removed.addAll(DeadlockRetry.run(() -> store.removeAllExcept(present)));
		run.removed.forEach(file -> log.info("Removed the article of {}: {}", Printable.of(file),
				Printable.of(run.skipReason(file).orElse("its file is gone"))));
		Stored stored = new Stored(store.importStates(), store.fileStamps());
		files.sort(Comparator.comparing((Path file) -> !stored.states().containsKey(file.getFileName().toString()))
			.thenComparing(Comparator.naturalOrder()));
		Map<String, String> fileByHash = new HashMap<>();
		try (ImportWorkers workers = ImportWorkers.perCore()) {
			// The workers process the next window while this thread stores the last one.
			List<Pending> previous = List.of();
			for (int from = 0; from < files.size(); from += WINDOW) {
				List<Pending> pending = new ArrayList<>();
				for (Path path : files.subList(from, Math.min(files.size(), from + WINDOW))) {
					start(path, catalog, stored, fileByHash, workers, run).ifPresent(pending::add);
				}
				finish(previous, terms, workers, run);
				previous = pending;
			}
			finish(previous, terms, workers, run);
		}
		stamp(run.restamped);
		ImportReport report = run.finish();
		logSummary(report, terms);
		history.remember(report);
		events.publishEvent(new LibraryChangedEvent(LibraryChangedEvent.Origin.IMPORT));
		return report;
	}

	/** A file handed to a worker, and the result to come; {@code stamp} is null when it could not be read. */
	private record Pending(String name, String hash, String fingerprint, boolean stored, Future<ArticleDraft> draft,
			FileStamp stamp) {
	}

	/** What is stored of the imported files, by file name: their state, and the stamps that vouch for it. */
	private record Stored(Map<String, ImportState> states, Map<String, FileStamp> stamps) {
	}

	/**
	 * Reads a file and, unless it is unchanged or unusable, starts processing it on a worker. A
	 * stored file whose size and time of change are those stamped when it was last read, under the
	 * same rules, is unchanged without being read. The stamp is read before the bytes, so that a
	 * change in between leaves a stamp older than the bytes stored, which the next import reads again.
	 */
	private Optional<Pending> start(Path path, Catalog catalog, Stored stored, Map<String, String> fileByHash,
			ImportWorkers workers, Run run) {
		String name = path.getFileName().toString();
		try {
			EditorialFields entry = catalog.entryFor(name);
			String fingerprint = run.fingerprints.computeIfAbsent(entry, pipeline::rulesFingerprint);
			ImportState state = stored.states().get(name);
			FileStamp stamp = FileStamp.read(path, Instant.now()).orElse(null);
			if (state != null && stamp != null && stamp.sameAs(stored.stamps().get(name))
					&& state.rulesFingerprint().equals(fingerprint)) {
				notTwice(state.contentHash(), name, fileByHash);
				run.unchanged.add(name);
				return Optional.empty();
			}
			ArticleFile file = new ArticleFile(name, read(path));
			run.hashed.add(name);
			String hash = file.sha256();
			notTwice(hash, name, fileByHash);
			if (state != null && state.matches(hash, fingerprint)) {
				run.unchanged.add(name);
				if (stamp != null && !stamp.sameAs(stored.stamps().get(name))) {
					run.restamped.put(name, stamp);
				}
				return Optional.empty();
			}
			KnownBad bad = knownBad.get(name);
			if (bad != null && bad.hash().equals(hash) && bad.fingerprint().equals(fingerprint)) {
				throw new BadArticleException(bad.reason());
			}
			long millis = properties.maxRenderMillis();
			Future<ArticleDraft> draft = workers.submit(() -> pipeline.process(file, entry, Deadline.inMillis(millis)));
			return Optional.of(new Pending(name, hash, fingerprint, state != null, draft, stamp));
		}
		catch (BadArticleException ex) {
			run.skip(name, ex.getMessage());
			return Optional.empty();
		}
	}

	/** Of two files with the same content, the second one met is skipped. */
	private static void notTwice(String hash, String name, Map<String, String> fileByHash) throws BadArticleException {
		String twin = fileByHash.putIfAbsent(hash, name);
		if (twin != null) {
			throw new BadArticleException("same content as " + twin + ", which is imported already");
		}
	}

	/**
	 * Waits for a window's files and stores their articles in one transaction; if that fails,
	 * stores them again one by one, each in a transaction of its own, so that a file that cannot
	 * be stored loses nothing else.
	 */
	private void finish(List<Pending> window, TermIds terms, ImportWorkers workers, Run run) {
		List<Pending> processed = new ArrayList<>();
		List<ArticleDraft> drafts = new ArrayList<>();
		for (Pending job : window) {
			ArticleDraft draft = await(job, run);
			if (draft != null && !draft.warnings().isEmpty()) {
				String fields = String.join("; ", draft.warnings());
				log.warn("Imported {} without some fields: {}", Printable.of(job.name()), Printable.of(fields));
				run.warnings.add(new FileWarning(job.name(), "imported without some fields: " + fields));
			}
			if (draft != null) {
				processed.add(job);
				drafts.add(draft);
			}
		}
		if (drafts.isEmpty()) {
			return;
		}
		List<ArticleStore.Saved> saved;
		try {
			boolean someStored = processed.stream().anyMatch(Pending::stored);
			saved = workers.onACore(() -> store.saveAll(drafts, someStored, terms));
		}
		catch (RuntimeException ex) {
			log.debug("Storing {} articles together failed; storing them one by one", drafts.size(), ex);
			for (int index = 0; index < drafts.size(); index++) {
				storeAlone(processed.get(index), drafts.get(index), terms, run);
			}
			stamp(processed, run);
			return;
		}
		for (int index = 0; index < drafts.size(); index++) {
			tally(processed.get(index), drafts.get(index), saved.get(index), run);
		}
		stamp(processed, run);
	}

	/**
	 * Stamps the files of the articles just stored; the articles are committed first, so that a
	 * stamp never vouches for bytes that are not stored.
	 */
	private void stamp(List<Pending> stored, Run run) {
		Map<String, FileStamp> stamps = new HashMap<>();
		for (Pending job : stored) {
			if (job.stamp() != null && run.isStored(job.name())) {
				stamps.put(job.name(), job.stamp());
			}
		}
		stamp(stamps);
	}

	/** Stores the stamps; if that fails, only the stamps are lost: the files are read again next time. */
	private void stamp(Map<String, FileStamp> stamps) {
		if (stamps.isEmpty()) {
			return;
		}
		try {
			store.stamp(stamps);
		}
		catch (RuntimeException ex) {
			log.warn("Could not store the size and time of {} file(s) ({}): they will be read again at the next import",
					stamps.size(), ex.getClass().getSimpleName());
		}
	}

	/** Waits for a file's processing: its draft, or null when the file was skipped. */
	private ArticleDraft await(Pending job, Run run) {
		try {
			return job.draft().get(properties.maxRenderMillis() + GRACE_MILLIS, TimeUnit.MILLISECONDS);
		}
		catch (ExecutionException ex) {
			rememberBad(job, ex.getCause() instanceof BadArticleException bad ? bad.getMessage()
					: "could not be processed (" + ex.getCause().getClass().getSimpleName() + ")", run);
		}
		catch (TimeoutException ex) {
			job.draft().cancel(true);
			rememberBad(job, "took longer than " + properties.maxRenderMillis() + " ms to process", run);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			run.skip(job.name(), "import interrupted");
		}
		return null;
	}

	/** Stores one article in a transaction of its own. */
	private void storeAlone(Pending job, ArticleDraft draft, TermIds terms, Run run) {
		try {
			tally(job, draft, store.save(draft, terms), run);
		}
		catch (RuntimeException ex) {
			log.debug("Storing {} failed", Printable.of(job.name()), ex);
			run.skip(job.name(), "could not be stored (" + ex.getClass().getSimpleName() + ")");
		}
	}

	private static void tally(Pending job, ArticleDraft draft, ArticleStore.Saved saved, Run run) {
		if (saved.clashWith() != null) {
			String file = Printable.of(job.name());
			log.warn("{} and {} both want the slug '{}'; {} gets '{}'", Printable.of(saved.clashWith()), file, draft.slug(),
					file, saved.slug());
		}
		(saved.outcome() == ArticleStore.Outcome.NEW ? run.imported : run.updated).add(job.name());
	}

	private void rememberBad(Pending job, String reason, Run run) {
		knownBad.put(job.name(), new KnownBad(job.hash(), job.fingerprint(), reason));
		run.skip(job.name(), reason);
	}

	/** The bytes of a listed file; one deleted since the listing is skipped as such. */
	byte[] read(Path path) throws BadArticleException {
		return SeedFolder.read(path, properties.maxArticleBytes().toBytes());
	}

	/**
	 * The article files in name order, those that are not regular files of the folder skipped;
	 * empty when the folder cannot be listed, so that a missing or unreadable folder (an
	 * unmounted volume) never removes the stored articles.
	 */
	private static Optional<List<Path>> articleFiles(SeedFolder seeds, Run run) {
		Path folder = seeds.path();
		if (!Files.isDirectory(folder)) {
			log.warn("The seeds folder {} does not exist: nothing imported, nothing removed", folder.toAbsolutePath());
			return Optional.empty();
		}
		List<Path> files = new ArrayList<>();
		try {
			for (Path entry : seeds.list(ArticleFile::isArticleName)) {
				seeds.refusal(entry).ifPresentOrElse(reason -> run.skip(entry.getFileName().toString(), reason),
						() -> files.add(entry));
			}
		}
		catch (IOException ex) {
			log.warn("Cannot list the seeds folder {} ({}): nothing imported, nothing removed", folder.toAbsolutePath(),
					ex.getMessage());
			return Optional.empty();
		}
		return Optional.of(files);
	}

	private void logSummary(ImportReport report, TermIds terms) {
		log.info("Imported {} article(s) ({} new, {} updated, {} unchanged, {} removed; {} files read and hashed), "
				+ "skipped {}; {} treatments, {} mechanisms, {} caveats in {} ms",
				report.imported().size() + report.updated().size() + report.unchanged().size(), report.imported().size(),
				report.updated().size(), report.unchanged().size(), report.removed().size(), report.hashed().size(),
				report.skipped().size(),
				terms.treatments().size(), terms.mechanisms().size(), terms.caveats().size(),
				report.finishedAt().toEpochMilli() - report.startedAt().toEpochMilli());
	}

	/** The tallies of one run, as it goes. */
	private static final class Run {

		final Instant startedAt;

		final List<String> imported = new ArrayList<>();

		final List<String> updated = new ArrayList<>();

		final List<String> unchanged = new ArrayList<>();

		final List<String> removed = new ArrayList<>();

		/** The files read and hashed. */
		final List<String> hashed = new ArrayList<>();

		/** The rules fingerprint of each catalog entry met: most files share the empty entry. */
		final Map<EditorialFields, String> fingerprints = new HashMap<>();

		/** Unchanged files whose stamp changed (touched, copied back): the new stamp, by file name. */
		final Map<String, FileStamp> restamped = new HashMap<>();

		final List<SkippedFile> skipped = new ArrayList<>();

		/** Files used without something they had (a field, a catalog entry), each also one WARN line. */
		final List<FileWarning> warnings = new ArrayList<>();

		Run(Instant startedAt) {
			this.startedAt = startedAt;
		}

		void skip(String file, String reason) {
			log.warn("Skipped {}: {}", Printable.of(file), Printable.of(reason));
			skipped.add(new SkippedFile(file, reason));
		}

		/** Why the file was skipped in this run, if it was. */
		Optional<String> skipReason(String file) {
			return skipped.stream().filter(skip -> skip.file().equals(file)).map(SkippedFile::reason).findFirst();
		}

		/** Whether the file's article was stored in this run. */
		boolean isStored(String file) {
			return skipReason(file).isEmpty();
		}

		ImportReport finish() {
			return new ImportReport(startedAt, Instant.now(), imported, updated, unchanged, removed, skipped,
					warnings, hashed);
		}

	}

}
