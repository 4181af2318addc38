package dev.lede.lang;

import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.ko.KoreanTokenizer;

/**
 * The one place the stages set up Lucene's CJK word analysers for reading text (the search index
 * has its own in {@code index.lucene}): each analyser is a bare tokenizer with no filters, so
 * offsets and surface forms read as the text does. Analysers are thread-safe; the dictionaries
 * behind them load once per JVM.
 */
public final class Analyzers {
  private Analyzers() {}

  /** Korean words by Nori as written: no decompounding, no unknown unigrams, no punctuation. */
  public static Analyzer korean() {
    return of(() -> koreanTokenizer(KoreanTokenizer.DecompoundMode.NONE));
  }

  /** A Nori tokenizer (no user dictionary, punctuation dropped) with {@code mode}. */
  public static KoreanTokenizer koreanTokenizer(KoreanTokenizer.DecompoundMode mode) {
    return new KoreanTokenizer(
        TokenStream.DEFAULT_TOKEN_ATTRIBUTE_FACTORY, null, mode, false, true);
  }

  /** Japanese words by Kuromoji in normal mode, keeping punctuation as tokens or not. */
  public static Analyzer japanese(boolean discardPunctuation) {
    return of(() -> new JapaneseTokenizer(null, discardPunctuation, JapaneseTokenizer.Mode.NORMAL));
  }

  /** Chinese words by SmartChinese's HMM tokenizer. */
  public static Analyzer chinese() {
    return of(HMMChineseTokenizer::new);
  }

  private static Analyzer of(Supplier<Tokenizer> tokenizer) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String field) {
        return new TokenStreamComponents(tokenizer.get());
      }
    };
  }
}
