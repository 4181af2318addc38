package dev.lede.write.internal;

import dev.lede.nlp.Embedder;
import dev.lede.nlp.EmbeddingCache;
import dev.lede.nlp.VectorStore;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the planner's sentence embeddings come from. Either way a vector belongs to a candidate's
 * <em>source</em> sentence, exactly as the splitter gave it (not the trimmed draft), so a vector
 * computed at ingest serves every later write of the story. Candidates left without a vector are
 * scored on their TF-IDF features ({@link Lexical}).
 */
public sealed interface SentenceVectors {
  /**
   * Attaches vectors to some of the candidates in {@code pool} and returns the vectors of those
   * documents' titles that have one. {@code pool} lists the candidates best by lexical score first;
   * an implementation that must compute vectors takes them from its head.
   */
  Map<Doc, float[]> attach(List<Doc> docs, List<Candidate> pool);

  /**
   * Gives the candidates that have no vector one where this source can make it: the few sentences a
   * story publishes are compared fact by fact ({@link Restatements#sameFact}), which reads best on
   * embeddings. Only a model-backed source computes; the others leave them as they are.
   */
  default void complete(List<Candidate> cands) {}

  /** No vectors at all: every sentence is scored on its TF-IDF features. */
  record None() implements SentenceVectors {
    @Override
    public Map<Doc, float[]> attach(List<Doc> docs, List<Candidate> pool) {
      return Map.of();
    }
  }

  /** Vectors stored earlier (at ingest), read by the SHA-256 of the text; never runs a model. */
  record Stored(VectorStore store) implements SentenceVectors {
    public Stored {
      Objects.requireNonNull(store, "store");
    }

    @Override
    public Map<Doc, float[]> attach(List<Doc> docs, List<Candidate> pool) {
      Map<String, Optional<float[]>> seen = new HashMap<>();
      Map<Doc, float[]> titles = new IdentityHashMap<>();
      for (Doc d : docs) {
        Optional<String> title = d.input.title().filter(t -> !t.isBlank());
        if (title.isPresent()) {
          // As given, else stripped: either is how an ingest may have keyed it.
          Optional<float[]> v = lookup(title.get(), seen);
          if (v.isEmpty() && !title.get().strip().equals(title.get())) {
            v = lookup(title.get().strip(), seen);
          }
          v.ifPresent(x -> titles.put(d, x));
        }
      }
      for (Candidate c : pool) {
        c.vector = lookup(c.sourceText(), seen).orElse(Candidate.NO_VECTOR);
      }
      return titles;
    }

    private Optional<float[]> lookup(String text, Map<String, Optional<float[]>> seen) {
      return seen.computeIfAbsent(text, t -> store.get(EmbeddingCache.keyOf(t)));
    }
  }

  /**
   * Vectors computed by a model for at most {@code maxTexts} source sentences, the head of the
   * pool: bounds the model's cost per story whatever the story's size.
   */
  record Computed(Embedder embedder, int maxTexts) implements SentenceVectors {
    public Computed {
      Objects.requireNonNull(embedder, "embedder");
      if (maxTexts < 1) {
        throw new IllegalArgumentException("maxTexts must be at least 1, was " + maxTexts);
      }
    }

    @Override
    public Map<Doc, float[]> attach(List<Doc> docs, List<Candidate> pool) {
      Map<String, List<Candidate>> byText = new LinkedHashMap<>();
      for (Candidate c : pool) {
        if (byText.size() >= maxTexts && !byText.containsKey(c.sourceText())) {
          continue;
        }
        byText.computeIfAbsent(c.sourceText(), k -> new ArrayList<>()).add(c);
      }
      if (byText.isEmpty()) {
        return Map.of();
      }
      List<String> texts = new ArrayList<>(byText.keySet());
      float[][] vs = embedder.embed(texts);
      if (vs.length != texts.size()) {
        throw new IllegalStateException(
            "embedder returned " + vs.length + " vectors for " + texts.size() + " texts");
      }
      for (int k = 0; k < texts.size(); k++) {
        for (Candidate c : byText.get(texts.get(k))) {
          c.vector = vs[k];
        }
      }
      return Map.of();
    }

    @Override
    public void complete(List<Candidate> cands) {
      Map<String, List<Candidate>> byText = new LinkedHashMap<>();
      for (Candidate c : cands) {
        if (!c.hasVector()) {
          byText.computeIfAbsent(c.sourceText(), k -> new ArrayList<>()).add(c);
        }
      }
      if (byText.isEmpty()) {
        return;
      }
      List<String> texts = new ArrayList<>(byText.keySet());
      float[][] vs = embedder.embed(texts);
      for (int k = 0; k < Math.min(vs.length, texts.size()); k++) {
        for (Candidate c : byText.get(texts.get(k))) {
          c.vector = vs[k];
        }
      }
    }
  }

  /**
   * The pool order for {@link Computed}: each document's candidates best first, taken in turns
   * across documents so that a capped pool still covers every outlet's best sentences.
   */
  static List<Candidate> roundRobin(List<Doc> docs, List<Candidate> cands) {
    Map<Doc, List<Candidate>> byDoc = new LinkedHashMap<>();
    for (Doc d : docs) {
      byDoc.put(d, new ArrayList<>());
    }
    for (Candidate c : cands) {
      byDoc.computeIfAbsent(c.doc, k -> new ArrayList<>()).add(c);
    }
    int longest = 0;
    for (List<Candidate> l : byDoc.values()) {
      l.sort(
          Comparator.comparingDouble((Candidate c) -> -c.score).thenComparingInt(c -> c.sentence));
      longest = Math.max(longest, l.size());
    }
    List<Candidate> out = new ArrayList<>();
    for (int r = 0; r < longest; r++) {
      for (List<Candidate> l : byDoc.values()) {
        if (r < l.size()) {
          out.add(l.get(r));
        }
      }
    }
    return out;
  }
}
