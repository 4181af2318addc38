package dev.lede.index.lucene.internal;

import java.io.Reader;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.ja.JapaneseAnalyzer;
import org.apache.lucene.analysis.ko.KoreanAnalyzer;
import org.apache.lucene.analysis.ko.KoreanPartOfSpeechStopFilter;
import org.apache.lucene.analysis.ko.KoreanTokenizer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;

/**
 * Routes an article's language to the pair of analysed fields ({@code title_<group>}, {@code
 * text_<group>}) whose analyzer suits it. One analyzer per field keeps each field's terms
 * consistent, so BM25 statistics are not mixed across languages.
 *
 * <ul>
 *   <li>{@code en}: {@link EnglishAnalyzer}: standard tokenizer, possessive removal, lowercase,
 *       English stop words, Porter stemming ("launches" and "launched" both become "launch");
 *   <li>{@code ko}: {@link KoreanAnalyzer} (Nori), compounds kept alongside their parts ({@code
 *       MIXED}) so both "축구협회" and "협회" find a text, particles and endings dropped;
 *   <li>{@code ja}: {@link JapaneseAnalyzer} (Kuromoji, search mode): words with compounds split,
 *       verbs and adjectives in their dictionary form (打ち上げられた is 打ち上げる), particles and auxiliaries
 *       dropped;
 *   <li>{@code zh} (and other Chinese tags): traditional characters read as simplified, then {@link
 *       SmartChineseAnalyzer}'s word segmentation;
 *   <li>{@code std} (everything else, including {@code und}): {@link StandardAnalyzer}, no stop
 *       words and no stemming, which is safe for any language.
 * </ul>
 *
 * <p>Korean, Japanese and Chinese texts are also indexed in a twin field of overlapping character
 * bigrams ({@link #bigramField}), for the words a morphological analyzer splits differently alone
 * and in context (new names, unknown words).
 */
public enum LanguageFields {
  EN("en"),
  KO("ko"),
  JA("ja"),
  ZH("zh"),
  STD("std");

  private final String suffix;

  LanguageFields(String suffix) {
    this.suffix = suffix;
  }

  /** The group for a BCP 47 tag, by its primary subtag ({@code en-GB} is {@code en}). */
  public static LanguageFields of(String languageTag) {
    String primary = languageTag.strip().toLowerCase(Locale.ROOT);
    int dash = primary.indexOf('-');
    if (dash < 0) {
      dash = primary.indexOf('_');
    }
    if (dash >= 0) {
      primary = primary.substring(0, dash);
    }
    return switch (primary) {
      case "en", "eng" -> EN;
      case "ko", "kor" -> KO;
      case "ja", "jpn" -> JA;
      case "zh", "zho", "chi", "yue", "wuu", "cmn", "lzh" -> ZH;
      default -> STD;
    };
  }

  /** The analysed title field of this group. */
  public String titleField() {
    return "title_" + suffix;
  }

  /** The analysed body text field of this group. */
  public String textField() {
    return "text_" + suffix;
  }

  /** True for the groups indexed also by character bigrams (Korean, Japanese, Chinese). */
  public boolean hasBigramTwin() {
    return this == KO || this == JA || this == ZH;
  }

  /**
   * The character-bigram twin of a field ({@code title_ko} to {@code title_ko_bigram}), indexed
   * beside the words for the groups that {@linkplain #hasBigramTwin have one}.
   */
  public static String bigramField(String field) {
    return field + "_bigram";
  }

  /** A new analyzer for this group's fields. */
  public Analyzer newAnalyzer() {
    return switch (this) {
      case EN -> new EnglishAnalyzer();
      case KO ->
          new KoreanAnalyzer(
              null,
              KoreanTokenizer.DecompoundMode.MIXED,
              KoreanPartOfSpeechStopFilter.DEFAULT_STOP_TAGS,
              false);
      case JA -> new JapaneseAnalyzer();
      case ZH -> simplifiedFirst(new SmartChineseAnalyzer());
      case STD -> new StandardAnalyzer();
    };
  }

  /** A new analyzer for this group's bigram twins (see {@link #hasBigramTwin}). */
  public Analyzer newBigramAnalyzer() {
    return this == ZH ? simplifiedFirst(new CJKAnalyzer()) : new CJKAnalyzer();
  }

  /** {@code analyzer} reading traditional Chinese characters as simplified ones. */
  private static Analyzer simplifiedFirst(Analyzer analyzer) {
    return new AnalyzerWrapper(analyzer.getReuseStrategy()) {
      @Override
      protected Analyzer getWrappedAnalyzer(String fieldName) {
        return analyzer;
      }

      @Override
      protected Reader wrapReader(String fieldName, Reader reader) {
        return new SimplifiedChinese(reader);
      }

      @Override
      protected Reader wrapReaderForNormalization(String fieldName, Reader reader) {
        return new SimplifiedChinese(reader);
      }
    };
  }

  /** The analyzers of every group, one instance each, keyed by group. */
  public static Map<LanguageFields, Analyzer> newAnalyzers() {
    Map<LanguageFields, Analyzer> analyzers = new EnumMap<>(LanguageFields.class);
    for (LanguageFields group : values()) {
      analyzers.put(group, group.newAnalyzer());
    }
    return analyzers;
  }

  /** The bigram analyzers of the groups that have a bigram twin, keyed by group. */
  public static Map<LanguageFields, Analyzer> newBigramAnalyzers() {
    Map<LanguageFields, Analyzer> analyzers = new EnumMap<>(LanguageFields.class);
    for (LanguageFields group : values()) {
      if (group.hasBigramTwin()) {
        analyzers.put(group, group.newBigramAnalyzer());
      }
    }
    return analyzers;
  }

  /**
   * A wrapper sending each group's fields to its analyzer and each bigram twin to its bigram
   * analyzer; other fields use the standard one.
   */
  public static PerFieldAnalyzerWrapper perField(
      Map<LanguageFields, Analyzer> analyzers, Map<LanguageFields, Analyzer> bigrams) {
    Map<String, Analyzer> byField = new HashMap<>();
    for (LanguageFields group : values()) {
      byField.put(group.titleField(), analyzers.get(group));
      byField.put(group.textField(), analyzers.get(group));
      if (group.hasBigramTwin()) {
        byField.put(bigramField(group.titleField()), bigrams.get(group));
        byField.put(bigramField(group.textField()), bigrams.get(group));
      }
    }
    return new PerFieldAnalyzerWrapper(analyzers.get(STD), byField);
  }
}
