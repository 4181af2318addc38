package dev.lede.story.internal;

import dev.lede.index.CandidateIndex;
import dev.lede.story.StoryClusterer.Config;
import dev.lede.story.StoryInput;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Turns an article into what the clusterer compares ({@link ArticleFeatures}): the outlet's
 * repeated sentences stripped ({@link Boilerplate}), analysed terms weighted {@code 1 + ln tf} and
 * pruned to the most specific, entity keys, and a unit-length embedding of the text's head; and
 * back from what the candidate index keeps.
 */
final class FeatureExtractor implements AutoCloseable {
  private static final int MAX_ARTICLE_TERMS = 160;
  private static final int EMBED_CHARS = 1200;
  // Sentence keys remembered for template detection: a few weeks of a busy archive.
  private static final int BOILERPLATE_SENTENCES = 1 << 17;

  private final Config config;
  private final TermDictionary terms;
  private final TermDictionary keys;
  private final boolean embeddings;
  private final TextAnalysis analysis = new TextAnalysis();
  private final Boilerplate boilerplate = new Boilerplate(BOILERPLATE_SENTENCES);

  FeatureExtractor(Config config, TermDictionary terms, TermDictionary keys, boolean embeddings) {
    this.config = config;
    this.terms = terms;
    this.keys = keys;
    this.embeddings = embeddings;
  }

  /** Remembers an outlet's sentence keys of an article replayed from the index. */
  void remember(long[] sentences) {
    boilerplate.remember(sentences);
  }

  /** The features of a new article, the {@code seq}th to arrive. */
  ArticleFeatures of(StoryInput in, int seq) {
    long[] sentences = Boilerplate.keys(in.source(), in.title(), in.text());
    String text = boilerplate.strip(in.title(), in.text(), sentences);
    TextAnalysis.Script script = TextAnalysis.scriptOf(text);
    List<String> tokens = analysis.terms(text, script);
    Map<String, Integer> counts = new TreeMap<>();
    for (String t : tokens) {
      counts.merge(t, 1, Integer::sum);
    }
    return features(
        in.id(),
        seq,
        in.title(),
        in.source(),
        in.published(),
        counts,
        keysOf(text),
        lead(text),
        embed(text),
        script,
        sentences);
  }

  private ArticleFeatures features(
      String id,
      int seq,
      String title,
      Optional<String> source,
      Optional<Instant> published,
      Map<String, Integer> counts,
      List<String> keyStrings,
      Optional<String> lead,
      float[] embedding,
      TextAnalysis.Script script,
      long[] sentences) {
    int[] termIds = new int[counts.size()];
    float[] weights = new float[counts.size()];
    long[] byId = new long[counts.size()];
    int n = 0;
    double norm = 0;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      float w = (float) (1 + Math.log(e.getValue()));
      termIds[n] = terms.id(e.getKey());
      weights[n] = w;
      byId[n] = ((long) termIds[n] << 32) | n;
      n++;
      norm += w * w;
    }
    Arrays.sort(byId);
    float scale = norm > 0 ? (float) (1 / Math.sqrt(norm)) : 1f;
    int[] sortedIds = new int[n];
    float[] sortedValues = new float[n];
    for (int i = 0; i < n; i++) {
      sortedIds[i] = (int) (byId[i] >>> 32);
      sortedValues[i] = norm > 0 ? weights[(int) byId[i]] * scale : weights[(int) byId[i]];
    }
    SparseVector termVector =
        SparseVector.ofSorted(sortedIds, sortedValues).prune(MAX_ARTICLE_TERMS, terms::idf);
    int[] keyIds = new int[keyStrings.size()];
    for (int i = 0; i < keyIds.length; i++) {
      keyIds[i] = keys.id(keyStrings.get(i));
    }
    Arrays.sort(keyIds);
    int distinct = 0;
    for (int i = 0; i < keyIds.length; i++) {
      if (i == 0 || keyIds[i] != keyIds[i - 1]) {
        keyIds[distinct++] = keyIds[i];
      }
    }
    keyIds = Arrays.copyOf(keyIds, distinct);
    float[] ones = new float[distinct];
    Arrays.fill(ones, 1f);
    return new ArticleFeatures(
        id,
        seq,
        title,
        source,
        published,
        counts,
        termIds,
        termVector,
        keyStrings,
        SparseVector.ofSorted(keyIds, ones),
        lead,
        embedding,
        script,
        sentences);
  }

  /** The article as the candidate index keeps it. */
  static CandidateIndex.Entry entry(ArticleFeatures a, String story) {
    return new CandidateIndex.Entry(
        a.seq(),
        a.id(),
        story,
        a.title(),
        a.source(),
        a.published(),
        a.termCounts(),
        a.keyStrings(),
        a.embedding(),
        Optional.of(a.script().name()),
        a.sentenceKeys(),
        a.lead());
  }

  /** The script an entry names; entries written before scripts were kept: its headline's. */
  private static TextAnalysis.Script script(CandidateIndex.Entry s) {
    for (TextAnalysis.Script v : TextAnalysis.Script.values()) {
      if (s.script().filter(v.name()::equals).isPresent()) {
        return v;
      }
    }
    return TextAnalysis.scriptOf(s.title());
  }

  /** The features of an article read back from the candidate index. */
  ArticleFeatures of(CandidateIndex.Entry s) {
    return features(
        s.id(),
        s.seq(),
        s.title(),
        s.source(),
        s.published(),
        s.termCounts(),
        s.keys(),
        s.lead(),
        s.embedding().length == 0 ? s.embedding() : unit(s.embedding()),
        script(s),
        s.sentences());
  }

  private List<String> keysOf(String text) {
    Set<String> k = config.entityKeys().keys(text);
    if (k == null) {
      throw new IllegalStateException("story: the entity-key extractor returned null");
    }
    List<String> sorted = new ArrayList<>(k.size());
    for (String s : k) {
      if (s != null && !s.isBlank()) {
        sorted.add(s);
      }
    }
    sorted.sort(null);
    return sorted;
  }

  private Optional<String> lead(String text) {
    Optional<String> lead = config.entityKeys().lead(text);
    if (lead == null) {
      throw new IllegalStateException("story: the entity-key extractor returned a null lead");
    }
    return lead.filter(k -> !k.isBlank());
  }

  private float[] embed(String text) {
    if (!embeddings) {
      return new float[0];
    }
    String head = text.length() > EMBED_CHARS ? text.substring(0, EMBED_CHARS) : text;
    float[][] out = config.embedder().embed(List.of(head));
    if (out == null || out.length != 1 || out[0] == null) {
      throw new IllegalStateException("story: the embedder returned no vector for one text");
    }
    if (out[0].length != config.embedder().dimension()) {
      throw new IllegalStateException(
          "story: the embedder returned "
              + out[0].length
              + " dimensions, expected "
              + config.embedder().dimension());
    }
    return unit(out[0]);
  }

  private static float[] unit(float[] v) {
    double n = 0;
    for (float x : v) {
      n += (double) x * x;
    }
    float[] out = new float[v.length];
    if (n == 0) {
      return out;
    }
    float inv = (float) (1 / Math.sqrt(n));
    for (int i = 0; i < v.length; i++) {
      out[i] = v[i] * inv;
    }
    return out;
  }

  @Override
  public void close() {
    analysis.close();
  }
}
