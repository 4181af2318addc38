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
