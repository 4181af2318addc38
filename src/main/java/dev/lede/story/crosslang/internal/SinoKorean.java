package dev.lede.story.crosslang.internal;

import com.ibm.icu.text.Transliterator;
import dev.lede.lang.Analyzers;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Set;
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
 * Han text is turned to traditional characters first, the forms that dictionary holds.
 */
final class SinoKorean {
  private static final Pattern HAN = Pattern.compile("\\p{IsHan}+");
  private static final Pattern HANGUL = Pattern.compile("\\p{IsHangul}");
  private static final ThreadLocal<Transliterator> TO_TRADITIONAL =
      ThreadLocal.withInitial(() -> Transliterator.getInstance("Simplified-Traditional"));
  // Nori's tokenizer holds its dictionaries once; a tokenizer per thread is cheap to reuse.
  private static final ThreadLocal<KoreanTokenizer> NORI =
      ThreadLocal.withInitial(
          () -> Analyzers.koreanTokenizer(KoreanTokenizer.DecompoundMode.DISCARD));

  private SinoKorean() {}

  /** The {@code k:} keys of {@code text}. */
  static Set<String> keys(String text) {
    Set<String> out = new LinkedHashSet<>();
    if (!Scripts.hasCjk(text)) {
      return out;
    }
    if (HANGUL.matcher(text).find()) {
      analyse(text, false, out);
    }
    Matcher m = HAN.matcher(text);
    StringBuilder han = new StringBuilder();
    while (m.find()) {
      // Each run alone, so no word spans two runs.
      han.append(TO_TRADITIONAL.get().transliterate(m.group())).append(" . ");
    }
    if (han.length() > 0) {
      analyse(han.toString(), true, out);
    }
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
