package dev.lede.story.internal;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SerialMergeScheduler;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * The Lucene side of story clustering: one document per article (its analysed terms, entity keys,
 * embedding, publication time and the story it joined) and one per merge, so that candidate stories
 * are found by query instead of by scanning, and state can be replayed on open.
 *
 * <p>Single writer, serial merges and count-based refreshes keep doc ids, and so results,
 * reproducible for a given input order.
 */
final class CandidateIndex implements AutoCloseable {
  private static final String TYPE = "type";
  private static final String ID = "id";
  private static final String SEQ = "seq";
  private static final String STORY = "story";
  private static final String TERMS = "t";
  private static final String KEYS = "k";
  private static final String PUBLISHED = "pub";
  private static final String UNDATED = "undated";
  private static final String EMBEDDING = "emb";
  private static final String TITLE = "title";
  private static final String SOURCE = "src";
  private static final String TERM_COUNTS = "tf";
  private static final String KEY_LIST = "keys";
  private static final String FROM = "from";
  private static final String TO = "to";
  private static final String ARTICLES = "articles";
  static final String MERGE = "merge";
  static final String SPLIT = "split";

  private final Directory directory;
  private final IndexWriter writer;
  private DirectoryReader reader;
  private IndexSearcher searcher;

  private CandidateIndex(Directory directory) throws IOException {
    this.directory = directory;
    IndexWriterConfig config = new IndexWriterConfig(new WhitespaceAnalyzer());
    config.setMergeScheduler(new SerialMergeScheduler());
    config.setRAMBufferSizeMB(64);
    config.setCommitOnClose(true);
    this.writer = new IndexWriter(directory, config);
    this.reader = DirectoryReader.open(writer);
    this.searcher = newSearcher(reader);
  }

  static CandidateIndex inMemory() throws IOException {
    return new CandidateIndex(new ByteBuffersDirectory());
  }

  static CandidateIndex open(java.nio.file.Path dir) throws IOException {
    java.nio.file.Files.createDirectories(dir);
    return new CandidateIndex(FSDirectory.open(dir));
  }

  private static IndexSearcher newSearcher(DirectoryReader reader) {
    IndexSearcher s = new IndexSearcher(reader);
    s.setQueryCache(null); // every query is different; caching only costs
    return s;
  }

  void addArticle(ArticleFeatures a, String story) throws IOException {
    Document d = new Document();
    d.add(new StringField(TYPE, "a", Field.Store.YES));
    d.add(new StringField(ID, a.id(), Field.Store.YES));
    d.add(new SortedDocValuesField(ID, new BytesRef(a.id())));
    d.add(new StoredField(SEQ, a.seq()));
    d.add(new StringField(STORY, story, Field.Store.YES));
    d.add(new SortedDocValuesField(STORY, new BytesRef(story)));
    StringBuilder text = new StringBuilder();
    // Term order is irrelevant to the query; repetition carries the term frequency.
    a.termCounts()
        .forEach(
            (t, c) -> {
              for (int i = 0; i < c; i++) {
                text.append(t).append(' ');
              }
            });
    d.add(new TextField(TERMS, text.toString(), Field.Store.NO));
    for (String k : a.keyStrings()) {
      d.add(new StringField(KEYS, k, Field.Store.NO));
    }
    if (a.published().isPresent()) {
      long ms = a.published().get().toEpochMilli();
      d.add(new LongPoint(PUBLISHED, ms));
      d.add(new StoredField(PUBLISHED, ms));
    } else {
      d.add(new StringField(UNDATED, "1", Field.Store.NO));
    }
    if (a.embedding().length > 0) {
      d.add(
          new KnnFloatVectorField(EMBEDDING, a.embedding(), VectorSimilarityFunction.DOT_PRODUCT));
    }
    d.add(new StoredField(TITLE, a.title()));
    a.source().ifPresent(s -> d.add(new StoredField(SOURCE, s)));
    StringBuilder tf = new StringBuilder();
    a.termCounts().forEach((t, c) -> tf.append(t).append(' ').append(c).append('\n'));
    d.add(new StoredField(TERM_COUNTS, tf.toString()));
    d.add(new StoredField(KEY_LIST, String.join("\n", a.keyStrings())));
    writer.addDocument(d);
  }

  /** Records a merge or split, so that state can be replayed on open. */
  void addChange(int seq, String kind, String from, String to, List<String> articles)
      throws IOException {
    Document d = new Document();
    d.add(new StringField(TYPE, kind, Field.Store.YES));
    d.add(new StoredField(SEQ, seq));
    d.add(new StoredField(FROM, from));
    d.add(new StoredField(TO, to));
    d.add(new StoredField(ARTICLES, String.join("\n", articles)));
    writer.addDocument(d);
  }

  /** Makes added documents searchable. */
  void refresh() throws IOException {
    DirectoryReader fresh = DirectoryReader.openIfChanged(reader, writer);
    if (fresh != null) {
      reader.close();
      reader = fresh;
      searcher = newSearcher(reader);
    }
  }

  int searchableDocs() {
    return reader.numDocs();
  }

  /** Ids of the best-matching articles, best first, without repeats. */
  List<String> search(
      Map<String, Float> terms,
      Map<String, Float> keys,
      float[] embedding,
      Optional<Instant> from,
      Optional<Instant> to,
      int hits,
      int neighbours)
      throws IOException {
    if (reader.numDocs() == 0) {
      return List.of();
    }
    Query filter = null;
    if (from.isPresent() && to.isPresent()) {
      filter =
          new BooleanQuery.Builder()
              .add(
                  LongPoint.newRangeQuery(
                      PUBLISHED, from.get().toEpochMilli(), to.get().toEpochMilli()),
                  BooleanClause.Occur.SHOULD)
              .add(new TermQuery(new Term(UNDATED, "1")), BooleanClause.Occur.SHOULD)
              .build();
    }
    Map<String, Boolean> stories = new LinkedHashMap<>();
    BooleanQuery.Builder text = new BooleanQuery.Builder();
    int clauses = 0;
    for (Map.Entry<String, Float> t : terms.entrySet()) {
      text.add(
          new BoostQuery(new TermQuery(new Term(TERMS, t.getKey())), t.getValue()),
          BooleanClause.Occur.SHOULD);
      clauses++;
    }
    for (Map.Entry<String, Float> k : keys.entrySet()) {
      text.add(
          new BoostQuery(new TermQuery(new Term(KEYS, k.getKey())), k.getValue()),
          BooleanClause.Occur.SHOULD);
      clauses++;
    }
    if (clauses > 0) {
      Query q = text.build();
      if (filter != null) {
        q =
            new BooleanQuery.Builder()
                .add(q, BooleanClause.Occur.MUST)
                .add(filter, BooleanClause.Occur.FILTER)
                .build();
      }
      collectStories(searcher.search(q, hits), stories);
    }
    if (embedding.length > 0 && neighbours > 0) {
      collectStories(
          searcher.search(
              new KnnFloatVectorQuery(EMBEDDING, embedding, neighbours, filter), neighbours),
          stories);
    }
    return new ArrayList<>(stories.keySet());
  }

  private void collectStories(TopDocs top, Map<String, Boolean> into) throws IOException {
    List<LeafReaderContext> leaves = reader.leaves();
    for (ScoreDoc sd : top.scoreDocs) {
      LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(sd.doc, leaves));
      SortedDocValues dv = leaf.reader().getSortedDocValues(ID);
      if (dv != null && dv.advanceExact(sd.doc - leaf.docBase)) {
        into.putIfAbsent(dv.lookupOrd(dv.ordValue()).utf8ToString(), Boolean.TRUE);
      }
    }
  }

  /** An article as stored, for replay on open. */
  record StoredArticle(
      int seq,
      String id,
      String story,
      String title,
      Optional<String> source,
      Optional<Instant> published,
      Map<String, Integer> termCounts,
      List<String> keys,
      float[] embedding) {}

  /** A merge or split as stored, for replay on open. */
  record StoredChange(int seq, String kind, String from, String to, List<String> articles) {}

  /** One stored article, when the index holds it (searchable documents only). */
  Optional<StoredArticle> load(String articleId) throws IOException {
    TopDocs top = searcher.search(new TermQuery(new Term(ID, articleId)), 1);
    if (top.scoreDocs.length == 0) {
      return Optional.empty();
    }
    int doc = top.scoreDocs[0].doc;
    List<LeafReaderContext> leaves = reader.leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    int local = doc - leaf.docBase;
    float[] vector = new float[0];
    FloatVectorValues vectors = leaf.reader().getFloatVectorValues(EMBEDDING);
    if (vectors != null && vectors.advance(local) == local) {
      vector = vectors.vectorValue().clone();
    }
    return Optional.of(article(leaf.reader().storedFields().document(local), vector));
  }

  /** Every stored article and change (unordered). */
  void readAll(List<StoredArticle> articles, List<StoredChange> changes) throws IOException {
    for (LeafReaderContext leaf : reader.leaves()) {
      LeafReader r = leaf.reader();
      StoredFields stored = r.storedFields();
      FloatVectorValues vectors = r.getFloatVectorValues(EMBEDDING);
      Map<Integer, float[]> vectorByDoc = new java.util.HashMap<>();
      if (vectors != null) {
        for (int doc = vectors.nextDoc();
            doc != DocIdSetIterator.NO_MORE_DOCS;
            doc = vectors.nextDoc()) {
          vectorByDoc.put(doc, vectors.vectorValue().clone());
        }
      }
      for (int doc = 0; doc < r.maxDoc(); doc++) {
        Document d = stored.document(doc);
        int seq = d.getField(SEQ).numericValue().intValue();
        String type = d.get(TYPE);
        if (MERGE.equals(type) || SPLIT.equals(type)) {
          String list = d.get(ARTICLES);
          changes.add(
              new StoredChange(
                  seq,
                  type,
                  d.get(FROM),
                  d.get(TO),
                  list.isEmpty() ? List.of() : List.of(list.split("\n"))));
        } else {
          articles.add(article(d, vectorByDoc.getOrDefault(doc, new float[0])));
        }
      }
    }
  }

  private static StoredArticle article(Document d, float[] vector) {
    Map<String, Integer> tf = new LinkedHashMap<>();
    for (String line : d.get(TERM_COUNTS).split("\n")) {
      int space = line.lastIndexOf(' ');
      if (space > 0) {
        tf.put(line.substring(0, space), Integer.parseInt(line.substring(space + 1)));
      }
    }
    String keyList = d.get(KEY_LIST);
    List<String> keys = keyList.isEmpty() ? List.of() : List.of(keyList.split("\n"));
    Optional<Instant> published =
        Optional.ofNullable(d.getField(PUBLISHED))
            .map(f -> Instant.ofEpochMilli(f.numericValue().longValue()));
    return new StoredArticle(
        d.getField(SEQ).numericValue().intValue(),
        d.get(ID),
        d.get(STORY),
        d.get(TITLE),
        Optional.ofNullable(d.get(SOURCE)),
        published,
        tf,
        keys,
        vector);
  }

  void commit() throws IOException {
    writer.commit();
  }

  long ramBytesUsed() {
    return writer.ramBytesUsed();
  }

  @Override
  public void close() throws IOException {
    try {
      reader.close();
      writer.close();
    } finally {
      directory.close();
    }
  }
}
