package org.paintreatment.library.search;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.miscellaneous.SetKeywordMarkerFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * The library's text analysis, the same when indexing and searching.
 * <ul>
 * <li><b>english</b> (title, summary, tags, body): words split by the Unicode rules, possessive
 * {@code 's} dropped, lowercased, accents folded ({@code café} → {@code cafe}), English stop words
 * removed, and the KStem stemmer ({@code migraines} → {@code migraine}, {@code receptors} →
 * {@code receptor}) followed by a plural folding for the plurals KStem keeps whole
 * ({@code side effects} → {@code side effect}). KStem is a light, dictionary-checked stemmer:
 * unlike Porter it keeps {@code ketamine} and the misspelling {@code ketamin} apart, so a
 * misspelling finds nothing and gets a suggestion instead of silently matching.</li>
 * <li><b>surface</b> (the spelling vocabulary): the same without stop words and stemming, so the
 * suggester proposes words as they are written.</li>
 * </ul>
 */
public final class LibraryAnalyzers {

	/** Words the stemmer must leave alone ("tens" is the TENS treatment, not a plural of "ten"). */
	static final List<String> UNSTEMMED = List.of("tens");

	/** Bump when the analysis or the fields change: an index of another format is rebuilt. */
	static final String FORMAT = "library-search-3";

	private LibraryAnalyzers() {
	}

	/** Stemmed English analysis, for the searchable text fields. */
	public static Analyzer english() {
		return new WordAnalyzer() {
			@Override
			protected TokenStreamComponents createComponents(String fieldName) {
				Tokenizer tokenizer = new StandardTokenizer();
				TokenStream stream = new StopFilter(normalised(tokenizer), EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
				return new TokenStreamComponents(tokenizer, stemmed(stream));
			}
		};
	}

	/** Words as written (lowercase, accents folded), for spelling suggestions and synonym rules. */
	public static Analyzer surface() {
		return new WordAnalyzer() {
			@Override
			protected TokenStreamComponents createComponents(String fieldName) {
				Tokenizer tokenizer = new StandardTokenizer();
				return new TokenStreamComponents(tokenizer, normalised(tokenizer));
			}
		};
	}

	/**
	 * Words as {@link #english()} compares them but keeping stop words: how query words are matched
	 * against the synonym rules ("NMDA antagonists" matches the rule for "NMDA antagonist").
	 */
	public static Analyzer matching() {
		return new WordAnalyzer() {
			@Override
			protected TokenStreamComponents createComponents(String fieldName) {
				Tokenizer tokenizer = new StandardTokenizer();
				return new TokenStreamComponents(tokenizer, stemmed(normalised(tokenizer)));
			}
		};
	}

	/** {@link #english()} for every field but the spelling field, which is {@link #surface()}. */
	static Analyzer forIndex() {
		return new PerFieldAnalyzerWrapper(english(), Map.of(ArticleFields.SPELL, surface()));
	}

	/**
	 * Reads a colon as a space: the Unicode word rules keep "title:kratom" as one word, which
	 * nobody means.
	 */
	private abstract static class WordAnalyzer extends Analyzer {

		@Override
		protected Reader initReader(String fieldName, Reader reader) {
			return new ColonAsSpace(reader);
		}

	}

	/**
	 * Replaces each colon by a space as the text is read. One character for one, so every offset
	 * stays as it is and no {@link org.apache.lucene.analysis.CharFilter} is needed to correct them;
	 * a {@code MappingCharFilter} would read the text a character at a time (a fifth of the
	 * indexing time, docs/performance.md).
	 */
	static final class ColonAsSpace extends FilterReader {

		ColonAsSpace(Reader in) {
			super(in);
		}

		@Override
		public int read() throws IOException {
			int read = super.read();
			return read == ':' ? ' ' : read;
		}

		@Override
		public int read(char[] buffer, int offset, int length) throws IOException {
			int read = super.read(buffer, offset, length);
			for (int at = offset; at < offset + read; at++) {
				if (buffer[at] == ':') {
					buffer[at] = ' ';
				}
			}
			return read;
		}

	}

	private static TokenStream normalised(Tokenizer tokenizer) {
		return new ASCIIFoldingFilter(new LowerCaseFilter(new EnglishPossessiveFilter(tokenizer)));
	}

	/**
	 * KStem, then plurals folded: KStem's dictionary keeps many plurals as words of their own
	 * ("effects", "sessions", "nerves", "pains"), so without the second step "side effect" would
	 * not find "side effects".
	 */
	private static TokenStream stemmed(TokenStream words) {
		TokenStream stream = new SetKeywordMarkerFilter(words, new CharArraySet(UNSTEMMED, false));
		return new EnglishMinimalStemFilter(new KStemFilter(stream));
	}

	/** A word of a text as an analyzer gives it: its term, position and where it is in the text. */
	public record Token(String term, int position, int start, int end) {
	}

	/** Runs an analyzer over a text; positions count removed stop words, so phrases keep their gaps. */
	public static List<Token> tokens(Analyzer analyzer, String text) {
		List<Token> tokens = new ArrayList<>();
		try (TokenStream stream = analyzer.tokenStream("text", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
			PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
			stream.reset();
			int position = -1;
			while (stream.incrementToken()) {
				position += increment.getPositionIncrement();
				tokens.add(new Token(term.toString(), position, offset.startOffset(), offset.endOffset()));
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot analyse a string", ex);
		}
		return tokens;
	}

	public static List<String> terms(Analyzer analyzer, String text) {
		return tokens(analyzer, text).stream().map(Token::term).toList();
	}

}
