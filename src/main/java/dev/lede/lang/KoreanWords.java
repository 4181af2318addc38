package dev.lede.lang;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.lucene.analysis.ko.KoreanTokenizer;
import org.apache.lucene.analysis.ko.POS;
import org.apache.lucene.analysis.ko.dict.Dictionary;
import org.apache.lucene.analysis.ko.tokenattributes.PartOfSpeechAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Korean words (eojeol, text between spaces) as Nori reads them, each word alone, remembered for
 * the life of the process: the story clusterer's entity keys and the cross-language anchors both
 * read every Korean word of an article, and Nori's reading was most of what either cost, so a word
 * one of them read is not read again by the other, nor again in a later article. A word is read
 * with a full stop after it and nothing before, so its reading never depends on what else was read.
 * Bounded (Caffeine, {@link #MAX_WORDS}); thread-safe.
 */
public final class KoreanWords {
  /** Words remembered at most; one that is evicted only costs a second reading. */
  public static final int MAX_WORDS = 1 << 17;

  private static final Cache<String, List<Token>> READ =
      Caffeine.newBuilder().maximumSize(MAX_WORDS).executor(Runnable::run).build();
  // Nori's dictionaries load once per JVM; a tokenizer per thread is cheap to reuse.
  private static final ThreadLocal<KoreanTokenizer> NORI =
      ThreadLocal.withInitial(() -> Analyzers.koreanTokenizer(KoreanTokenizer.DecompoundMode.NONE));

  private KoreanWords() {}

  /**
   * One token Nori read in a word, as written (no decompounding): its surface, its part of speech
   * (the left one of a compound or inflected form), its offsets in the word, and for a compound or
   * inflected form the morphemes it is made of (what Nori's decompounding modes would give
   * instead).
   */
  public record Token(String surface, POS.Tag tag, int start, int end, List<Morpheme> parts) {
    public Token {
      Objects.requireNonNull(surface, "surface");
      Objects.requireNonNull(tag, "tag");
      parts = List.copyOf(parts);
    }
  }

  /** One morpheme of a compound or inflected token: its surface form and part of speech. */
  public record Morpheme(String surface, POS.Tag tag) {
    public Morpheme {
      Objects.requireNonNull(surface, "surface");
      Objects.requireNonNull(tag, "tag");
    }
  }

  /** The tokens of {@code word} (no spaces in it), in order; punctuation is dropped. */
  public static List<Token> of(String word) {
    return READ.get(Objects.requireNonNull(word, "word"), KoreanWords::read);
  }

  /**
   * The words of {@code text}: what lies between the whitespace of {@code \\s} in a regular
   * expression, in order (the words the entity keys and the anchors read alike, so that one's
   * reading serves the other).
   */
  public static List<String> split(String text) {
    List<String> out = new ArrayList<>();
    int n = text.length();
    int i = 0;
    while (i < n) {
      while (i < n && isSpace(text.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && !isSpace(text.charAt(i))) {
        i++;
      }
      if (i > start) {
        out.add(text.substring(start, i));
      }
    }
    return out;
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0B;
  }

  /** Forgets every word read: a benchmark that times a cold start calls this first. */
  public static void forget() {
    READ.invalidateAll();
  }

  private static List<Token> read(String word) {
    KoreanTokenizer nori = NORI.get();
    List<Token> out = new ArrayList<>(2);
    try {
      nori.setReader(new StringReader(word + " . "));
      CharTermAttribute term = nori.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = nori.addAttribute(OffsetAttribute.class);
      PartOfSpeechAttribute pos = nori.addAttribute(PartOfSpeechAttribute.class);
      nori.reset();
      while (nori.incrementToken()) {
        if (offset.startOffset() >= word.length()) {
          continue; // the full stop after the word
        }
        Dictionary.Morpheme[] morphemes = pos.getMorphemes();
        List<Morpheme> parts = new ArrayList<>(morphemes == null ? 0 : morphemes.length);
        if (morphemes != null && pos.getPOSType() != POS.Type.MORPHEME) {
          for (Dictionary.Morpheme m : morphemes) {
            parts.add(new Morpheme(m.surfaceForm, m.posTag));
          }
        }
        out.add(
            new Token(
                term.toString(),
                pos.getLeftPOS(),
                offset.startOffset(),
                offset.endOffset(),
                parts));
      }
      nori.end();
      nori.close();
    } catch (IOException e) {
      throw new UncheckedIOException("Nori failed on an in-memory string", e);
    }
    return List.copyOf(out);
  }
}
