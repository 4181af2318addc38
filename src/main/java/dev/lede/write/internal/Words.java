package dev.lede.write.internal;

import dev.lede.nlp.Token;
import dev.lede.nlp.Tokenizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Word lists and token helpers shared by the writer's stages. English-centred; other scripts pass.
 */
public final class Words {
  /** Function words: never content, never evidence of support. */
  public static final Set<String> STOPWORDS =
      Set.copyOf(
          List.of(
              "a",
              "an",
              "the",
              "and",
              "or",
              "but",
              "nor",
              "so",
              "yet",
              "of",
              "to",
              "in",
              "on",
              "at",
              "by",
              "for",
              "with",
              "from",
              "into",
              "onto",
              "about",
              "as",
              "than",
              "that",
              "this",
              "these",
              "those",
              "it",
              "its",
              "it's",
              "he",
              "she",
              "they",
              "them",
              "their",
              "his",
              "her",
              "hers",
              "him",
              "we",
              "us",
              "our",
              "you",
              "your",
              "i",
              "me",
              "my",
              "is",
              "are",
              "was",
              "were",
              "be",
              "been",
              "being",
              "am",
              "has",
              "have",
              "had",
              "having",
              "do",
              "does",
              "did",
              "will",
              "would",
              "shall",
              "should",
              "can",
              "could",
              "may",
              "might",
              "must",
              "which",
              "who",
              "whom",
              "whose",
              "what",
              "when",
              "where",
              "why",
              "how",
              "there",
              "here",
              "then",
              "also",
              "just",
              "very",
              "more",
              "most",
              "some",
              "any",
              "all",
              "each",
              "such",
              "other",
              "only",
              "own",
              "same",
              "up",
              "out",
              "over",
              "under",
              "after",
              "before",
              "while",
              "if",
              "because",
              "during",
              "between",
              "through",
              "against",
              "'s",
              "’s",
              "s",
              "t",
              "said",
              "says",
              "say",
              "told",
              "tell",
              "according",
              "mr",
              "mrs",
              "ms",
              "dr",
              "one",
              "new",
              "now",
              "however",
              "meanwhile",
              "still",
              "even",
              "since",
              "until",
              "both",
              "many",
              "much",
              "again",
              "already",
              "another",
              "around",
              "being",
              "like",
              "well",
              "get",
              "got",
              "made",
              "make",
              "last",
              "first",
              "two",
              "year",
              "years",
              "time",
              "way",
              "people"));

  /** Words that flip a claim: a sentence may not gain or lose one against its quotes. */
  public static final Set<String> NEGATIONS =
      Set.copyOf(
          List.of(
              "not", "no", "never", "n't", "nothing", "none", "nobody", "neither", "nor", "without",
              "cannot", "denied", "denies", "deny"));

  /** Spelled-out numbers, checked like digits. */
  public static final Set<String> NUMBER_WORDS =
      Set.copyOf(
          List.of(
              "zero",
              "one",
              "two",
              "three",
              "four",
              "five",
              "six",
              "seven",
              "eight",
              "nine",
              "ten",
              "eleven",
              "twelve",
              "thirteen",
              "fourteen",
              "fifteen",
              "sixteen",
              "seventeen",
              "eighteen",
              "nineteen",
              "twenty",
              "thirty",
              "forty",
              "fifty",
              "sixty",
              "seventy",
              "eighty",
              "ninety",
              "hundred",
              "thousand",
              "million",
              "billion",
              "trillion",
              "dozen",
              "dozens",
              "hundreds",
              "thousands",
              "millions",
              "billions",
              "half",
              "twice",
              "double",
              "triple"));

  private Words() {}

  /** Lower-cased word and number tokens of {@code text}. */
  public static List<String> lowerWords(String text) {
    List<String> out = new ArrayList<>();
    for (Token t : Tokenizer.tokenize(text)) {
      if (t.kind() == Token.Kind.WORD || t.kind() == Token.Kind.NUMBER) {
        out.add(t.text().toLowerCase(Locale.ROOT));
      }
    }
    return out;
  }

  /** Lower-cased content tokens: words and numbers that are not stopwords. */
  public static List<String> contentWords(String text) {
    List<String> out = new ArrayList<>();
    for (String w : lowerWords(text)) {
      if (isContent(w)) {
        out.add(w);
      }
    }
    return out;
  }

  public static boolean isContent(String lowerWord) {
    return !STOPWORDS.contains(lowerWord)
        && !(lowerWord.length() == 1 && lowerWord.charAt(0) < 128);
  }

  /**
   * Number of words, the unit of every length limit: whitespace-separated chunks holding a letter
   * or digit ("Kilmarnock's" and "39-year-old" are one word each, a lone dash none); a chunk in
   * Chinese or Japanese script counts its tokens, since those scripts write no spaces.
   */
  public static int count(String text) {
    int n = 0;
    for (String chunk : text.split("\\s+")) {
      boolean word = false;
      boolean cjk = false;
      for (int k = 0; k < chunk.length(); ) {
        int cp = chunk.codePointAt(k);
        word |= Character.isLetterOrDigit(cp);
        Character.UnicodeScript sc = Character.UnicodeScript.of(cp);
        cjk |=
            sc == Character.UnicodeScript.HAN
                || sc == Character.UnicodeScript.HIRAGANA
                || sc == Character.UnicodeScript.KATAKANA;
        k += Character.charCount(cp);
      }
      if (cjk) {
        for (Token t : Tokenizer.tokenize(chunk)) {
          n += t.kind() == Token.Kind.WORD || t.kind() == Token.Kind.NUMBER ? 1 : 0;
        }
      } else if (word) {
        n++;
      }
    }
    return n;
  }

  /** True for a negation token, including the "n't" of "didn't". */
  public static boolean isNegation(String lowerWord) {
    return NEGATIONS.contains(lowerWord) || lowerWord.endsWith("n't") || lowerWord.endsWith("n’t");
  }
}
