package dev.lede.nlp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * Chooses what to embed for an article: the title and its key sentences, not the whole text (the
 * model reads 256 tokens; the lead and the sentences dense in names and numbers carry the story). A
 * sentence scores by position (lead first), by the names and facts in it, and loses weight when
 * very short or very long.
 */
public final class EmbeddingText {
  /** Default number of key sentences. */
  public static final int DEFAULT_SENTENCES = 3;

  /** Longest text returned, about what the model reads at once. */
  public static final int MAX_CHARS = 1_000;

  /** Length of {@link #head}. */
  public static final int HEAD_CHARS = 1_200;

  /**
   * Key sentences embedded one by one at ingest, for the writer: it looks their vectors up by the
   * exact sentence text ({@link Sentence#text()}) and falls back to lexical features without one.
   */
  public static final int WRITER_SENTENCES = 5;

  private EmbeddingText() {}

  /** Title plus the {@value #DEFAULT_SENTENCES} key sentences. */
  public static String of(String title, Analysis analysis) {
    return of(title, analysis, DEFAULT_SENTENCES);
  }

  /** Title plus the {@code sentences} key sentences in text order, at most {@link #MAX_CHARS}. */
  public static String of(String title, Analysis analysis, int sentences) {
    Objects.requireNonNull(title, "title");
    StringBuilder b = new StringBuilder(title.strip());
    for (Sentence s : keySentences(analysis, sentences)) {
      if (b.length() > 0) {
        b.append('\n');
      }
      b.append(s.text());
    }
    String out = b.length() > MAX_CHARS ? b.substring(0, MAX_CHARS) : b.toString();
    return out;
  }

  /**
   * Everything ingest embeds for an article, each text once, the article text first: {@link
   * #of(String, Analysis)}, then the title exactly as given, then the text of each of the {@link
   * #WRITER_SENTENCES} key sentences exactly as the splitter gave it. Blank texts are left out (the
   * title may be empty); the list is empty only when the article has no text at all.
   */
  public static List<String> ingestTexts(String title, Analysis analysis) {
    Objects.requireNonNull(title, "title");
    LinkedHashSet<String> out = new LinkedHashSet<>();
    String article = of(title, analysis);
    if (!article.isBlank()) {
      out.add(article);
    }
    if (!title.isBlank()) {
      out.add(title);
    }
    for (Sentence s : keySentences(analysis, WRITER_SENTENCES)) {
      if (!s.text().isBlank()) {
        out.add(s.text());
      }
    }
    return List.copyOf(out);
  }

  /**
   * The title, a newline and the start of the text, {@link #HEAD_CHARS} at most (the text alone
   * when the title is blank): what stands for an article in a language whose sentences the model
   * cannot score, and what story clustering embeds.
   */
  public static String head(String title, String text) {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(text, "text");
    String all = title.isBlank() ? text : title + "\n" + text;
    return all.length() > HEAD_CHARS ? all.substring(0, HEAD_CHARS) : all;
  }

  /** The {@code k} best sentences of the analysis, in text order. */
  public static List<Sentence> keySentences(Analysis analysis, int k) {
    Objects.requireNonNull(analysis, "analysis");
    if (k < 0) {
      throw new IllegalArgumentException("k must not be negative, was " + k);
    }
    List<Sentence> all = analysis.sentences();
    double[] score = new double[all.size()];
    for (int i = 0; i < all.size(); i++) {
      Sentence s = all.get(i);
      int names = 0;
      for (Mention m : analysis.mentions()) {
        names += s.contains(m.start()) ? 1 : 0;
      }
      int facts = 0;
      for (Fact f : analysis.facts()) {
        facts += s.contains(f.start()) ? 1 : 0;
      }
      double v = 1.0 / (1 + i) + 0.15 * Math.min(names, 4) + 0.1 * Math.min(facts, 3);
      int len = s.text().length();
      if (len < 40 || len > 400) {
        v *= 0.5;
      }
      score[i] = v;
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.comparingDouble((Integer i) -> -score[i]).thenComparingInt(i -> i));
    List<Integer> chosen = new ArrayList<>(order.subList(0, Math.min(k, order.size())));
    chosen.sort(null);
    List<Sentence> out = new ArrayList<>();
    for (int i : chosen) {
      out.add(all.get(i));
    }
    return out;
  }
}
