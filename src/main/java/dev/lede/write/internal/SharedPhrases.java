package dev.lede.write.internal;

import dev.lede.nlp.Token;
import dev.lede.nlp.Tokenizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A phrase two sentences share: outlets copying one wire report keep its phrases, so a run of
 * content words in common makes one fact whatever else each adds.
 */
final class SharedPhrases {
  private SharedPhrases() {}

  /**
   * Content words in a row that two sentences must share, {@value #PHRASE_WORDS} or more, for one
   * to retell the other: outlets copying one wire report keep its phrases ("escorting a group of
   * five merchant vessels", "grapnels, ladders and rope-handling gloves", "pulled a gun on two
   * guards"), while two facts of one story share only its names and a word or two.
   */
  static final int PHRASE_WORDS = 4;

  /**
   * Of the shared phrase's words, how many must be plain words: not a number, not part of a name
   * (capitalised in both sentences).
   */
  static final int PHRASE_PLAIN_WORDS = 2;

  /**
   * Words of attribution, which end a shared phrase: "told a news conference", "police said" are
   * how outlets cite, not what they tell.
   */
  static final Set<String> CITING =
      Set.of(
          "said",
          "say",
          "says",
          "told",
          "tell",
          "tells",
          "according",
          "reported",
          "report",
          "reports",
          "news",
          "conference",
          "statement",
          "police",
          "officials",
          "official");

  /**
   * Whether the two sentences share a phrase of {@value #PHRASE_WORDS} content words in a row (by
   * stem), {@value #PHRASE_PLAIN_WORDS} of them plain words rather than a name both capitalise or a
   * number: "the Los Angeles County Sheriff's Department" or "Anthony LaCalamita III, 38" are in
   * many of a story's facts, "pulled a gun on two guards" tells one.
   */
  static boolean sharesPhrase(String a, String b) {
    List<String> x = stemsInOrder(a);
    List<String> y = stemsInOrder(b);
    Set<String> named = capitalisedStems(a);
    named.retainAll(capitalisedStems(b));
    for (int i = 0; i + PHRASE_WORDS <= x.size(); i++) {
      for (int j = 0; j + PHRASE_WORDS <= y.size(); j++) {
        int n = 0;
        int plain = 0;
        while (i + n < x.size()
            && j + n < y.size()
            && !CITING.contains(x.get(i + n))
            && x.get(i + n).equals(y.get(j + n))) {
          String w = x.get(i + n);
          plain += named.contains(w) || isNumber(w) ? 0 : 1;
          n++;
        }
        if (n >= PHRASE_WORDS && plain >= PHRASE_PLAIN_WORDS) {
          return true;
        }
      }
    }
    return false;
  }

  static boolean isNumber(String lowerWord) {
    return Words.NUMBER_WORDS.contains(lowerWord) || FactText.NUMBER.matcher(lowerWord).matches();
  }

  /**
   * The stems of the content words and number words ("two guards"), in order, hyphenated compounds
   * split ("rope-handling").
   */
  static List<String> stemsInOrder(String text) {
    List<String> out = new ArrayList<>();
    for (String w : Words.lowerWords(text.replace('-', ' '))) {
      if (Words.isContent(w) || Words.NUMBER_WORDS.contains(w)) {
        out.add(Words.stem(w));
      }
    }
    return out;
  }

  /** Stems of the words written with a capital, the sentence's first word included. */
  static Set<String> capitalisedStems(String text) {
    Set<String> out = new HashSet<>();
    for (Token t : Tokenizer.tokenize(text.replace('-', ' '))) {
      if (t.kind() == Token.Kind.WORD && Character.isUpperCase(t.text().codePointAt(0))) {
        out.add(Words.stem(t.text().toLowerCase(Locale.ROOT)));
      }
    }
    return out;
  }
}
