package dev.lede.story.crosslang.internal;

import dev.lede.lang.KoreanWords;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
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
 * is read word by word ({@link KoreanWords}, the reading the story clusterer's entity keys share)
 * and Han text run by run, each alone, so that what was read is remembered ({@link Memo}) and a
 * reading never depends on its neighbours.
 */
final class SinoKorean {
  // Han runs' readings: Nori's tokenizer holds its dictionaries once; one chain per thread is
  // reused (building the reading filter and its attributes again cost as much as a short run's
  // reading). Its dictionary is Nori's less the Hangul words a Han run cannot hold, whose first
  // chars it finds by binary search ({@link HanjaDictionary}).
  private static final ThreadLocal<Reader> NORI = ThreadLocal.withInitial(Reader::new);

  /** Nori's tokenizer and reading filter, with the attributes read. */
  private static final class Reader {
    final KoreanTokenizer tokenizer =
        HanjaDictionary.tokenizer(KoreanTokenizer.DecompoundMode.DISCARD);
    final TokenStream readings = new KoreanReadingFormFilter(tokenizer);
    final CharTermAttribute term = readings.addAttribute(CharTermAttribute.class);
    final PartOfSpeechAttribute pos = readings.addAttribute(PartOfSpeechAttribute.class);
  }

  private static final String[] NONE = {};

  private SinoKorean() {}

  /**
   * The {@code k:} keys of {@code text}, word by word (Korean) and run by run (Han), each run's
   * keys remembered in {@code memo}.
   */
  static Set<String> keys(String text, Memo memo) {
    Set<String> out = new LinkedHashSet<>();
    keys(text, memo, out);
    return out;
  }

  /** Adds the same keys to {@code out}, in order. */
  static void keys(String text, Memo memo, Set<String> out) {
    if (!Scripts.hasCjk(text)) {
      return;
    }
    if (Scripts.any(text, Scripts::isHangul)) {
      // The words the entity keys read (text.split("\\s+") gave the same), so theirs serve here;
      // each distinct word once (a word's nouns are the same wherever it stands).
      Set<String> words = new HashSet<>();
      for (String w : KoreanWords.split(text)) {
        if (words.add(w) && Scripts.any(w, Scripts::isHangul)) {
          koreanNouns(w, out);
        }
      }
    }
    // Each distinct run once: the memo's look-up costs more than a set's.
    Set<String> runs = new LinkedHashSet<>();
    int[] han = Scripts.runs(text, Scripts::isHan);
    for (int r = 0; r < han.length; r += 2) {
      // One character reads as one syllable, and a key needs two: no single Han character gives
      // one (SinoKoreanTest reads them all), and lone kanji are common in Japanese text.
      if (Character.codePointCount(text, han[r], han[r + 1]) > 1) {
        runs.add(text.substring(han[r], han[r + 1]));
      }
    }
    for (String run : runs) {
      for (String k : Memo.get(memo.hanReadings, run, SinoKorean::readRun)) {
        out.add(k);
      }
    }
  }

  /**
   * The nouns of one Korean word as Nori's decompounding reads them (a compound by its parts), from
   * the word's one reading that the story clusterer's entity keys share ({@link KoreanWords}).
   */
  private static void koreanNouns(String word, Set<String> out) {
    for (KoreanWords.Token t : KoreanWords.of(word)) {
      if (t.parts().isEmpty()) {
        addNoun(t.surface(), t.tag(), out);
      } else {
        for (KoreanWords.Morpheme m : t.parts()) {
          addNoun(m.surface(), m.tag(), out);
        }
      }
    }
  }

  private static void addNoun(String surface, POS.Tag tag, Set<String> out) {
    if (surface.length() >= 2 && (tag == POS.Tag.NNG || tag == POS.Tag.NNP) && isHangul(surface)) {
      out.add("k:" + surface);
    }
  }

  /** The {@code k:} keys of {@code text}. */
  static Set<String> keys(String text) {
    return keys(text, new Memo());
  }

  /** The {@code k:} keys Nori reads in one run of Han characters alone, as {@link #keys} does. */
  static Set<String> runKeys(String run) {
    return new LinkedHashSet<>(List.of(readRun(run)));
  }

  /**
   * The keys of one run read alone: a reading must not depend on what else was read (analysed
   * together, even between full stops, 千葉 was read as 천엽 beside some runs and not beside others). A
   * run in which no word of Nori's dictionary longer than one char starts has none, and Nori is not
   * asked ({@link NoriWords}).
   */
  private static String[] readRun(String run) {
    String text = HanForms.traditional(run) + " . ";
    return NoriWords.anyLongWord(text) ? nori(text) : NONE;
  }

  /** The keys Nori reads in one run of Han characters, asked whatever the run holds. */
  static Set<String> noriKeys(String run) {
    return new LinkedHashSet<>(List.of(nori(HanForms.traditional(run) + " . ")));
  }

  private static String[] nori(String text) {
    Set<String> out = new LinkedHashSet<>();
    Reader nori = NORI.get();
    try {
      nori.tokenizer.setReader(new StringReader(text));
      TokenStream ts = nori.readings;
      ts.reset();
      while (ts.incrementToken()) {
        addNoun(nori.term.toString(), nori.pos.getLeftPOS(), out);
      }
      ts.end();
      ts.close();
    } catch (IOException e) {
      throw new UncheckedIOException("Nori failed on an in-memory string", e);
    }
    return out.toArray(NONE);
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
