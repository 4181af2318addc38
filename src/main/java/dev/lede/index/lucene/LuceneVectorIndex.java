package dev.lede.index.lucene;

import dev.lede.index.VectorIndex;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;

/**
 * {@link VectorIndex} in a Lucene HNSW graph: one vector per story, for "related stories" by
 * meaning: the nearest stories to a story's vector, found without scanning the archive. Vectors are
 * L2-normalised on the way in and compared by dot product (= cosine). Derived data: whoever owns
 * the stories can rebuild it ({@link #clear()} then {@link #put} each story) from stored article
 * embeddings.
 *
 * <pre>{@code
 * try (VectorIndex v = LuceneVectorIndex.inMemory()) {
 *   v.put("s-1", VectorIndex.mean(List.of(a1, a2)));
 *   v.commit();
 *   List<VectorIndex.Neighbour> near = v.nearest(query, 10, Set.of("s-1"));
 * }
 * }</pre>
 *
 * <p>Writes are thread-safe (Lucene's writer); searches see the last {@link #commit()}.
 */
public final class LuceneVectorIndex implements VectorIndex {
  private static final String ID = "id";
  private static final String VECTOR = "vector";
  private static final String ARTICLES = "articles";

  private final Directory dir;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final String where;

  private LuceneVectorIndex(Directory dir, String where) throws IOException {
    this.dir = dir;
    this.where = where;
    IndexWriterConfig config = new IndexWriterConfig(new KeywordAnalyzer());
    config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    // Vectors come in batches per ingest; a larger buffer builds fewer, larger HNSW segments.
    config.setRAMBufferSizeMB(64);
    IndexWriter w;
    try {
      w = new IndexWriter(dir, config);
    } catch (IOException e) {
      dir.close();
      throw e;
    }
    this.writer = w;
    this.searchers = new SearcherManager(w, null);
  }

  /**
   * Opens (or creates) the story vectors in {@code dir}.
   *
   * @throws IOException when the directory cannot be created, read or locked
   */
  public static LuceneVectorIndex open(Path dir) throws IOException {
    Objects.requireNonNull(dir, "dir");
    return new LuceneVectorIndex(FSDirectory.open(dir), dir.toString());
  }

  /** Story vectors in memory, gone on close. */
  public static LuceneVectorIndex inMemory() {
    try {
      return new LuceneVectorIndex(new ByteBuffersDirectory(), "memory");
    } catch (IOException e) {
      throw new IllegalStateException("story vectors: cannot create an in-memory index", e);
    }
  }

  /**
   * Adds or replaces the vector of one story, noting how many articles it was computed from, so
   * that the owner can tell which stories changed since ({@link #articleCounts()}).
   *
   * @throws IllegalArgumentException when the vector is empty, holds a non-finite value or is zero,
   *     or {@code articles} is negative
   */
  @Override
  public void put(String storyId, float[] vector, int articles) throws IOException {
    float[] unit = VectorIndex.checkedUnit(storyId, vector, articles);
    Document doc = new Document();
    doc.add(new StringField(ID, storyId, Field.Store.YES));
    doc.add(new KnnFloatVectorField(VECTOR, unit, VectorSimilarityFunction.DOT_PRODUCT));
    doc.add(new StoredField(ARTICLES, articles));
    writer.updateDocument(new Term(ID, storyId), doc);
  }

  /** Removes a story (merged away or emptied). Absent ids are ignored. */
  @Override
  public void remove(String storyId) throws IOException {
    Objects.requireNonNull(storyId, "storyId");
    writer.deleteDocuments(new Term(ID, storyId));
  }

  /** Removes every story (before a rebuild). */
  @Override
  public void clear() throws IOException {
    writer.deleteAll();
  }

  /** Makes all changes durable and visible to searches. */
  @Override
  public void commit() throws IOException {
    writer.commit();
    searchers.maybeRefreshBlocking();
  }

  /** Number of stories with a vector, as of the last commit. */
  @Override
  public int count() throws IOException {
    IndexSearcher s = searchers.acquire();
    try {
      return s.getIndexReader().numDocs();
    } finally {
      searchers.release(s);
    }
  }

  /**
   * Every story with a vector, mapped to the article count noted when it was put (0 when none was),
   * as of the last commit. Reads every document: linear in the number of stories.
   */
  @Override
  public Map<String, Integer> articleCounts() throws IOException {
    IndexSearcher s = searchers.acquire();
    try {
      Map<String, Integer> out = new HashMap<>();
      for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
        Bits live = leaf.reader().getLiveDocs();
        StoredFields stored = leaf.reader().storedFields();
        for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
          if (live == null || live.get(doc)) {
            Document d = stored.document(doc, Set.of(ID, ARTICLES));
            IndexableField n = d.getField(ARTICLES);
            out.put(d.get(ID), n == null ? 0 : n.numericValue().intValue());
          }
        }
      }
      return out;
    } finally {
      searchers.release(s);
    }
  }

  /** The (normalised) vector of a story, as of the last commit. */
  @Override
  public Optional<float[]> vectorOf(String storyId) throws IOException {
    Objects.requireNonNull(storyId, "storyId");
    IndexSearcher s = searchers.acquire();
    try {
      TopDocs top = s.search(new TermQuery(new Term(ID, storyId)), 1);
      if (top.scoreDocs.length == 0) {
        return Optional.empty();
      }
      int doc = top.scoreDocs[0].doc;
      List<LeafReaderContext> leaves = s.getIndexReader().leaves();
      LeafReaderContext leaf = leaves.get(org.apache.lucene.index.ReaderUtil.subIndex(doc, leaves));
      FloatVectorValues values = leaf.reader().getFloatVectorValues(VECTOR);
      if (values == null || values.advance(doc - leaf.docBase) != doc - leaf.docBase) {
        return Optional.empty();
      }
      return Optional.of(values.vectorValue().clone());
    } finally {
      searchers.release(s);
    }
  }

  /**
   * The {@code k} stories nearest {@code query} by cosine (approximate, HNSW), best first, leaving
   * out {@code exclude} (e.g. the story itself).
   *
   * @throws IllegalArgumentException when {@code k} is less than 1 or the query is zero
   */
  @Override
  public List<Neighbour> nearest(float[] query, int k, Set<String> exclude) throws IOException {
    float[] unit = VectorIndex.checkedQuery(query, k, exclude);
    // Excluded ids are few (the story itself): asking for that many more and dropping them is
    // cheaper than a filter, which Lucene turns into a bitset over every document per query.
    int want = k + exclude.size();
    IndexSearcher s = searchers.acquire();
    try {
      TopDocs top = s.search(new KnnFloatVectorQuery(VECTOR, unit, want), want);
      StoredFields stored = s.storedFields();
      List<Neighbour> out = new ArrayList<>(Math.min(k, top.scoreDocs.length));
      for (ScoreDoc d : top.scoreDocs) {
        String id = stored.document(d.doc, Set.of(ID)).get(ID);
        if (out.size() < k && !exclude.contains(id)) {
          // Lucene maps a dot product p to the score (1 + p) / 2.
          out.add(new Neighbour(id, 2.0 * d.score - 1.0));
        }
      }
      return out;
    } finally {
      searchers.release(s);
    }
  }

  @Override
  public void close() throws IOException {
    try {
      searchers.close();
      writer.close();
    } finally {
      dir.close();
    }
  }

  @Override
  public String toString() {
    return "LuceneVectorIndex(" + where + ")";
  }
}
