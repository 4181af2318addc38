package dev.lede.index.lucene.internal;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
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
 *   <li>{@code cjk} (zh, ja): {@link CJKAnalyzer}, overlapping character bigrams;
 *   <li>{@code std} (everything else, including {@code und}): {@link StandardAnalyzer}, no stop
 *       words and no stemming, which is safe for any language.
 * </ul>
 */
public enum LanguageFields {
  EN("en"),
  KO("ko"),
  CJK("cjk"),
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
      case "zh", "zho", "chi", "ja", "jpn", "yue", "wuu", "cmn" -> CJK;
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

  /**
   * The character-bigram twin of a Korean field ({@code title_ko} to {@code title_ko_bigram}).
   * Korean articles are indexed twice: by Nori morphemes, and by Hangul bigrams for the words Nori
   * splits differently alone and in context (names, new words).
   */
  public static String koreanBigramField(String koreanField) {
    return koreanField + "_bigram";
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
      case CJK -> new CJKAnalyzer();
      case STD -> new StandardAnalyzer();
    };
  }

  /** The analyzers of every group, one instance each, keyed by group. */
  public static Map<LanguageFields, Analyzer> newAnalyzers() {
    Map<LanguageFields, Analyzer> analyzers = new HashMap<>();
    for (LanguageFields group : values()) {
      analyzers.put(group, group.newAnalyzer());
    }
    return analyzers;
  }

  /** A wrapper sending each group's fields to its analyzer; other fields use the standard one. */
  public static PerFieldAnalyzerWrapper perField(Map<LanguageFields, Analyzer> analyzers) {
    Map<String, Analyzer> byField = new HashMap<>();
    for (LanguageFields group : values()) {
      byField.put(group.titleField(), analyzers.get(group));
      byField.put(group.textField(), analyzers.get(group));
    }
    byField.put(koreanBigramField(KO.titleField()), analyzers.get(CJK));
    byField.put(koreanBigramField(KO.textField()), analyzers.get(CJK));
    return new PerFieldAnalyzerWrapper(analyzers.get(STD), byField);
  }
}
