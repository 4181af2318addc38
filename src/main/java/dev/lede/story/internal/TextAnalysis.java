package dev.lede.story.internal;

import dev.lede.lang.ScriptCounts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Turns text into the terms story similarity is computed on. The analysis chain is picked per
 * article from its script: Hangul, Han and Kana text goes through CJK bigrams, everything else
 * through Lucene's English chain (possessives, stop words, Porter stems). Bigrams rather than Nori
 * for Korean: Nori's dictionary misreads unknown names (태풍 산바 comes out as the verb 살다), and a term
 * that is not in the text cannot match the next report of the same event; bigrams of the surface
 * always can.
 */
public final class TextAnalysis implements AutoCloseable {

  /** Script family of a text, which decides its analysis chain. */
  public enum Script {
    LATIN,
    HANGUL,
    CJK
  }

  private final Analyzer english = new EnglishAnalyzer();
  private final Analyzer cjk = new CJKAnalyzer();

  /** The dominant script among the letters of {@code text}; LATIN when there are no letters. */
  public static Script scriptOf(CharSequence text) {
    ScriptCounts counts = ScriptCounts.of(text);
    int letters = counts.letters();
    if (letters == 0) {
      return Script.LATIN;
    }
    // Korean news mixes in Hanja and Latin names; a fifth of Hangul letters is already Korean.
    if (counts.hangul() * 5 >= letters) {
      return Script.HANGUL;
    }
    return (counts.han() + counts.kana()) * 5 >= letters ? Script.CJK : Script.LATIN;
  }

  /** The analysed terms of {@code text} in order, duplicates kept. */
  public List<String> terms(String text, Script script) {
    Analyzer analyzer =
        switch (script) {
          case HANGUL, CJK -> cjk;
          case LATIN -> english;
        };
    return tokens(analyzer, text);
  }

  static List<String> tokens(Analyzer analyzer, String text) {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream("t", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        if (term.length() > 0) {
          out.add(term.toString());
        }
      }
      ts.end();
    } catch (IOException e) {
      // Analysing an in-memory string cannot do I/O.
      throw new UncheckedIOException(e);
    }
    return out;
  }

  @Override
  public void close() {
    english.close();
    cjk.close();
  }
}
