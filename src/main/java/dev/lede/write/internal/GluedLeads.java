package dev.lede.write.internal;

import dev.lede.lang.EnglishWords;
import dev.lede.write.internal.EnglishTagger.Tok;
import java.util.List;
import java.util.Locale;

/**
 * Where a sentence starts after a caption or title its page glued before it without a stop: a
 * picture caption of the Daily Mail's ("... higher than a colleague The cost of divorce can wreck
 * retirement ...") or a Wikinews title ("The new iPod On Wednesday, Apple introduced ..."). Read on
 * the tagger's output: a capitalised function word ("The", "On") in mid-sentence right after a word
 * in lower case, itself followed by a word in lower case or a weekday, at least three words in, and
 * a finite verb after it: a sentence's first word, which nothing but a missing stop puts there. Not
 * a title's "The" before a capitalised word ("to direct The Hunger Games sequel"), nor a one-letter
 * word ("vitamin A", "I").
 */
final class GluedLeads {
  private GluedLeads() {}

  /** How many words the glued part holds at least. */
  private static final int LEAD_WORDS = 3;

  private static final List<String> WEEKDAYS = EnglishWords.weekdayNames();

  /** Where the glued sentence starts in {@code text}, or -1. */
  static int sentenceStart(String text) {
    if (!EnglishTagger.readable(text)) {
      return -1;
    }
    List<Tok> t = EnglishTagger.tag(text);
    for (int i = LEAD_WORDS; i + 2 < t.size(); i++) {
      if (opens(t, i) && finiteAfter(t, i)) {
        return t.get(i).start();
      }
    }
    return -1;
  }

  /**
   * Whether the word at {@code i} opens a glued sentence: a function word the tagger reads as one
   * (a determiner, preposition or pronoun, not "May" the month or "People" the magazine, nor "Us"
   * of "told Us magazine"), followed by a word in lower case, or a preposition followed by a full
   * weekday name that no capitalised word follows ("On Wednesday, Apple", not "told The Sunday
   * Times").
   */
  private static boolean opens(List<Tok> t, int i) {
    Tok x = t.get(i);
    String w = x.text();
    String before = t.get(i - 1).text();
    String next = t.get(i + 1).text();
    boolean function = x.tagIs("DT") || x.tagIs("IN") || x.tagIs("PRP") || x.tagIs("EX");
    boolean weekday =
        x.tagIs("IN")
            && WEEKDAYS.contains(next.toLowerCase(Locale.ROOT))
            && !Character.isUpperCase(t.get(i + 2).text().charAt(0));
    return w.length() >= 2
        && Character.isUpperCase(w.charAt(0))
        && w.substring(1).equals(w.substring(1).toLowerCase(Locale.ROOT))
        && Words.STOPWORDS.contains(w.toLowerCase(Locale.ROOT))
        && function
        && !w.equals("Us")
        && Character.isLowerCase(before.charAt(0))
        && (Character.isLowerCase(next.charAt(0)) || weekday);
  }

  /** Whether a finite verb or a modal follows the word at {@code i}: a sentence, not a phrase. */
  private static boolean finiteAfter(List<Tok> t, int i) {
    for (int k = i + 1; k < t.size(); k++) {
      Tok x = t.get(k);
      if (x.tagIs("VBD") || x.tagIs("VBZ") || x.tagIs("VBP") || x.tagIs("MD")) {
        return true;
      }
    }
    return false;
  }
}
