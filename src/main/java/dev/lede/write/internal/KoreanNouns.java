package dev.lede.write.internal;

import dev.lede.lang.Analyzers;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.ko.KoreanTokenizer;
import org.apache.lucene.analysis.ko.POS;
import org.apache.lucene.analysis.ko.tokenattributes.PartOfSpeechAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * The nouns of a Korean text as Lucene's Nori tagger reads them (general and proper nouns of two
 * syllables or more, as written, touching parts joined): what a Korean keyphrase is made of, its
 * particles and verb endings left off by the tagger rather than by a list of endings.
 */
final class KoreanNouns {
  private KoreanNouns() {}

  /** A noun and where it stands in the text. */
  record Noun(String text, int start, int end) {}

  private static final ThreadLocal<KoreanTokenizer> NORI =
      ThreadLocal.withInitial(() -> Analyzers.koreanTokenizer(KoreanTokenizer.DecompoundMode.NONE));

  /** The text's nouns in reading order. */
  static List<Noun> of(String text) {
    List<Noun> out = new ArrayList<>();
    KoreanTokenizer nori = NORI.get();
    try {
      nori.setReader(new StringReader(text));
      CharTermAttribute term = nori.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = nori.addAttribute(OffsetAttribute.class);
      PartOfSpeechAttribute pos = nori.addAttribute(PartOfSpeechAttribute.class);
      nori.reset();
      while (nori.incrementToken()) {
        POS.Tag tag = pos.getLeftPOS();
        Noun n = new Noun(term.toString(), offset.startOffset(), offset.endOffset());
        Noun last = out.isEmpty() ? null : out.get(out.size() - 1);
        boolean touches = last != null && last.end() == n.start();
        // A noun suffix ("들"), or a syllable read as a verb suffix right before the comma that
        // marks a headline's topic ("천안함,": "천안" + "함"), ends the noun it touches.
        boolean suffix =
            tag == POS.Tag.XSN
                || tag == POS.Tag.XSV
                    && n.end() < text.length()
                    && (text.charAt(n.end()) == ',' || text.charAt(n.end()) == '，');
        if (touches && suffix && Words.isHangul(n.text())) {
          out.set(out.size() - 1, new Noun(last.text() + n.text(), last.start(), n.end()));
          continue;
        }
        if ((tag == POS.Tag.NNG || tag == POS.Tag.NNP) && Words.isHangul(term.toString())) {
          if (touches) {
            // A word the dictionary does not hold comes in touching parts ("천안" + "함"): one noun.
            out.set(out.size() - 1, new Noun(last.text() + n.text(), last.start(), n.end()));
          } else {
            out.add(n);
          }
        }
      }
      nori.end();
      nori.close();
    } catch (IOException e) {
      throw new UncheckedIOException("Nori failed on an in-memory string", e);
    }
    out.removeIf(n -> n.text().length() < 2);
    return out;
  }
}
