package dev.lede.story.crosslang.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.apache.lucene.analysis.ko.dict.TokenInfoDictionary;
import org.apache.lucene.analysis.ko.dict.TokenInfoFST;
import org.apache.lucene.util.fst.FST;

/**
 * Whether Nori's system dictionary holds a word of two or more chars that starts at some char of a
 * text: where none does, Nori can read no Sino-Korean word of two syllables in a run of Han chars
 * (one Han char reads as one syllable, an unknown word has no reading), so {@link SinoKorean} need
 * not ask it (a quarter of a Japanese article's runs). Asked of Nori's own dictionary; the arc each
 * char starts at is remembered, because a Han char's look-up at the dictionary's root scans a bit
 * table that Nori's root cache, which holds Hangul only, does not spare it. Thread-safe.
 */
final class NoriWords {
  private static final TokenInfoFST WORDS = TokenInfoDictionary.getInstance().getFST();
  private static final ThreadLocal<FST.BytesReader> READER =
      ThreadLocal.withInitial(WORDS::getBytesReader);
  // The arc each char starts at, NONE where no word starts with it; null until looked up.
  private static final AtomicReferenceArray<FST.Arc<Long>> FIRST =
      new AtomicReferenceArray<>(Character.MAX_VALUE + 1);
  private static final FST.Arc<Long> NONE = new FST.Arc<>();

  private NoriWords() {}

  /** Whether some char of {@code s} and the next begin a word of Nori's system dictionary. */
  static boolean anyLongWord(CharSequence s) {
    FST.BytesReader in = READER.get();
    FST.Arc<Long> scratch = new FST.Arc<>();
    try {
      for (int i = 0; i + 1 < s.length(); i++) {
        FST.Arc<Long> first = first(s.charAt(i), in);
        if (first != NONE
            && WORDS.findTargetArc(s.charAt(i + 1), first, scratch, false, in) != null) {
          return true;
        }
      }
      return false;
    } catch (IOException e) {
      throw new UncheckedIOException("Nori's dictionary is in memory", e);
    }
  }

  private static FST.Arc<Long> first(char c, FST.BytesReader in) throws IOException {
    FST.Arc<Long> arc = FIRST.get(c);
    if (arc == null) {
      FST.Arc<Long> root = WORDS.getFirstArc(new FST.Arc<>());
      FST.Arc<Long> found = WORDS.findTargetArc(c, root, new FST.Arc<>(), false, in);
      arc = found == null ? NONE : found;
      FIRST.set(c, arc);
    }
    return arc;
  }
}
