package org.paintreatment.library.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexWriterConfig.OpenMode;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.Bits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * The Lucene index of the articles in {@code library.index-dir}: one writer for the application's
 * life, and searchers that always see the last commit. Created empty when missing; an index that
 * cannot be read, or of another {@linkplain LibraryAnalyzers#FORMAT format}, is started afresh.
 * {@link SearchIndexer} brings it up to date with the database.
 */
@Component
public class SearchIndex implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);

	private static final String FORMAT_KEY = "format";

	private final Path folder;

	private final Directory directory;

	private final IndexWriter writer;

	private final SearcherManager searchers;

	SearchIndex(SearchProperties properties) {
		this.folder = properties.indexDir().toAbsolutePath();
		try {
			Files.createDirectories(folder);
			this.directory = FSDirectory.open(folder);
			String format = storedFormat();
			boolean current = LibraryAnalyzers.FORMAT.equals(format);
			if (format != null && !current) {
				log.info("The search index in {} has format '{}', not '{}': it will be rebuilt", folder, format,
						LibraryAnalyzers.FORMAT);
			}
			this.writer = openWriter(current ? OpenMode.CREATE_OR_APPEND : OpenMode.CREATE);
			if (!current) {
				commit();
			}
			this.searchers = new SearcherManager(writer, new SearcherFactory() {
				@Override
				public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) throws IOException {
					return new LibrarySearcher(reader);
				}
			});
		}
		catch (LockObtainFailedException ex) {
			throw new IllegalStateException("The search index in " + folder + " is in use by another process; "
					+ "give each running instance its own library.index-dir", ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot open the search index in " + folder, ex);
		}
	}

	/** The format written in the last commit, or null when there is no readable index. */
	private String storedFormat() throws IOException {
		if (!DirectoryReader.indexExists(directory)) {
			return null;
		}
		try {
			return SegmentInfos.readLatestCommit(directory).getUserData().getOrDefault(FORMAT_KEY, "none");
		}
		catch (CorruptIndexException | IndexFormatTooOldException | IndexFormatTooNewException ex) {
			log.warn("The search index in {} cannot be read ({}): it will be rebuilt", folder, ex.getMessage());
			return "unreadable";
		}
	}

	private IndexWriter openWriter(OpenMode mode) throws IOException {
		IndexWriterConfig config = new IndexWriterConfig(LibraryAnalyzers.forIndex());
		config.setOpenMode(mode);
		config.setRAMBufferSizeMB(64);
		return new IndexWriter(directory, config);
	}

	public Path folder() {
		return folder;
	}

	/** Runs {@code work} on a searcher of the last committed state. */
	<T> T search(Function<LibrarySearcher, T> work) {
		try {
			IndexSearcher searcher = searchers.acquire();
			try {
				return work.apply((LibrarySearcher) searcher);
			}
			finally {
				searchers.release(searcher);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read the search index in " + folder, ex);
		}
	}

	/** The id and import stamp of every indexed article. */
	Map<Long, Long> stamps() {
		return search(searcher -> {
			Map<Long, Long> stamps = new HashMap<>();
			try {
				for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
					NumericDocValues ids = leaf.reader().getNumericDocValues(ArticleFields.ID);
					NumericDocValues times = leaf.reader().getNumericDocValues(ArticleFields.STAMP);
					Bits live = leaf.reader().getLiveDocs();
					if (ids == null || times == null) {
						continue;
					}
					for (int doc = ids.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = ids.nextDoc()) {
						if ((live == null || live.get(doc)) && times.advanceExact(doc)) {
							stamps.put(ids.longValue(), times.longValue());
						}
					}
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			return stamps;
		});
	}

	/** Adds or replaces the entries of these articles (by id); nothing is visible before {@link #commit()}. */
	synchronized void write(Map<Long, Document> documents, Collection<Long> removed, boolean replaceAll) {
		try {
			if (replaceAll) {
				writer.deleteAll();
			}
			put(documents);
			for (Long id : removed) {
				writer.deleteDocuments(new Term(ArticleFields.ID, Long.toString(id)));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot write the search index in " + folder, ex);
		}
	}

	/**
	 * Adds or replaces the entries of these articles (by id). Several threads may put at once:
	 * Lucene's writer analyses each thread's documents on that thread.
	 */
	void put(Map<Long, Document> documents) throws IOException {
		for (Map.Entry<Long, Document> document : documents.entrySet()) {
			writer.updateDocument(new Term(ArticleFields.ID, Long.toString(document.getKey())), document.getValue());
		}
	}

	/** Makes what was written durable and visible to searches. */
	synchronized void commit() {
		try {
			writer.setLiveCommitData(Map.of(FORMAT_KEY, LibraryAnalyzers.FORMAT).entrySet());
			writer.commit();
			if (searchers != null) {
				searchers.maybeRefreshBlocking();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot commit the search index in " + folder, ex);
		}
	}

	public int size() {
		return search(searcher -> searcher.getIndexReader().numDocs());
	}

	@Override
	public void destroy() throws IOException {
		try {
			searchers.close();
			writer.close();
		}
		finally {
			directory.close();
		}
	}

}
