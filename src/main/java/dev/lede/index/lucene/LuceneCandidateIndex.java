package dev.lede.index.lucene;

import dev.lede.index.CandidateIndex;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.ConcurrentMergeScheduler;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.LogByteSizeMergePolicy;
import org.apache.lucene.index.PointValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SerialMergeScheduler;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
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
 * The Lucene {@link CandidateIndex}: one document per article (its analysed terms, entity keys,
 * embedding, publication time and the story it joined) and one per merge or split.
 *
 * <p>Results are reproducible for a given input order: one writer, refreshes by article count, hits
 * scored by the query's own weights and ties broken by doc id, which merges of adjacent segments
 * keep in arrival order, so hits do not depend on when background merges finish (with
 * nearest-neighbour candidates, merges run in the writing thread instead).
 */
public final class LuceneCandidateIndex implements CandidateIndex {
  /** Opens Lucene candidate indexes, in memory or in a folder. */
  public static final Factory FACTORY =
      new Factory() {
        @Override
        public CandidateIndex inMemory(boolean vectors) throws IOException {
          return LuceneCandidateIndex.inMemory(vectors);
        }

        @Override
        public CandidateIndex open(java.nio.file.Path dir, boolean vectors) throws IOException {
          return LuceneCandidateIndex.open(dir, vectors);
        }
      };

  private static final String TYPE = "type";
  private static final String ID = "id";
  private static final String SEQ = "seq";
  private static final String ID_VALUES = "id_dv";
  private static final String STORY_VALUES = "story_dv";
  private static final String STORY = "story";
  private static final String TERMS = "t";
  private static final String KEYS = "k";
  private static final String PUBLISHED = "pub";
  private static final String UNDATED = "undated";
  private static final String EMBEDDING = "emb";
  private static final String EMBEDDING_BYTES = "emb_bytes";
  private static final String TITLE = "title";
  private static final String SOURCE = "src";
  private static final String TERM_COUNTS = "tf";
  private static final String KEY_LIST = "keys";
  private static final String SCRIPT = "script";
  private static final String SENTENCES = "sentences";
  private static final String LEAD = "lead";
  private static final String FROM = "from";
  private static final String TO = "to";
  private static final String ARTICLES = "articles";
  private static final int MERGE_FACTOR = 5;
  // Commit data naming the document layout; version 1 had no doc values for hits.
  private static final String FORMAT = "lede.story.format";
  private static final String FORMAT_VERSION = "2";
  private static final int WEIGHT_STEPS = 1024;
  // No publication time: undated articles pass every window.
  private static final long NO_TIME = Long.MIN_VALUE;

  // Documents only: a match scores the weight the query gives the term (see search), so neither
  // frequencies nor norms are read, and postings stay small to write and merge.
  private static final FieldType TERMS_TYPE = termsType();

  private static FieldType termsType() {
    FieldType t = new FieldType();
    t.setIndexOptions(IndexOptions.DOCS);
    t.setOmitNorms(true);
    t.setTokenized(true);
    t.freeze();
    return t;
  }

  private final Directory directory;
  private final boolean vectors;
  private final IndexWriter writer;
  private DirectoryReader reader;
  private IndexSearcher searcher;
  // Per segment of the current reader: publication span, and terms enumerations reused by searches.
  private long[][] leafSpans;
  private TermsEnum[] termEnums;
  private TermsEnum[] keyEnums;
  private PostingsEnum[] termPostings;
  private PostingsEnum[] keyPostings;
  private TermsEnum[] idEnums;
  private PostingsEnum[] idPostings;
  // Per segment core: every document's publication time (NO_TIME when undated), read from the
  // points once, when a window first reaches the segment.
  private Map<Object, long[]> leafTimes = new java.util.HashMap<>();
  // Scratch for a search's scores, by segment doc id; zeroed again after each segment.
  private float[] scores = new float[0];
  private int[] touched = new int[0];

  private LuceneCandidateIndex(Directory directory, boolean vectors) throws IOException {
    this.directory = directory;
    this.vectors = vectors;
    IndexWriterConfig config = new IndexWriterConfig(new WhitespaceAnalyzer());
    if (vectors) {
      // Nearest neighbours come from per-segment graphs: which segments exist changes the hits,
      // so segments must be merged at the same points in every run.
      config.setMergeScheduler(new SerialMergeScheduler());
    } else {
      // Hits are independent of how documents fall into segments (constant-score clauses, ties
      // broken by doc id, which adjacent merges keep in arrival order), so merges may run in the
      // background whenever they finish.
      ConcurrentMergeScheduler background = new ConcurrentMergeScheduler();
      background.setMaxMergesAndThreads(2, 1);
      config.setMergeScheduler(background);
    }
    config.setRAMBufferSizeMB(64);
    // Merges of adjacent segments only: doc ids keep arrival order, and as articles arrive
    // roughly in time order each segment covers one stretch of time, which a search's time filter
    // skips whole when it lies outside the window; so searches cost about the same however many
    // segments a long archive has.
    LogByteSizeMergePolicy merges = new LogByteSizeMergePolicy();
    merges.setMergeFactor(MERGE_FACTOR);
    config.setMergePolicy(merges);
    config.setCommitOnClose(true);
    this.writer = new IndexWriter(directory, config);
    if (!FORMAT_VERSION.equals(format(writer))) {
      // Written by an earlier version, whose documents lack what searches read now: start empty,
      // so the owner sees no articles and rebuilds from its stored assignments (restore).
      writer.deleteAll();
    }
    writer.setLiveCommitData(Map.of(FORMAT, FORMAT_VERSION).entrySet());
    this.reader = DirectoryReader.open(writer);
    this.searcher = newSearcher(reader);
    readerChanged();
  }

  /** The format recorded with the last commit; the current one for an index never committed. */
  private static String format(IndexWriter writer) {
    Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
    if (data == null || writer.getDocStats().numDocs == 0) {
      return FORMAT_VERSION;
    }
    for (Map.Entry<String, String> e : data) {
      if (FORMAT.equals(e.getKey())) {
        return e.getValue();
      }
    }
    return "1";
  }

  /**
   * An index in memory.
   *
   * @param vectors whether embeddings go into an HNSW graph for nearest-neighbour candidates
   */
  public static LuceneCandidateIndex inMemory(boolean vectors) throws IOException {
    return new LuceneCandidateIndex(new ByteBuffersDirectory(), vectors);
  }

  /** An index in {@code dir}, created when missing. */
  public static LuceneCandidateIndex open(java.nio.file.Path dir, boolean vectors)
      throws IOException {
    java.nio.file.Files.createDirectories(dir);
    return new LuceneCandidateIndex(FSDirectory.open(dir), vectors);
  }

  private void readerChanged() throws IOException {
    leafSpans = leafSpans(reader);
    termEnums = new TermsEnum[reader.leaves().size()];
    keyEnums = new TermsEnum[reader.leaves().size()];
    termPostings = new PostingsEnum[reader.leaves().size()];
    keyPostings = new PostingsEnum[reader.leaves().size()];
    idEnums = new TermsEnum[reader.leaves().size()];
    idPostings = new PostingsEnum[reader.leaves().size()];
    Map<Object, long[]> kept = new java.util.HashMap<>();
    for (LeafReaderContext leaf : reader.leaves()) {
      Object core = coreKey(leaf);
      long[] times = leafTimes.get(core);
      if (times != null) {
        kept.put(core, times);
      }
    }
    leafTimes = kept; // segments merged away drop out
  }

  private static Object coreKey(LeafReaderContext leaf) {
    LeafReader r = leaf.reader();
    return r.getCoreCacheHelper() == null ? r : r.getCoreCacheHelper().getKey();
  }

  private static IndexSearcher newSearcher(DirectoryReader reader) {
    IndexSearcher s = new IndexSearcher(reader);
    s.setQueryCache(null); // every query is different; caching only costs
    return s;
  }

  /** Everything but the terms and keys is stored for replay. */
  @Override
  public void addArticle(Entry a, java.util.Collection<String> indexedTerms) throws IOException {
    String story = a.story();
    Document d = new Document();
    d.add(new StringField(TYPE, "a", Field.Store.YES));
    d.add(new StringField(ID, a.id(), Field.Store.YES));
    d.add(new StoredField(SEQ, a.seq()));
    // Hits are read back from doc values: a sequential read, where a stored document costs a
    // block decompression.
    d.add(new BinaryDocValuesField(ID_VALUES, new BytesRef(a.id())));
    d.add(new BinaryDocValuesField(STORY_VALUES, new BytesRef(story)));
    d.add(new StringField(STORY, story, Field.Store.YES));
    d.add(new Field(TERMS, new Terms(indexedTerms), TERMS_TYPE));
    for (String k : a.keys()) {
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
      if (vectors) {
        d.add(
            new KnnFloatVectorField(
                EMBEDDING, a.embedding(), VectorSimilarityFunction.DOT_PRODUCT));
      }
      d.add(new StoredField(EMBEDDING_BYTES, quantize(a.embedding())));
    }
    d.add(new StoredField(TITLE, a.title()));
    a.source().ifPresent(s -> d.add(new StoredField(SOURCE, s)));
    StringBuilder tf = new StringBuilder();
    a.termCounts().forEach((t, c) -> tf.append(t).append(' ').append(c).append('\n'));
    d.add(new StoredField(TERM_COUNTS, tf.toString()));
    d.add(new StoredField(KEY_LIST, String.join("\n", a.keys())));
    a.script().ifPresent(script -> d.add(new StoredField(SCRIPT, script)));
    a.lead().ifPresent(lead -> d.add(new StoredField(LEAD, lead)));
    if (a.sentences().length > 0) {
      java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(8 * a.sentences().length);
      for (long k : a.sentences()) {
        b.putLong(k);
      }
      d.add(new StoredField(SENTENCES, b.array()));
    }
    writer.addDocument(d);
  }

  /** Analysed terms as they are, each once. */
  private static final class Terms extends TokenStream {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final java.util.Iterator<String> terms;

    Terms(java.util.Collection<String> terms) {
      this.terms = terms.iterator();
    }

    @Override
    public boolean incrementToken() {
      if (!terms.hasNext()) {
        return false;
      }
      clearAttributes();
      term.setEmpty().append(terms.next());
      return true;
    }
  }

  @Override
  public void addChange(Change change) throws IOException {
    Document d = new Document();
    d.add(new StringField(TYPE, change.kind(), Field.Store.YES));
    d.add(new StoredField(SEQ, change.seq()));
    d.add(new StoredField(FROM, change.from()));
    d.add(new StoredField(TO, change.to()));
    d.add(new StoredField(ARTICLES, String.join("\n", change.articles())));
    writer.addDocument(d);
  }

  @Override
  public void refresh() throws IOException {
    DirectoryReader fresh = DirectoryReader.openIfChanged(reader, writer);
    if (fresh != null) {
      reader.close();
      reader = fresh;
      searcher = newSearcher(reader);
      readerChanged();
    }
  }

  @Override
  public List<Hit> search(
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
    java.util.LinkedHashMap<Integer, Hit> found = new java.util.LinkedHashMap<>();
    if (!terms.isEmpty() || !keys.isEmpty()) {
      collect(textHits(terms, keys, from, to, hits), found);
    }
    if (vectors && embedding.length > 0 && neighbours > 0) {
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
      collect(
          searcher.search(
              new KnnFloatVectorQuery(EMBEDDING, embedding, neighbours, filter), neighbours),
          found);
    }
    return new ArrayList<>(found.values());
  }

  /**
   * The {@code hits} best articles of the window (or undated) sharing a term or key with the query,
   * scored by the summed weights of what they share, ties to the earlier document: what a Boolean
   * query of constant-score clauses under a time filter returns, read straight from the postings of
   * the segments that can hold the window. A query has fifteen clauses and a few segments to look
   * at, so building scorers and a filter per segment would cost more than reading the postings.
   * Each weight is rounded to a multiple of 1/1024: sums of a few such values are exact in a float,
   * so a score does not depend on the order its terms are added in.
   */
  private TopDocs textHits(
      Map<String, Float> terms,
      Map<String, Float> keys,
      Optional<Instant> from,
      Optional<Instant> to,
      int hits)
      throws IOException {
    boolean window = from.isPresent() && to.isPresent();
    long lo = window ? from.get().toEpochMilli() : 0;
    long hi = window ? to.get().toEpochMilli() : 0;
    List<ScoreDoc> matched = new ArrayList<>();
    for (LeafReaderContext leaf : windowLeaves(from, to)) {
      int maxDoc = leaf.reader().maxDoc();
      if (scores.length < maxDoc) {
        scores = new float[Math.max(maxDoc, 2 * scores.length)];
        touched = new int[scores.length];
      }
      long[] times = window ? times(leaf) : null;
      org.apache.lucene.util.Bits live = leaf.reader().getLiveDocs();
      int n = 0;
      n = accumulate(leaf, TERMS, terms, times, lo, hi, live, n);
      n = accumulate(leaf, KEYS, keys, times, lo, hi, live, n);
      for (int i = 0; i < n; i++) {
        int doc = touched[i];
        matched.add(new ScoreDoc(leaf.docBase + doc, scores[doc]));
        scores[doc] = 0;
      }
    }
    // Best first, ties to the smaller doc id, as Lucene's top-docs collector breaks them.
    matched.sort(
        (x, y) ->
            x.score != y.score ? Float.compare(y.score, x.score) : Integer.compare(x.doc, y.doc));
    List<ScoreDoc> top = matched.subList(0, Math.min(hits, matched.size()));
    return new TopDocs(
        new org.apache.lucene.search.TotalHits(
            matched.size(), org.apache.lucene.search.TotalHits.Relation.EQUAL_TO),
        top.toArray(new ScoreDoc[0]));
  }

  /** Adds the weights of {@code field}'s query terms to the scores of one segment's documents. */
  private int accumulate(
      LeafReaderContext leaf,
      String field,
      Map<String, Float> query,
      long[] times,
      long lo,
      long hi,
      org.apache.lucene.util.Bits live,
      int n)
      throws IOException {
    if (query.isEmpty()) {
      return n;
    }
    TermsEnum e = termsEnum(leaf, field);
    if (e == null) {
      return n;
    }
    PostingsEnum[] reuse = TERMS.equals(field) ? termPostings : keyPostings;
    for (Map.Entry<String, Float> t : query.entrySet()) {
      if (!e.seekExact(new BytesRef(t.getKey()))) {
        continue;
      }
      float weight = Math.max(1, Math.round(t.getValue() * WEIGHT_STEPS)) / (float) WEIGHT_STEPS;
      PostingsEnum p = e.postings(reuse[leaf.ord], PostingsEnum.NONE);
      reuse[leaf.ord] = p;
      for (int doc = p.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = p.nextDoc()) {
        if ((live != null && !live.get(doc))
            || (times != null && times[doc] != NO_TIME && (times[doc] < lo || times[doc] > hi))) {
          continue;
        }
        if (scores[doc] == 0) {
          touched[n++] = doc;
        }
        scores[doc] += weight;
      }
    }
    return n;
  }

  /** Publication time of each document of {@code leaf}; {@link #NO_TIME} for undated ones. */
  private long[] times(LeafReaderContext leaf) throws IOException {
    Object core = coreKey(leaf);
    long[] times = leafTimes.get(core);
    if (times != null) {
      return times;
    }
    long[] t = new long[leaf.reader().maxDoc()];
    Arrays.fill(t, NO_TIME);
    PointValues points = leaf.reader().getPointValues(PUBLISHED);
    if (points != null) {
      points.intersect(
          new PointValues.IntersectVisitor() {
            @Override
            public void visit(int docID) {
              throw new IllegalStateException("every cell crosses: values are visited");
            }

            @Override
            public void visit(int docID, byte[] packedValue) {
              t[docID] = LongPoint.decodeDimension(packedValue, 0);
            }

            @Override
            public PointValues.Relation compare(byte[] minPackedValue, byte[] maxPackedValue) {
              return PointValues.Relation.CELL_CROSSES_QUERY;
            }
          });
    }
    leafTimes.put(core, t);
    return t;
  }

  /** The segments holding dated articles of the window, or undated ones; all without a window. */
  private List<LeafReaderContext> windowLeaves(Optional<Instant> from, Optional<Instant> to) {
    if (from.isEmpty() || to.isEmpty()) {
      return reader.leaves();
    }
    long lo = from.get().toEpochMilli();
    long hi = to.get().toEpochMilli();
    List<LeafReaderContext> out = new ArrayList<>();
    for (LeafReaderContext leaf : reader.leaves()) {
      long[] span = leafSpans[leaf.ord];
      if (span[2] != 0 || (span[0] <= hi && span[1] >= lo)) {
        out.add(leaf);
      }
    }
    return out;
  }

  /** A reused terms enumeration of {@code field} in {@code leaf}, or null without the field. */
  private TermsEnum termsEnum(LeafReaderContext leaf, String field) throws IOException {
    TermsEnum[] byLeaf = TERMS.equals(field) ? termEnums : KEYS.equals(field) ? keyEnums : idEnums;
    if (byLeaf[leaf.ord] == null) {
      org.apache.lucene.index.Terms t = leaf.reader().terms(field);
      if (t == null) {
        return null;
      }
      byLeaf[leaf.ord] = t.iterator();
    }
    return byLeaf[leaf.ord];
  }

  /** Per segment: earliest and latest publication time, and 1 when it holds undated articles. */
  private static long[][] leafSpans(DirectoryReader reader) throws IOException {
    long[][] spans = new long[reader.leaves().size()][];
    for (LeafReaderContext leaf : reader.leaves()) {
      PointValues points = leaf.reader().getPointValues(PUBLISHED);
      long min = Long.MAX_VALUE;
      long max = Long.MIN_VALUE;
      if (points != null && points.size() > 0) {
        min = LongPoint.decodeDimension(points.getMinPackedValue(), 0);
        max = LongPoint.decodeDimension(points.getMaxPackedValue(), 0);
      }
      long undated = leaf.reader().docFreq(new Term(UNDATED, "1")) > 0 ? 1 : 0;
      spans[leaf.ord] = new long[] {min, max, undated};
    }
    return spans;
  }

  /** Reads the hits' article and story, leaf by leaf in doc order, into {@code into}. */
  private void collect(TopDocs top, Map<Integer, Hit> into) throws IOException {
    ScoreDoc[] byDoc = top.scoreDocs.clone();
    java.util.Arrays.sort(byDoc, (x, y) -> Integer.compare(x.doc, y.doc));
    Map<Integer, Hit> read = new java.util.HashMap<>();
    List<LeafReaderContext> leaves = reader.leaves();
    LeafReaderContext leaf = null;
    BinaryDocValues ids = null;
    BinaryDocValues stories = null;
    for (ScoreDoc sd : byDoc) {
      if (leaf == null || sd.doc >= leaf.docBase + leaf.reader().maxDoc()) {
        leaf = leaves.get(ReaderUtil.subIndex(sd.doc, leaves));
        ids = leaf.reader().getBinaryDocValues(ID_VALUES);
        stories = leaf.reader().getBinaryDocValues(STORY_VALUES);
      }
      int local = sd.doc - leaf.docBase;
      if (ids != null
          && stories != null
          && ids.advanceExact(local)
          && stories.advanceExact(local)) {
        read.put(
            sd.doc,
            new Hit(ids.binaryValue().utf8ToString(), stories.binaryValue().utf8ToString()));
      }
    }
    for (ScoreDoc sd : top.scoreDocs) {
      Hit h = read.get(sd.doc);
      if (h != null) {
        into.putIfAbsent(sd.doc, h);
      }
    }
  }

  @Override
  public Optional<String> storyOf(String articleId) throws IOException {
    Optional<LeafDoc> found = find(articleId);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    BinaryDocValues stories = found.get().leaf().reader().getBinaryDocValues(STORY_VALUES);
    if (stories == null || !stories.advanceExact(found.get().doc())) {
      return Optional.empty();
    }
    return Optional.of(stories.binaryValue().utf8ToString());
  }

  @Override
  public Optional<Entry> load(String articleId) throws IOException {
    Optional<LeafDoc> found = find(articleId);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    LeafDoc at = found.get();
    return Optional.of(article(at.leaf().reader().storedFields().document(at.doc())));
  }

  private record LeafDoc(LeafReaderContext leaf, int doc) {}

  /**
   * The document of an article id, looked up in each segment's terms (newest segment first, as
   * recent articles are asked for most): ids are unique, so the first live match is the one.
   */
  private Optional<LeafDoc> find(String articleId) throws IOException {
    BytesRef id = new BytesRef(articleId);
    List<LeafReaderContext> leaves = reader.leaves();
    for (int i = leaves.size() - 1; i >= 0; i--) {
      LeafReaderContext leaf = leaves.get(i);
      TermsEnum e = termsEnum(leaf, ID);
      if (e == null || !e.seekExact(id)) {
        continue;
      }
      PostingsEnum p = e.postings(idPostings[leaf.ord], PostingsEnum.NONE);
      idPostings[leaf.ord] = p;
      org.apache.lucene.util.Bits live = leaf.reader().getLiveDocs();
      for (int doc = p.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = p.nextDoc()) {
        if (live == null || live.get(doc)) {
          return Optional.of(new LeafDoc(leaf, doc));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Whether the documents lie in the order they were added (arrival numbers never decrease), as
   * adjacent-only merges keep them. Reads only each document's arrival number.
   */
  @Override
  public boolean inArrivalOrder() throws IOException {
    SeqVisitor visitor = new SeqVisitor();
    int[] last = {Integer.MIN_VALUE};
    boolean[] ordered = {true};
    forEachLiveDoc(
        (stored, doc) -> {
          visitor.seq = Integer.MIN_VALUE;
          stored.document(doc, visitor);
          ordered[0] &= visitor.seq >= last[0];
          last[0] = visitor.seq;
        });
    return ordered[0];
  }

  /** Receives one live document of a segment. */
  @FunctionalInterface
  private interface DocSink {
    void accept(StoredFields stored, int doc) throws IOException;
  }

  /** Every live document, segment by segment in document order. */
  private void forEachLiveDoc(DocSink sink) throws IOException {
    for (LeafReaderContext leaf : reader.leaves()) {
      StoredFields stored = leaf.reader().storedFields();
      org.apache.lucene.util.Bits live = leaf.reader().getLiveDocs();
      for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
        if (live == null || live.get(doc)) {
          sink.accept(stored, doc);
        }
      }
    }
  }

  /** Reads a document's arrival number and stops. */
  private static final class SeqVisitor extends org.apache.lucene.index.StoredFieldVisitor {
    int seq;

    @Override
    public Status needsField(org.apache.lucene.index.FieldInfo field) {
      return SEQ.equals(field.name) ? Status.YES : Status.NO;
    }

    @Override
    public void intField(org.apache.lucene.index.FieldInfo field, int value) {
      seq = value;
    }
  }

  /** Found by their type without reading articles. */
  @Override
  public List<Change> changes() throws IOException {
    List<Change> out = new ArrayList<>();
    for (LeafReaderContext leaf : reader.leaves()) {
      org.apache.lucene.index.Terms types = leaf.reader().terms(TYPE);
      if (types == null) {
        continue;
      }
      TermsEnum e = types.iterator();
      StoredFields stored = leaf.reader().storedFields();
      org.apache.lucene.util.Bits live = leaf.reader().getLiveDocs();
      for (String kind : List.of(MERGE, SPLIT)) {
        if (!e.seekExact(new BytesRef(kind))) {
          continue;
        }
        PostingsEnum p = e.postings(null, PostingsEnum.NONE);
        for (int doc = p.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = p.nextDoc()) {
          if (live == null || live.get(doc)) {
            out.add(change(stored.document(doc)));
          }
        }
      }
    }
    return out;
  }

  /** In document order. */
  @Override
  public void forEachArticle(EntrySink sink) throws IOException {
    forEachLiveDoc(
        (stored, doc) -> {
          Document d = stored.document(doc);
          String type = d.get(TYPE);
          if (!MERGE.equals(type) && !SPLIT.equals(type)) {
            sink.accept(article(d));
          }
        });
  }

  private static Change change(Document d) {
    String list = d.get(ARTICLES);
    return new Change(
        d.getField(SEQ).numericValue().intValue(),
        d.get(TYPE),
        d.get(FROM),
        d.get(TO),
        list.isEmpty() ? List.of() : List.of(list.split("\n")));
  }

  @Override
  public void readAll(List<Entry> articles, List<Change> changes) throws IOException {
    for (LeafReaderContext leaf : reader.leaves()) {
      LeafReader r = leaf.reader();
      StoredFields stored = r.storedFields();
      for (int doc = 0; doc < r.maxDoc(); doc++) {
        Document d = stored.document(doc);
        int seq = d.getField(SEQ).numericValue().intValue();
        String type = d.get(TYPE);
        if (MERGE.equals(type) || SPLIT.equals(type)) {
          String list = d.get(ARTICLES);
          changes.add(
              new Change(
                  seq,
                  type,
                  d.get(FROM),
                  d.get(TO),
                  list.isEmpty() ? List.of() : List.of(list.split("\n"))));
        } else {
          articles.add(article(d));
        }
      }
    }
  }

  private static Entry article(Document d) {
    BytesRef bytes = d.getBinaryValue(EMBEDDING_BYTES);
    float[] vector = bytes == null ? new float[0] : dequantize(bytes);
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
    return new Entry(
        d.getField(SEQ).numericValue().intValue(),
        d.get(ID),
        d.get(STORY),
        d.get(TITLE),
        Optional.ofNullable(d.get(SOURCE)),
        published,
        tf,
        keys,
        vector,
        Optional.ofNullable(d.get(SCRIPT)),
        sentences(d.getBinaryValue(SENTENCES)),
        Optional.ofNullable(d.get(LEAD)));
  }

  private static long[] sentences(BytesRef bytes) {
    if (bytes == null) {
      return new long[0];
    }
    java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(bytes.bytes, bytes.offset, bytes.length);
    long[] out = new long[bytes.length / 8];
    for (int i = 0; i < out.length; i++) {
      out[i] = b.getLong();
    }
    return out;
  }

  /**
   * A unit vector as one signed byte per dimension plus a 4-byte scale: a quarter of the floats,
   * and cosines change in the third decimal.
   */
  private static byte[] quantize(float[] v) {
    float max = 0;
    for (float x : v) {
      max = Math.max(max, Math.abs(x));
    }
    float scale = max == 0 ? 0 : max / 127;
    java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(4 + v.length);
    b.putFloat(scale);
    for (float x : v) {
      b.put(scale == 0 ? 0 : (byte) Math.round(x / scale));
    }
    return b.array();
  }

  private static float[] dequantize(BytesRef bytes) {
    java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(bytes.bytes, bytes.offset, bytes.length);
    float scale = b.getFloat();
    float[] v = new float[bytes.length - 4];
    for (int i = 0; i < v.length; i++) {
      v[i] = b.get() * scale;
    }
    return v;
  }

  @Override
  public void commit() throws IOException {
    writer.commit();
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
