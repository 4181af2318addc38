package dev.lede.write.internal;

import dev.lede.write.internal.EnglishTagger.Tok;
import java.util.List;

/**
 * Compounds that pre-tokenised text splits around a spaced hyphen ("5.6 -magnitude", "Wal - Mart",
 * "36 - year - old"): when the hyphen joins two words into one, written joined in a headline, and
 * when it opens an aside instead.
 */
final class Compounds {
  private Compounds() {}

  /**
   * The offsets of the spaces around each hyphen of {@code text} that joins a compound split by
   * pre-tokenised text ("a two million - euro heist", "A FIRE - BOMB attack", "season - ending
   * reserve"), read on the tags of the text as written: taken out, the tagger reads one word
   * ("million-euro" an adjective) where it read a colon and a verb ("-/:", "euro/VB").
   */
  static java.util.Set<Integer> spacedHyphens(String text) {
    java.util.Set<Integer> out = new java.util.HashSet<>();
    if (!text.contains(" - ")) {
      return out;
    }
    List<Tok> t = EnglishTagger.tag(text);
    for (int k = 1; k + 1 < t.size(); k++) {
      Tok a = t.get(k - 1);
      Tok h = t.get(k);
      Tok b = t.get(k + 1);
      if (!h.text().equals("-")
          || h.start() != a.end() + 1
          || b.start() != h.end() + 1
          || !Character.isLetterOrDigit(a.text().charAt(0))
          || !Character.isLetterOrDigit(b.text().charAt(0))) {
        continue;
      }
      // "season - ending", "record - breaking": a noun and the participle it qualifies.
      boolean qualified =
          a.tag().equals("NN")
              && Character.isLowerCase(a.text().charAt(0))
              && (b.tag().equals("VBG") || b.tag().equals("VBN"));
      // "two million - euro": a number word before a unit.
      boolean unit = a.tag().equals("CD") && hyphenPart(b);
      if (compounds(a, b) || qualified || unit) {
        out.add(a.end());
        out.add(h.end());
      }
    }
    return out;
  }

  static boolean compoundPart(Tok x) {
    char c = x.text().charAt(0);
    return Character.isUpperCase(c)
        || Character.isDigit(c)
        || x.text().length() <= 4 && Character.isLowerCase(c) && x.tagIs("NN");
  }

  /**
   * Whether the hyphen at {@code k} joins the two kept words around it into one ("5.6 -magnitude",
   * "Wal - Mart", "36 - year - old" in pre-tokenised text): written joined, as the compound it is.
   */
  static boolean compoundHyphen(List<Tok> t, boolean[] keep, int k) {
    if (k <= 0
        || k + 1 >= t.size()
        || !t.get(k).text().equals("-")
        || !keep[k - 1]
        || !keep[k + 1]
        || !Character.isLetterOrDigit(t.get(k - 1).text().charAt(0))
        || !Character.isLetterOrDigit(t.get(k + 1).text().charAt(0))) {
      return false;
    }
    boolean before = t.get(k).start() > t.get(k - 1).end();
    boolean after = t.get(k + 1).start() > t.get(k).end();
    return before != after || compounds(t.get(k - 1), t.get(k + 1));
  }

  /**
   * Whether two words around a spaced hyphen make one compound: two names or numbers ("Wal -
   * Mart"), or content words one of which is short ("co - workers", "multi - pronged", "year -
   * old"), not a dash before a function word ("Apple Inc. - and").
   */
  static boolean compounds(Tok a, Tok b) {
    return compoundPart(a) && compoundPart(b)
        || hyphenPart(a) && hyphenPart(b) && Math.min(a.text().length(), b.text().length()) <= 5;
  }

  static boolean hyphenPart(Tok x) {
    return compoundPart(x)
        || Character.isLowerCase(x.text().charAt(0))
            && (x.tagIs("NN")
                || x.tagIs("JJ")
                || x.tagIs("VBN")
                || x.tagIs("VBG")
                || x.tagIs("FW"));
  }
}
