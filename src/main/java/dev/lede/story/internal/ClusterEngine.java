package dev.lede.story.internal;

import dev.lede.index.CandidateIndex;
import dev.lede.story.Assignment;
import dev.lede.story.Story;
import dev.lede.story.StoryChange;
import dev.lede.story.StoryClusterer.Config;
import dev.lede.story.StoryInput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The state and decisions behind {@link dev.lede.story.StoryClusterer}.
 *
 * <p>Per article: analyse it ({@link FeatureExtractor}); fetch candidate stories from the index
 * (and the few recent articles not yet searchable); join the best one that clears its threshold
 * ({@link Similarity}) or start a story; then repair locally: merge the touched story with
 * candidates it now resembles, and, when it has grown by half since last checked, split it in two
 * if its halves would not have merged. Early decisions rest on one or two articles and are the
 * noisiest, so thresholds carry a margin that shrinks as stories grow, and splits undo the
 * snowballing an early wrong join would otherwise cause.
 */
public final class ClusterEngine implements AutoCloseable {
  private static final int QUERY_TERMS = 10;
  private static final int INDEX_TERMS = 40;
  private static final int QUERY_KEYS = 5;
  private static final int NEIGHBOURS = 20;
  // Split checks run when a story reaches this size, then each time it grows by half.
  private static final int FIRST_SPLIT_CHECK = 4;
  // A split check looks at this many of a story's most recent articles at most.
  private static final int SPLIT_SAMPLE = 256;
  private static final int FEATURE_CACHE = 10_000;
  // Stories unchanged for this many index refreshes' worth of articles, and past the candidate
  // window, go dormant; RECALLED of them stay read back at once.
  private static final int DORMANT_AFTER_REFRESHES = 4;
  private static final int RECALLED = 4096;
  private static final String DORMANT_FILE = "dormant-stories.bin";

  private final Config config;
  private final TermDictionary terms = new TermDictionary();
  private final TermDictionary keys = new TermDictionary();
  private final EmbeddingBackground background = new EmbeddingBackground();
  private final FeatureExtractor extractor;
  private final Similarity similarity;
  private final StorySplit split;
  private final CandidateIndex index;
  // Article id to the story it was last placed in, for the articles of stories on the heap; may be
  // retired, see resolve(). Articles of dormant stories are found through the index.
  private final Map<String, String> placed = new HashMap<>();
  // Articles a split moved after they were indexed with their former story.
  private final Map<String, String> moved = new HashMap<>();
  private final Map<String, String> mergedInto = new HashMap<>();
  // Stories on the heap; the others are dormant.
  private final Map<String, StoryState> stories = new HashMap<>();
  private final DormantStories dormant;
  // Dormant stories read back to score late articles against, most recent last.
  private final LinkedHashMap<String, StoryState> recalled;
  private final Tail tail;
  private final FeatureCache cache;
  private final boolean embeddings;
  private int seq;
  // Latest publication time seen: stories whose news ended a candidate window before it go dormant.
  private Instant newest;

  private ClusterEngine(Config config, CandidateIndex index, DormantStories dormant) {
    this.config = config;
    this.index = index;
    this.dormant = dormant;
    this.recalled =
        new LinkedHashMap<>(256, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, StoryState> eldest) {
            return size() > RECALLED;
          }
        };
    this.embeddings = config.embedder().dimension() > 0 && config.embeddingWeight() > 0;
    this.extractor = new FeatureExtractor(config, terms, keys, embeddings);
    this.similarity = new Similarity(config, terms, keys, background);
    this.split = new StorySplit(similarity, terms, keys);
    this.cache = new FeatureCache(Math.max(FEATURE_CACHE, 2 * config.refreshEvery()));
    this.tail = new Tail(terms, keys);
  }

  public static ClusterEngine inMemory(Config config, CandidateIndex.Factory candidates)
      throws IOException {
    return new ClusterEngine(
        config, candidates.inMemory(config.vectorCandidates()), DormantStories.inMemory());
  }

  public static ClusterEngine open(Path dir, Config config, CandidateIndex.Factory candidates)
      throws IOException {
    CandidateIndex index = candidates.open(dir, config.vectorCandidates());
    DormantStories dormant;
    try {
      dormant = DormantStories.open(dir.resolve(DORMANT_FILE));
    } catch (IOException | RuntimeException e) {
      index.close();
      throw e;
    }
    ClusterEngine engine = new ClusterEngine(config, index, dormant);
    try {
      engine.replay();
    } catch (IOException | RuntimeException e) {
      engine.close();
      throw e;
    }
    return engine;
  }

  public int articleCount() {
    return seq;
  }

  public Assignment assign(StoryInput in) throws IOException {
    Optional<String> known = storyOfArticle(in.id());
    if (known.isPresent()) {
      return new Assignment(in.id(), known.get(), false, 0, List.of());
    }
    ArticleFeatures a = extractor.of(in, seq);
    List<StoryState> cands = candidates(a);
    Map<StoryState, Double> scores = new LinkedHashMap<>();
    StoryState best = null;
    double bestScore = 0;
    double bestMargin = Double.NEGATIVE_INFINITY;
    for (StoryState c : cands) {
      double s = similarity.score(a, c);
      scores.put(c, s);
      // Compare margins, not raw scores: a story of 20 needs less than a lone article.
      double margin = s - similarity.threshold(1, c.size());
      if (margin > bestMargin) {
        best = c;
        bestScore = s;
        bestMargin = margin;
      }
    }
    boolean started = best == null || bestMargin < 0;
    StoryState target = started ? newStory(a.id(), a.seq()) : wake(best);
    record(a, target);
    List<StoryChange> changes = new ArrayList<>();
    List<StoryState> neighbourhood = new ArrayList<>(scores.keySet());
    target = mergeAround(target, neighbourhood, changes);
    repair(target, neighbourhood, changes);
    seq++;
    return new Assignment(
        a.id(), resolve(placed.get(a.id())), started, started ? 0 : bestScore, changes);
  }

  public void restore(StoryInput in, String storyId) throws IOException {
    if (storyOfArticle(in.id()).isPresent()) {
      return;
    }
    ArticleFeatures a = extractor.of(in, seq);
    StoryState target = liveOrNew(resolve(storyId), a.seq());
    record(a, target);
    seq++;
  }

  /** The story {@code id} on the heap (woken when dormant), or a new one of that id. */
  private StoryState liveOrNew(String id, int firstSeq) throws IOException {
    Optional<StoryState> known = find(id);
    if (known.isPresent()) {
      return wake(known.get());
    }
    StoryState s = new StoryState(id, firstSeq);
    stories.put(id, s);
    return s;
  }

  private void record(ArticleFeatures a, StoryState target) throws IOException {
    target.add(a, terms, keys);
    target.lastChanged = a.seq();
    placed.put(a.id(), target.id);
    index.addArticle(FeatureExtractor.entry(a, target.id), indexedTerms(a));
    count(a);
    background.add(a.script(), a.embedding());
    a.published().filter(p -> newest == null || p.isAfter(newest)).ifPresent(p -> newest = p);
    cache.put(a.withoutTermCounts());
    tail.add(a);
    if (tail.size() >= config.refreshEvery()) {
      index.refresh();
      tail.clear();
      putDormant();
    }
  }

  // ---- dormant stories ----

  /**
   * Moves stories no article has changed for a while, and whose news ended a candidate window
   * before the latest seen, off the heap: the heap then holds the stories of the last few weeks,
   * however long the archive. Runs when the index is refreshed, so that the articles of every
   * dormant story are searchable.
   */
  private void putDormant() throws IOException {
    int idle = DORMANT_AFTER_REFRESHES * config.refreshEvery();
    Instant horizon = newest == null ? null : newest.minus(config.candidateWindow());
    List<StoryState> quiet = new ArrayList<>();
    for (StoryState s : stories.values()) {
      boolean old = s.last == null || horizon == null || s.last.isBefore(horizon);
      if (seq - s.lastChanged >= idle && old) {
        quiet.add(s);
      }
    }
    quiet.sort(Comparator.comparingInt(s -> s.seq));
    for (StoryState s : quiet) {
      dormant.put(s);
      stories.remove(s.id);
      for (String article : s.articleIds) {
        placed.remove(article);
      }
    }
  }

  /** A story by its live id: on the heap, recalled, or read back from the dormant ones. */
  private Optional<StoryState> find(String id) throws IOException {
    StoryState s = stories.get(id);
    if (s == null) {
      s = recalled.get(id);
    }
    if (s == null && dormant.contains(id)) {
      s = dormant.get(id).orElseThrow();
      recalled.put(id, s);
    }
    return Optional.ofNullable(s);
  }

  /** {@code s} on the heap to change: a dormant story is taken out of the dormant ones. */
  private StoryState wake(StoryState s) {
    if (stories.get(s.id) == s) {
      return s;
    }
    dormant.remove(s.id);
    recalled.remove(s.id);
    stories.put(s.id, s);
    for (String article : s.articleIds) {
      placed.put(article, s.id);
    }
    return s;
  }

  /** The current story of an article placed before, wherever its story is. */
  private Optional<String> storyOfArticle(String articleId) throws IOException {
    String s = placed.get(articleId);
    if (s == null) {
      s = moved.get(articleId);
    }
    if (s == null) {
      s = index.storyOf(articleId).orElse(null);
    }
    return Optional.ofNullable(s).map(this::resolve);
  }

  /**
   * The article's most specific terms: what a later article's query can match. A query asks for its
   * own most specific terms, which an article on the same event shares among its most specific
   * ones; indexing only these keeps postings, and so merges and searches, a fraction of the full
   * vocabulary's.
   */
  private java.util.Collection<String> indexedTerms(ArticleFeatures a) {
    SparseVector v = a.terms();
    if (v.size() <= INDEX_TERMS) {
      return a.termCounts().keySet();
    }
    SparseVector top = v.prune(INDEX_TERMS, terms::idf);
    List<String> out = new ArrayList<>(top.size());
    for (int i = 0; i < top.size(); i++) {
      out.add(terms.string(top.id(i)));
    }
    return out;
  }

  private void count(ArticleFeatures a) {
    // df counts every distinct term of the article, not only the pruned ones.
    terms.addDocument(a.termIds());
    int[] k = new int[a.keys().size()];
    for (int j = 0; j < k.length; j++) {
      k[j] = a.keys().id(j);
    }
    keys.addDocument(k);
  }

  private StoryState newStory(String firstArticle, int firstSeq) {
    String id = "s-" + sha256(firstArticle).substring(0, 12);
    if (stories.containsKey(id) || dormant.contains(id) || mergedInto.containsKey(id)) {
      // Hash prefix collision, or the article already started a story that was retired.
      id = id + "-" + firstSeq;
    }
    StoryState s = new StoryState(id, firstSeq);
    stories.put(id, s);
    return s;
  }

  private static String sha256(String s) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(md.digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }

  private ArticleFeatures member(String articleId) throws IOException {
    ArticleFeatures f = cache.get(articleId);
    if (f != null) {
      return f;
    }
    CandidateIndex.Entry stored =
        index
            .load(articleId)
            .orElseThrow(
                () ->
                    new IllegalStateException("story index: article " + articleId + " is missing"));
    f = extractor.of(stored).withoutTermCounts();
    cache.put(f);
    return f;
  }

  // ---- candidates ----

  private List<StoryState> candidates(ArticleFeatures a) throws IOException {
    Map<String, Float> queryTerms = topWeighted(a.terms(), terms, QUERY_TERMS);
    Map<String, Float> queryKeys = topWeighted(a.keys(), keys, QUERY_KEYS);
    Optional<Instant> from = a.published().map(p -> p.minus(config.candidateWindow()));
    Optional<Instant> to = a.published().map(p -> p.plus(config.candidateWindow()));
    Set<String> ids = new HashSet<>();
    for (CandidateIndex.Hit hit :
        index.search(
            queryTerms,
            queryKeys,
            a.embedding(),
            from,
            to,
            config.candidateHits(),
            embeddings && config.vectorCandidates() ? NEIGHBOURS : 0)) {
      String story = placed.get(hit.article());
      if (story == null) {
        story = moved.getOrDefault(hit.article(), hit.story());
      }
      ids.add(resolve(story));
    }
    for (ArticleFeatures t : tail.search(a, QUERY_TERMS, QUERY_KEYS, config.candidateHits())) {
      if (!tooFar(a.published(), t.published())) {
        ids.add(resolve(placed.get(t.id())));
      }
    }
    List<StoryState> out = new ArrayList<>(ids.size());
    for (String id : ids) {
      find(id).ifPresent(out::add);
    }
    out.sort(Comparator.comparingInt(s -> s.seq));
    return out;
  }

  private boolean tooFar(Optional<Instant> a, Optional<Instant> b) {
    return a.isPresent()
        && b.isPresent()
        && Duration.between(a.get(), b.get()).abs().compareTo(config.candidateWindow()) > 0;
  }

  /** The {@code n} entries with the largest value times idf among strings seen before. */
  private static Map<String, Float> topWeighted(SparseVector v, TermDictionary dict, int n) {
    Map<String, Float> out = new LinkedHashMap<>();
    topIds(v, dict, n).forEach((id, w) -> out.put(dict.string(id), w));
    return out;
  }

  /** As {@link #topWeighted}, by id. */
  static Map<Integer, Float> topIds(SparseVector v, TermDictionary dict, int n) {
    // Weight bits above, the complement of the position below: sorted ascending and read from the
    // end, largest weight first and, among equal weights, the earlier entry first. Non-negative
    // floats order as their bits do.
    long[] order = new long[v.size()];
    float[] w = new float[v.size()];
    int m = 0;
    for (int i = 0; i < v.size(); i++) {
      w[i] = dict.df(v.id(i)) == 0 ? 0 : v.value(i) * dict.idf(v.id(i));
      if (w[i] > 0) {
        order[m++] = ((long) Float.floatToIntBits(w[i]) << 32) | (0xFFFFFFFFL - i);
      }
    }
    Arrays.sort(order, 0, m);
    Map<Integer, Float> out = new LinkedHashMap<>();
    for (int k = m - 1; k >= 0 && out.size() < n; k--) {
      int i = (int) (0xFFFFFFFFL - (order[k] & 0xFFFFFFFFL));
      out.put(v.id(i), w[i]);
    }
    return out;
  }

  // ---- merges and splits ----

  /** Merges {@code story} with every neighbour it now clears the threshold with. */
  private StoryState mergeAround(
      StoryState story, List<StoryState> neighbourhood, List<StoryChange> changes)
      throws IOException {
    StoryState survivor = story;
    for (StoryState other : neighbourhood) {
      if (other == survivor || mergedInto.containsKey(other.id)) {
        continue;
      }
      if (similarity.score(survivor, other) < similarity.threshold(survivor.size(), other.size())) {
        continue;
      }
      wake(other);
      StoryState keep = survivor.seq <= other.seq ? survivor : other;
      StoryState gone = keep == survivor ? other : survivor;
      keep.absorb(gone, terms, keys);
      keep.lastChanged = seq;
      keep.nextSplitCheck = Math.min(keep.nextSplitCheck, keep.size());
      stories.remove(gone.id);
      dormant.remove(gone.id);
      recalled.remove(gone.id);
      mergedInto.put(gone.id, keep.id);
      index.addChange(
          new CandidateIndex.Change(seq, CandidateIndex.MERGE, gone.id, keep.id, List.of()));
      changes.add(new StoryChange.Merged(gone.id, keep.id));
      survivor = keep;
    }
    return survivor;
  }

  /** Splits {@code story} when due and divided, then lets the parts merge where they belong. */
  private void repair(StoryState story, List<StoryState> neighbourhood, List<StoryChange> changes)
      throws IOException {
    if (story.size() < FIRST_SPLIT_CHECK || story.size() < story.nextSplitCheck) {
      return;
    }
    story.nextSplitCheck = Math.max(FIRST_SPLIT_CHECK, (int) Math.ceil(story.size() * 1.5));
    Optional<List<ArticleFeatures>> leaving = splitOff(story);
    if (leaving.isEmpty()) {
      return;
    }
    List<ArticleFeatures> moved = leaving.get();
    moved.sort(Comparator.comparingInt(ArticleFeatures::seq));
    for (ArticleFeatures a : moved) {
      story.remove(a);
    }
    StoryState part = newStory(moved.get(0).id(), moved.get(0).seq());
    List<String> ids = new ArrayList<>(moved.size());
    for (ArticleFeatures a : moved) {
      part.add(a, terms, keys);
      placed.put(a.id(), part.id);
      this.moved.put(a.id(), part.id);
      ids.add(a.id());
    }
    part.nextSplitCheck = (int) Math.ceil(part.size() * 1.5);
    index.addChange(new CandidateIndex.Change(seq, CandidateIndex.SPLIT, story.id, part.id, ids));
    changes.add(new StoryChange.Split(story.id, part.id, ids));
    List<StoryState> around = new ArrayList<>(neighbourhood);
    around.add(story);
    mergeAround(part, around, changes);
  }

  /** The members a split check looks at: the story's most recent, at most SPLIT_SAMPLE. */
  private Optional<List<ArticleFeatures>> splitOff(StoryState story) throws IOException {
    List<String> ids = story.articleIds;
    List<ArticleFeatures> members = new ArrayList<>();
    for (int i = Math.max(0, ids.size() - SPLIT_SAMPLE); i < ids.size(); i++) {
      members.add(member(ids.get(i)));
    }
    return split.partLeaving(members, story, ids.get(0));
  }

  private String resolve(String story) {
    String s = story;
    String next;
    while ((next = mergedInto.get(s)) != null) {
      s = next;
    }
    if (!s.equals(story)) {
      mergedInto.put(story, s); // path compression
    }
    return s;
  }

  // ---- queries ----

  public Optional<String> storyOf(String articleId) throws IOException {
    return storyOfArticle(articleId);
  }

  public Optional<Story> story(String id) throws IOException {
    return find(resolve(id)).map(s -> s.snapshot(terms, keys));
  }

  public List<String> storyIds() {
    Map<String, Integer> all = dormant.seqs();
    for (StoryState s : stories.values()) {
      all.put(s.id, s.seq);
    }
    List<String> ids = new ArrayList<>(all.keySet());
    ids.sort(Comparator.comparingInt(all::get));
    return ids;
  }

  public int storiesOnHeap() {
    return stories.size();
  }

  public Map<String, String> merges() {
    Map<String, String> out = new TreeMap<>();
    for (String gone : new ArrayList<>(mergedInto.keySet())) {
      out.put(gone, resolve(gone));
    }
    return out;
  }

  // ---- persistence ----

  private void replay() throws IOException {
    List<CandidateIndex.Change> changes;
    Replay replay;
    if (index.inArrivalOrder()) {
      // Articles streamed in document order: a long archive is never all on the heap at once.
      changes = index.changes();
      changes.sort(Comparator.comparingInt(CandidateIndex.Change::seq));
      replay = new Replay(changes);
      index.forEachArticle(replay::article);
    } else {
      List<CandidateIndex.Entry> articles = new ArrayList<>();
      changes = new ArrayList<>();
      index.readAll(articles, changes);
      articles.sort(Comparator.comparingInt(CandidateIndex.Entry::seq));
      changes.sort(Comparator.comparingInt(CandidateIndex.Change::seq));
      replay = new Replay(changes);
      for (CandidateIndex.Entry s : articles) {
        replay.article(s);
      }
    }
    replay.finish();
  }

  /** Replays stored articles in arrival order, with each change after the article it followed. */
  private final class Replay {
    private final List<CandidateIndex.Change> changes;
    private int c;
    private int sinceDormant;

    Replay(List<CandidateIndex.Change> changes) {
      this.changes = changes;
    }

    void article(CandidateIndex.Entry s) throws IOException {
      // Changes caused by article i happened after it joined: replay them before article i + 1.
      while (c < changes.size() && changes.get(c).seq() < s.seq()) {
        apply(changes.get(c++));
      }
      ArticleFeatures a = extractor.of(s);
      StoryState target = liveOrNew(resolve(s.story()), s.seq());
      target.add(a, terms, keys);
      target.lastChanged = s.seq();
      placed.put(a.id(), target.id);
      count(a);
      background.add(a.script(), a.embedding());
      extractor.remember(s.sentences());
      a.published().filter(p -> newest == null || p.isAfter(newest)).ifPresent(p -> newest = p);
      cache.put(a.withoutTermCounts());
      seq = s.seq() + 1;
      // As when the articles first came: stories fall dormant every refresh's worth of articles.
      if (++sinceDormant >= config.refreshEvery()) {
        sinceDormant = 0;
        putDormant();
      }
    }

    void finish() throws IOException {
      while (c < changes.size()) {
        apply(changes.get(c++));
      }
      for (StoryState s : stories.values()) {
        s.nextSplitCheck = Math.max(FIRST_SPLIT_CHECK, (int) Math.ceil(s.size() * 1.5));
      }
    }
  }

  private void apply(CandidateIndex.Change change) throws IOException {
    if (CandidateIndex.MERGE.equals(change.kind())) {
      Optional<StoryState> gone = find(change.from());
      Optional<StoryState> keep = find(change.to());
      if (gone.isPresent() && keep.isPresent()) {
        wake(gone.get());
        wake(keep.get()).absorb(gone.get(), terms, keys);
      }
      stories.remove(change.from());
      dormant.remove(change.from());
      recalled.remove(change.from());
      mergedInto.put(change.from(), change.to());
      return;
    }
    Optional<StoryState> from = find(resolve(change.from()));
    from.ifPresent(this::wake);
    StoryState to = liveOrNew(change.to(), member(change.articles().get(0)).seq());
    for (String id : change.articles()) {
      ArticleFeatures a = member(id);
      if (from.isPresent()) {
        from.get().remove(a);
      }
      to.add(a, terms, keys);
      placed.put(id, to.id);
      moved.put(id, to.id);
    }
  }

  public void commit() throws IOException {
    index.commit();
  }

  @Override
  public void close() throws IOException {
    try {
      index.close();
    } finally {
      try {
        dormant.close();
      } finally {
        extractor.close();
      }
    }
  }

  /** Recently placed articles' features, so split checks rarely read the index. */
  private static final class FeatureCache {
    private final LinkedHashMap<String, ArticleFeatures> map;

    FeatureCache(int capacity) {
      this.map =
          new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, ArticleFeatures> eldest) {
              return size() > capacity;
            }
          };
    }

    ArticleFeatures get(String id) {
      return map.get(id);
    }

    void put(ArticleFeatures f) {
      map.put(f.id(), f);
    }
  }
}
