package dev.lede.write.internal;

import dev.lede.model.SourceSpan;
import dev.lede.model.WrittenSentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The headline: the story's main news in headline style, made from its opening sentences (the
 * lede's first, where the writer puts who did what). English sentences are compressed ({@link
 * ClauseCompression}: main clause, no attribution, subordinate or time clause, no articles, verb in
 * headline tense); Korean ones take the noun-ending style of Korean headlines ({@link
 * Korean#headlineClause}). A sentence that gives no such headline is passed over for the next;
 * failing all, a clause cut verbatim from the lede ({@link Clauses}). The headline cites the source
 * spans of the sentence it came from, narrowed to the part it keeps.
 */
public final class Headlines {
  public static final int HEADLINE_MAX = 70;
  public static final int META_MIN = 121;
  public static final int META_MAX = 156;

  /** How many opening sentences a headline may come from: the lede's. */
  static final int FROM = 3;

  private Headlines() {}

  /**
   * A headline and what supports it.
   *
   * @param text at most {@value #HEADLINE_MAX} chars
   * @param sources the source spans of the sentence it came from, narrowed to what it keeps
   * @param sentence index of that sentence among those given
   */
  public record Headline(String text, List<SourceSpan> sources, int sentence) {
    public Headline {
      sources = List.copyOf(sources);
    }
  }

  /** The headline for a story whose sentences, in reading order (lede first), are given. */
  public static Headline news(List<WrittenSentence> sentences) {
    if (sentences.isEmpty()) {
      throw new IllegalArgumentException("a headline needs at least one sentence");
    }
    int n = Math.min(sentences.size(), FROM);
    for (int i = 0; i < n; i++) {
      WrittenSentence ws = sentences.get(i);
      String text = ws.text();
      if (Korean.isKorean(text)) {
        Optional<String> c = Korean.headlineClause(text, HEADLINE_MAX);
        if (c.isPresent() && Words.count(c.get()) >= 2) {
          return new Headline(c.get(), ws.sources(), i);
        }
        continue;
      }
      if (!latin(text)) {
        continue;
      }
      Optional<ClauseCompression.Compressed> c = ClauseCompression.headline(text, HEADLINE_MAX);
      if (c.isPresent()) {
        return new Headline(
            c.get().text(), narrowed(ws, text.substring(c.get().from(), c.get().to())), i);
      }
    }
    for (int i = 0; i < Math.min(sentences.size(), Clauses.FALLBACK_FROM); i++) {
      WrittenSentence ws = sentences.get(i);
      boolean korean = Korean.isKorean(ws.text());
      List<String> cs = Clauses.clauses(ws.text(), HEADLINE_MAX, korean);
      if (!cs.isEmpty()) {
        return new Headline(cs.get(0), narrowed(ws, cs.get(0)), i);
      }
    }
    WrittenSentence first = sentences.get(0);
    return new Headline(cutAtBoundary(first.text()), first.sources(), 0);
  }

  private static boolean latin(String text) {
    return text.codePoints().filter(Character::isLetter).limit(40).allMatch(c -> c < 0x2E80);
  }

  /** The sentence's spans, each quote narrowed to {@code kept} where it holds it verbatim. */
  static List<SourceSpan> narrowed(WrittenSentence ws, String kept) {
    List<SourceSpan> out = new ArrayList<>();
    for (SourceSpan s : ws.sources()) {
      String k = kept.strip();
      out.add(!k.isEmpty() && s.quote().contains(k) ? new SourceSpan(s.article(), k) : s);
    }
    return out;
  }

  /** A sentence cut to the headline length at a comma-like mark or, failing that, a word. */
  private static String cutAtBoundary(String text) {
    String t = text.strip().replaceAll("[.。!?！？]+$", "");
    if (t.length() <= HEADLINE_MAX) {
      return t;
    }
    int best = -1;
    for (int k = 0; k < HEADLINE_MAX; k++) {
      char c = t.charAt(k);
      if (c == ',' || c == '、' || c == '，' || c == ';' || c == '；') {
        best = k;
      }
    }
    if (best > 10) {
      return t.substring(0, best).strip();
    }
    int sp = t.lastIndexOf(' ', HEADLINE_MAX);
    return (sp > 10 ? t.substring(0, sp) : t.substring(0, HEADLINE_MAX)).strip();
  }

  /**
   * The keyphrase-led headline of a verbatim clause ({@link Clauses#headline}), citing the sentence
   * the clause came from: for Korean stories whose news headline lacks the keyphrase.
   */
  public static Headline labelled(String keyphrase, List<WrittenSentence> sentences) {
    String text = Clauses.headline(keyphrase, sentences);
    int colon = text.indexOf(": ");
    String clause = colon >= 0 ? text.substring(colon + 2) : text;
    for (int i = 0; i < sentences.size(); i++) {
      if (sentences.get(i).text().contains(clause)) {
        return new Headline(text, narrowed(sentences.get(i), clause), i);
      }
    }
    return new Headline(text, sentences.get(0).sources(), 0);
  }

  // What the planner asks while choosing among keyphrases: whether the opening sentences carry
  // one in a natural clause (see Clauses).

  /** See {@link Clauses#FALLBACK_LABEL}. */
  public static final String FALLBACK_LABEL = Clauses.FALLBACK_LABEL;

  /** See {@link Clauses#naturalAt}. */
  public static Optional<Clauses.Natural> naturalAt(
      String keyphrase, List<WrittenSentence> sentences) {
    return Clauses.naturalAt(keyphrase, sentences);
  }

  /** See {@link Clauses#headline}: the keyphrase-led headline of a verbatim clause. */
  public static String headline(String keyphrase, List<WrittenSentence> sentences) {
    return Clauses.headline(keyphrase, sentences);
  }
}
