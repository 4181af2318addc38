package dev.lede.index.lucene;

import dev.lede.index.IndexLockedException;
import dev.lede.index.SearchIndex;
import dev.lede.index.lucene.internal.LanguageFields;
import dev.lede.index.lucene.internal.UserQueries;
import dev.lede.model.Article;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.IOUtils;

/**
 * The Lucene implementation of {@link SearchIndex}: BM25 full-text search with per-language
 * analysis (see {@link LanguageFields}: English stemming, Korean morphology with Nori, Japanese
 * with Kuromoji, Chinese with SmartChinese after reading traditional characters as simplified, each
 * of the three also by character bigrams, a neutral analyzer for the rest).
 *
 * <p>Each article is indexed with {@code id}, {@code url}, {@code source} and {@code language}
 * (exact, stored), {@code title} (stored), {@code published} (point + stored, when known), {@code
 * time} (published, else fetched, for time windows) and its title and text analysed in the fields
 * of its language group. The body text is not stored: the article store is the source of truth.
 *
 * <p>Thread-safety: one instance may be shared. Writes go through a single {@link IndexWriter}
 * (safe for concurrent use); reads go through a {@link SearcherManager} refreshed after each {@link
 * #commit()}, so searches see the last commit, never half a batch. Only one instance (one process)
 * may open a directory for writing at a time; a second gets an {@link IOException} saying so. Any
 * number may open it {@linkplain #openReadOnly read-only}, taking no lock, and {@link #refresh()}
 * to see what the writer committed since.
 *
 * <p>Durability: only {@link #commit()} makes changes durable. {@link #close()} discards what was
 * not committed, exactly as a crash would, so the index on disk is always a complete commit.
 */
public final class LuceneIndex implements SearchIndex {
  static final String ID = "id";
  static final String URL = "url";
  static final String SOURCE = "source";
  static final String LANGUAGE = "language";
  static final String TITLE = "title";
  static final String PUBLISHED = "published";
  static final String TIME = "time";

  /** Commit user data naming the analysis the documents were indexed with. */
  static final String ANALYSIS = "lede.analysis";

  /**
   * The analysis of this version: 2 = Japanese by Kuromoji and Chinese by SmartChinese, each with a
   * bigram twin (1, unnamed, indexed both by character bigrams only).
   */
  static final String ANALYSIS_VERSION = "2";

  /** Terms taken from a text by {@link #similar}. */
  static final int MORE_LIKE_THIS_TERMS = 30;

  private final String name;
  private final Directory directory;
  private final Optional<IndexWriter> writer;
  private final SearcherManager searchers;
  private final Map<LanguageFields, Analyzer> analyzers;
  private final Analyzer perField;
  private final UserQueries queries;
  private final AtomicBoolean closed = new AtomicBoolean();
  private volatile boolean outdated;

  private static final SearcherFactory BM25_SEARCHERS =
      new SearcherFactory() {
        @Override
        public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
          IndexSearcher searcher = new IndexSearcher(reader);
          searcher.setSimilarity(new BM25Similarity());
          return searcher;
        }
      };

  private LuceneIndex(String name, Directory directory, boolean readOnly) throws IOException {
    this.name = name;
    this.directory = directory;
    this.analyzers = LanguageFields.newAnalyzers();
    Map<LanguageFields, Analyzer> bigrams = LanguageFields.newBigramAnalyzers();
    this.perField = LanguageFields.perField(analyzers, bigrams);
    this.queries = new UserQueries(analyzers, bigrams);
    if (readOnly) {
      this.writer = Optional.empty();
      this.searchers = new SearcherManager(directory, BM25_SEARCHERS);
      return;
    }
    IndexWriterConfig config =
        new IndexWriterConfig(perField)
            .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
            .setSimilarity(new BM25Similarity())
            .setCommitOnClose(false);
    IndexWriter w = new IndexWriter(directory, config); // open() names a held lock
    this.writer = Optional.of(w);
    String analysis = null;
    Iterable<Map.Entry<String, String>> data = w.getLiveCommitData();
    for (Map.Entry<String, String> e : data == null ? List.<Map.Entry<String, String>>of() : data) {
      if (e.getKey().equals(ANALYSIS)) {
        analysis = e.getValue();
      }
    }
    // Documents indexed with another analysis stay marked so until a clear() replaces them all.
    this.outdated = w.getDocStats().numDocs > 0 && !ANALYSIS_VERSION.equals(analysis);
    if (!outdated) {
      w.setLiveCommitData(Map.of(ANALYSIS, ANALYSIS_VERSION).entrySet());
    }
    if (!DirectoryReader.indexExists(directory)) {
      w.commit(); // so a reader can open an index that was just created
    }
    this.searchers = new SearcherManager(w, BM25_SEARCHERS);
  }

  /**
   * Opens (creating if needed) the index in {@code dir}, memory-mapped where the platform allows.
   *
   * @throws IndexLockedException if another writer holds the index
   * @throws IOException if the directory cannot be created or holds a corrupt index
   */
  public static LuceneIndex open(Path dir) throws IOException {
    Objects.requireNonNull(dir, "dir");
    Files.createDirectories(dir);
    Directory directory = FSDirectory.open(dir);
    try {
      return new LuceneIndex(dir.toString(), directory, false);
    } catch (LockObtainFailedException e) {
      directory.close();
      throw new IndexLockedException(dir, e);
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw e;
    }
  }

  /**
   * Opens the index in {@code dir} for searching only: it takes no lock, so the process that writes
   * the index keeps working, and it sees that writer's commits after each {@link #refresh()}. An
   * index that does not exist yet is created empty first. Writes throw {@link
   * IllegalStateException}.
   *
   * @throws IOException if the directory cannot be created or read, or holds a corrupt index
   */
  public static LuceneIndex openReadOnly(Path dir) throws IOException {
    Objects.requireNonNull(dir, "dir");
    if (!Files.isDirectory(dir)) {
      Files.createDirectories(dir); // never on a folder that exists: it may be read-only
    }
    Directory directory = FSDirectory.open(dir);
    try {
      if (!DirectoryReader.indexExists(directory)) {
        try {
          open(dir).close(); // commits an empty index
        } catch (IOException e) {
          // Another process holds the writer: it committed an index when it opened.
        }
      }
      return new LuceneIndex(dir + " (read-only)", directory, true);
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw e;
    }
  }

  /**
   * Makes searches see the last commit: needed only read-only, where commits come from another
   * process ({@link #commit()} refreshes a writing index itself). Cheap when nothing changed.
   */
  public void refresh() throws IOException {
    ensureOpen();
    searchers.maybeRefreshBlocking();
  }

  /**
   * True when the documents were indexed with an older analysis than this version's (say, Japanese
   * by bigrams before Kuromoji): searches miss them until the index is rebuilt from the store,
   * which the data folder does on open ({@code Workspace}).
   */
  public boolean analysisOutdated() {
    return outdated;
  }

  /** False when opened {@linkplain #openReadOnly read-only}. */
  public boolean writable() {
    return writer.isPresent();
  }

  /** A new empty index held in memory, for tests and throwaway work. */
  public static LuceneIndex inMemory() {
    try {
      return new LuceneIndex("(in memory)", new ByteBuffersDirectory(), false);
    } catch (IOException e) {
      throw new UncheckedIOException("an in-memory directory cannot fail to open", e);
    }
  }

  @Override
  public void upsert(Article article) throws IOException {
    Objects.requireNonNull(article, "article");
    writer().updateDocument(new Term(ID, article.id()), toDocument(article));
  }

  private static Document toDocument(Article a) {
    LanguageFields group = LanguageFields.of(a.language());
    Document doc = new Document();
    doc.add(new StringField(ID, a.id(), Field.Store.YES));
    doc.add(new StringField(URL, a.url(), Field.Store.YES));
    doc.add(new StringField(SOURCE, a.source(), Field.Store.YES));
    doc.add(new StringField(LANGUAGE, a.language(), Field.Store.YES));
    doc.add(new StoredField(TITLE, a.title()));
    doc.add(new TextField(group.titleField(), a.title(), Field.Store.NO));
    doc.add(new TextField(group.textField(), a.text(), Field.Store.NO));
    if (group.hasBigramTwin()) {
      doc.add(
          new TextField(LanguageFields.bigramField(group.titleField()), a.title(), Field.Store.NO));
      doc.add(
          new TextField(LanguageFields.bigramField(group.textField()), a.text(), Field.Store.NO));
    }
    a.published()
        .ifPresent(
            p -> {
              doc.add(new LongPoint(PUBLISHED, p.toEpochMilli()));
              doc.add(new StoredField(PUBLISHED, p.toEpochMilli()));
            });
    long time = a.published().orElse(a.fetchedAt()).toEpochMilli();
    doc.add(new LongPoint(TIME, time));
    doc.add(new NumericDocValuesField(TIME, time));
    return doc;
  }

  @Override
  public void clear() throws IOException {
    IndexWriter w = writer();
    w.deleteAll();
    w.setLiveCommitData(Map.of(ANALYSIS, ANALYSIS_VERSION).entrySet());
    outdated = false; // what is added from now on is indexed with this analysis
  }

  @Override
  public void commit() throws IOException {
    writer().commit();
    searchers.maybeRefreshBlocking();
  }

  @Override
  public long count() throws IOException {
    ensureOpen();
    IndexSearcher searcher = searchers.acquire();
    try {
      return searcher.getIndexReader().numDocs();
    } finally {
      searchers.release(searcher);
    }
  }

  /** All indexed ids, sorted. Reads every stored id: linear in the index size. */
  @Override
  public List<String> ids() throws IOException {
    ensureOpen();
    IndexSearcher searcher = searchers.acquire();
    try {
      List<String> ids = new ArrayList<>(searcher.getIndexReader().numDocs());
      for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
        LeafReader reader = leaf.reader();
        Bits live = reader.getLiveDocs();
        StoredFields stored = reader.storedFields();
        for (int doc = 0; doc < reader.maxDoc(); doc++) {
          if (live == null || live.get(doc)) {
            ids.add(stored.document(doc, Set.of(ID)).get(ID));
          }
        }
      }
      Collections.sort(ids);
      return ids;
    } finally {
      searchers.release(searcher);
    }
  }

  /**
   * Full-text search over titles and texts in every language, best first. Never fails on query
   * syntax: see {@link UserQueries} for what is understood. A blank query, or one with only stop
   * words and punctuation, finds nothing.
   *
   * @throws IllegalArgumentException if {@code limit} is less than 1
   */
  @Override
  public List<Hit> search(String query, int limit) throws IOException {
    Objects.requireNonNull(query, "query");
    checkLimit(limit);
    ensureOpen();
    if (query.isBlank()) {
      return List.of();
    }
    try {
      List<Hit> hits = run(queries.parse(query), limit);
      return hits.isEmpty() ? run(queries.parseWide(query), limit) : hits;
    } catch (IndexSearcher.TooManyClauses e) {
      return run(queries.fallback(query), limit);
    }
  }

  /**
   * {@inheritDoc}
   *
   * <p>The text's {@value #MORE_LIKE_THIS_TERMS} most distinctive terms (TF-IDF against this index,
   * analysed as {@code language}) searched with BM25 in the texts of that language group. Sees what
   * was committed; callers keep track of what they upserted since.
   */
  @Override
  public List<Hit> similar(String text, String language, int limit) throws IOException {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(language, "language");
    checkLimit(limit);
    ensureOpen();
    LanguageFields group = LanguageFields.of(language);
    IndexSearcher searcher = searchers.acquire();
    Query like;
    try {
      MoreLikeThis mlt = new MoreLikeThis(searcher.getIndexReader());
      mlt.setAnalyzer(perField);
      mlt.setFieldNames(new String[] {group.textField()});
      mlt.setMinTermFreq(1);
      mlt.setMinDocFreq(1);
      mlt.setMinWordLen(group == LanguageFields.EN || group == LanguageFields.STD ? 2 : 1);
      mlt.setMaxQueryTerms(MORE_LIKE_THIS_TERMS);
      mlt.setBoost(true);
      like = mlt.like(group.textField(), new StringReader(text));
    } finally {
      searchers.release(searcher);
    }
    if (like instanceof BooleanQuery b && b.clauses().isEmpty()) {
      return List.of();
    }
    return run(like, limit);
  }

  /** The stored fields of one indexed article, if it is in the last commit. */
  public Optional<IndexedArticle> get(String id) throws IOException {
    Objects.requireNonNull(id, "id");
    ensureOpen();
    IndexSearcher searcher = searchers.acquire();
    try {
      TopDocs top = searcher.search(new TermQuery(new Term(ID, id)), 1);
      if (top.scoreDocs.length == 0) {
        return Optional.empty();
      }
      Document doc = searcher.storedFields().document(top.scoreDocs[0].doc);
      Optional<Instant> published =
          Optional.ofNullable(doc.getField(PUBLISHED))
              .map(f -> Instant.ofEpochMilli(f.numericValue().longValue()));
      return Optional.of(
          new IndexedArticle(
              doc.get(ID),
              doc.get(TITLE),
              doc.get(URL),
              doc.get(SOURCE),
              doc.get(LANGUAGE),
              published));
    } finally {
      searchers.release(searcher);
    }
  }

  /**
   * What the index stores of an article.
   *
   * @param id article id
   * @param title headline as indexed
   * @param url URL the article was found at
   * @param source outlet name
   * @param language BCP 47 tag as given
   * @param published publication time, when known
   */
  public record IndexedArticle(
      String id,
      String title,
      String url,
      String source,
      String language,
      Optional<Instant> published) {}

  private List<Hit> run(Query query, int limit) throws IOException {
    if (query instanceof MatchNoDocsQuery) {
      return List.of();
    }
    IndexSearcher searcher = searchers.acquire();
    try {
      int n = Math.min(limit, Math.max(1, searcher.getIndexReader().maxDoc()));
      TopDocs top = searcher.search(query, n);
      StoredFields stored = searcher.storedFields();
      List<Hit> hits = new ArrayList<>(top.scoreDocs.length);
      for (ScoreDoc sd : top.scoreDocs) {
        hits.add(new Hit(stored.document(sd.doc, Set.of(ID)).get(ID), sd.score));
      }
      return hits;
    } finally {
      searchers.release(searcher);
    }
  }

  private static void checkLimit(int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1, was " + limit);
    }
  }

  private IndexWriter writer() {
    ensureOpen();
    return writer.orElseThrow(
        () -> new IllegalStateException("Index at " + name + " cannot be written"));
  }

  private void ensureOpen() {
    if (closed.get()) {
      throw new IllegalStateException("Index at " + name + " is closed");
    }
  }

  /**
   * Releases the directory, discarding changes since the last {@link #commit()}. Closing twice does
   * nothing.
   */
  @Override
  public void close() throws IOException {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    // Searchers first, then the writer (which rolls back uncommitted changes), then the directory.
    IOUtils.close(searchers, writer.orElse(null), directory);
  }

  @Override
  public String toString() {
    return "LuceneIndex[" + name + "]";
  }
}
