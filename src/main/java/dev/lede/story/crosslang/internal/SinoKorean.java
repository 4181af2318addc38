package dev.lede.story.crosslang.internal;

import com.github.benmanes.caffeine.cache.Cache;
import dev.lede.lang.Analyzers;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ko.KoreanReadingFormFilter;
import org.apache.lucene.analysis.ko.KoreanTokenizer;
import org.apache.lucene.analysis.ko.POS;
import org.apache.lucene.analysis.ko.tokenattributes.PartOfSpeechAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Sino-Korean words as {@code k:} keys: a Korean noun as Nori reads it ("지진"), and a Chinese or
 * Japanese word in Han characters by its Korean reading from Nori's Hanja dictionary (地震 → 지진, 大統領
 * → 대통령, 議會 → 의회), so that Korean and Han-script reports share the words of the event they tell.
 * Han text is turned to traditional characters first, the forms that dictionary holds. Korean text
 * is read word by word and Han text run by run, each alone, so that what was read is remembered
 * ({@link Memo}) and a reading never depends on its neighbours.
 */
final class SinoKorean {
  private static final Pattern HAN = Pattern.compile("\\p{IsHan}+");
  private static final Pattern HANGUL = Pattern.compile("\\p{IsHangul}");
  // Nori's tokenizer holds its dictionaries once; a tokenizer per thread is cheap to reuse.
  private static final ThreadLocal<KoreanTokenizer> NORI =
      ThreadLocal.withInitial(
          () -> Analyzers.koreanTokenizer(KoreanTokenizer.DecompoundMode.DISCARD));

  private SinoKorean() {}

  /**
   * The {@code k:} keys of {@code text}, word by word (Korean) and run by run (Han), each item's
   * keys remembered in {@code memo}.
   */
  static Set<String> keys(String text, Memo memo) {
    Set<String> out = new LinkedHashSet<>();
    if (!Scripts.hasCjk(text)) {
      return out;
    }
    if (HANGUL.matcher(text).find()) {
      List<String> words = new ArrayList<>();
      for (String w : text.split("\\s+")) {
        if (HANGUL.matcher(w).find()) {
          words.add(w);
        }
      }
      read(words, memo.koreanReadings, w -> w, false, out);
    }
    List<String> runs = new ArrayList<>();
    Matcher m = HAN.matcher(text);
    while (m.find()) {
      // One character reads as one syllable, and a key needs two: no single Han character gives
      // one (SinoKoreanTest reads them all), and lone kanji are common in Japanese text.
      if (m.group().codePointCount(0, m.group().length()) > 1) {
        runs.add(m.group());
      }
    }
    read(runs, memo.hanReadings, HanForms::traditional, true, out);
    return out;
  }

  /**
   * Adds the keys of each of {@code items}, remembered in {@code memo} or read by Nori one item
   * alone: a reading must not depend on what else was read (analysed together, even between full
   * stops, 千葉 was read as 천엽 beside some runs and not beside others).
   */
  private static void read(
      List<String> items,
      Cache<String, String[]> memo,
      UnaryOperator<String> form,
      boolean readings,
      Set<String> out) {
    for (String item : items) {
      String[] keys =
          Memo.get(
              memo,
              item,
              i -> {
                Set<String> k = new LinkedHashSet<>();
                analyse(form.apply(i) + " . ", readings, k);
                return k.toArray(new String[0]);
              });
      for (String k : keys) {
        out.add(k);
      }
    }
  }

  /** The {@code k:} keys of {@code text}. */
  static Set<String> keys(String text) {
    return keys(text, new Memo());
  }

  /** The {@code k:} keys Nori reads in one run of Han characters alone, as {@link #keys} does. */
  static Set<String> runKeys(String run) {
    Set<String> out = new LinkedHashSet<>();
    analyse(HanForms.traditional(run) + " . ", true, out);
    return out;
  }

  private static void analyse(String text, boolean readings, Set<String> out) {
    KoreanTokenizer nori = NORI.get();
    try {
      nori.setReader(new StringReader(text));
      TokenStream ts = readings ? new KoreanReadingFormFilter(nori) : nori;
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      PartOfSpeechAttribute pos = ts.addAttribute(PartOfSpeechAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        POS.Tag tag = pos.getLeftPOS();
        if (term.length() >= 2 && (tag == POS.Tag.NNG || tag == POS.Tag.NNP) && isHangul(term)) {
          out.add("k:" + term);
        }
      }
      ts.end();
      ts.close();
    } catch (IOException e) {
      throw new UncheckedIOException("Nori failed on an in-memory string", e);
    }
  }

  private static boolean isHangul(CharSequence s) {
    for (int i = 0; i < s.length(); i++) {
      if (!Scripts.isHangul(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
