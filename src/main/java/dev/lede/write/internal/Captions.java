package dev.lede.write.internal;

import dev.lede.lang.EnglishWords;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Photo captions, image credits and post furniture that a page's text carries between its
 * sentences: never a lede or a body sentence. A caption names its picture ("(AP Photo/Dan Joling)",
 * "Photo: Reuters", "In this Aug. 21, 2012 file photo", "is pictured with"), dates its scene in the
 * caption style ("Smoke rises from the warehouse in Palmer, Alaska, Tuesday, Aug. 21, 2012.": a
 * present-tense scene with a full date), or has no finite verb at all ("Firefighters at the scene
 * of the blaze on Friday night."); a blog's post line ("posted in Hit and Run Accidents on Friday,
 * September 20, 2013") is furniture of the same kind.
 */
final class Captions {
  private Captions() {}

  /** Credits and the words a caption points at its picture with. */
  private static final Pattern CREDIT =
      Pattern.compile(
          "(?i)\\((?:AP|AFP|EPA|Reuters|Getty|Photo|Picture|Image|File|Courtesy)\\b[^)]{0,80}\\)"
              + "|\\bAP Photo\\b|\\bGetty Images\\b|/(?:AP|AFP|EPA|Reuters|Getty)\\b"
              + "|\\b(?:photo|picture|image|photograph)s?\\s*(?:credit|courtesy)?\\s*:"
              + "|\\b(?:photo|picture|image|photograph) (?:by|courtesy|credit|shows)\\b"
              + "|\\bfile (?:photo|picture|image)\\b"
              + "|\\bin th(?:is|ese) (?:[\\w,.'’-]+ ){0,8}(?:photos?|pictures?|images?|handout)\\b"
              + "|^(?:pictured|above|below|top|inset)\\s*[:(,-]"
              + "|\\b(?:is|are) (?:pictured|shown|seen) (?:here|above|below|left|right|with|at"
              + "|in|during|on|outside|after|before)\\b"
              + "|\\bpictured (?:above|below|left|right|here)\\b"
              + "|\\bposted (?:in|by|on) [^.]{0,80}\\b(?:on )?"
              + EnglishWords.anyWeekday()
              + ",? "
              + EnglishWords.anyFullMonth()
              + " \\d{1,2}, \\d{4}\\b");

  /** A full date with its year, as captions date their scene ("Aug. 21, 2012", "21 Aug 2012"). */
  private static final Pattern FULL_DATE =
      Pattern.compile(
          "\\b"
              + EnglishWords.monthPattern()
              + " \\d{1,2},? \\d{4}\\b|\\b\\d{1,2} "
              + EnglishWords.monthPattern()
              + ",? \\d{4}\\b");

  /** Whether a sentence is a caption, a credit or post furniture by its words alone. */
  static boolean byWords(String sentence) {
    return CREDIT.matcher(sentence).find();
  }

  /**
   * Whether an English sentence reads as a caption by its verbs: no finite verb at all, or a scene
   * in the present tense dated with a full date ("Smoke rises from ... Tuesday, Aug. 21, 2012").
   * Tags the sentence, so it is asked of the few sentences chosen, not of every draft.
   */
  static boolean byVerbs(String sentence) {
    List<EnglishTagger.Tok> toks = EnglishTagger.tag(sentence);
    if (toks.size() < 4 || sentence.indexOf('"') >= 0 || sentence.indexOf('“') >= 0) {
      return false; // a quotation may be a fragment of speech, told as such
    }
    EnglishTagger.Tok first = null;
    boolean anyVerb = false;
    for (int k = 0; k < toks.size(); k++) {
      EnglishTagger.Tok t = toks.get(k);
      boolean afterDeterminer = k > 0 && DETERMINERS.matcher(toks.get(k - 1).tag()).matches();
      if (first == null && ClauseCuts.finiteVerb(t)) {
        first = t;
      }
      // A participle may be a past tense the tagger misread ("a woman opened fire"), and "plays"
      // or "spread" read as nouns may be verbs: only a line with no word that can be a verb is
      // verbless.
      anyVerb |=
          t.tagIs("VB")
              || t.tagIs("MD")
              || t.tagIs("NN") && !afterDeterminer && mayBeFinite(t.lower());
    }
    if (!anyVerb) {
      return true;
    }
    if (first == null) {
      return false;
    }
    boolean present = first.tag().equals("VBZ") || first.tag().equals("VBP");
    return present
        && !Scoring.saying(sentence)
        && !BEING.contains(first.lower())
        && FULL_DATE.matcher(sentence).find();
  }

  /** Tags after which a noun is a noun ("the blaze", "her shots", "of fire"). */
  private static final Pattern DETERMINERS = Pattern.compile("DT|PRP\\$|JJ.?|IN|CD|POS");

  private static boolean mayBeFinite(String word) {
    return EnglishTagger.known(word, "VBZ")
        || EnglishTagger.known(word, "VBD")
        || EnglishTagger.known(word, "VBP");
  }

  /** Present-tense verbs that report a state rather than show a scene. */
  private static final Set<String> BEING =
      Set.of("is", "are", "has", "have", "'s", "remains", "remain");

  /**
   * Whether a chosen sentence is a caption: by its words, or, when it is written in Latin letters
   * (the English tagger reads it), by its verbs.
   */
  static boolean caption(String sentence) {
    return byWords(sentence) || EnglishTagger.readable(sentence) && byVerbs(sentence);
  }
}
