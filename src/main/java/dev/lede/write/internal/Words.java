package dev.lede.write.internal;

import dev.lede.lang.EnglishWords;
import dev.lede.nlp.Token;
import dev.lede.nlp.Tokenizer;
import java.util.ArrayList;
import java.util.HashSet;
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
  public static final Set<String> NUMBER_WORDS = numberWords();

  private Words() {}

  private static Set<String> numberWords() {
    Set<String> out =
        new HashSet<>(EnglishWords.numberWords(n -> n.form() != EnglishWords.Form.ORDINAL));
    out.addAll(List.of("half", "twice", "double", "triple"));
    return Set.copyOf(out);
  }

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
        if (cp >= 0x2E80 && !cjk) { // below it no Han or kana: skip the script lookup
          Character.UnicodeScript sc = Character.UnicodeScript.of(cp);
          cjk =
              sc == Character.UnicodeScript.HAN
                  || sc == Character.UnicodeScript.HIRAGANA
                  || sc == Character.UnicodeScript.KATAKANA;
        }
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

  /**
   * Korean particles (josa), longest first: a Korean word is written with its particle attached
   * ("스페인의", "파울이"), so matching a name or term means matching the word minus its particle.
   */
  private static final List<String> KO_PARTICLES =
      List.of(
          "에서는", "에게서", "으로서", "으로써", "으로는", "에서도", "까지는", "에서의", "에게는", "이라고", "이라는", "에서", "에게",
          "으로", "까지", "부터", "처럼", "보다", "과의", "와의", "에는", "에도", "이나", "이며", "이고", "라고", "라는", "께서",
          "은", "는", "이", "가", "을", "를", "의", "에", "와", "과", "도", "로", "만");

  /** The Korean particles, longest first. */
  public static List<String> koreanParticles() {
    return KO_PARTICLES;
  }

  /** Korean words never worth a keyphrase or a similarity point: pronouns, counters, fillers. */
  static final Set<String> KO_STOPWORDS =
      Set.copyOf(
          List.of(
              "그", "이", "저", "그는", "그녀", "이는", "이들", "그들", "및", "등", "수", "것", "때", "중", "후", "전",
              "더", "또", "또한", "그리고", "하지만", "그러나", "한편", "이번", "지난", "당시", "현재", "오전", "오후", "있다",
              "있는", "없다", "했다", "하였다", "한다", "하는", "된다", "되었다", "밝혔다", "말했다", "전했다", "위해", "대해",
              "대한", "통해", "따라", "관련", "것으로", "것이다", "가장", "모든", "각", "약", "명", "개", "년", "월", "일",
              "시", "분"));

  /** Whether every letter of {@code w} is Hangul (and it has one). */
  public static boolean isHangul(String w) {
    boolean any = false;
    for (int k = 0; k < w.length(); k++) {
      char ch = w.charAt(k);
      if (Character.isLetter(ch)) {
        if (ch < 0x1100 || Character.UnicodeScript.of(ch) != Character.UnicodeScript.HANGUL) {
          return false;
        }
        any = true;
      }
    }
    return any;
  }

  /**
   * A Korean word minus its particle ("스페인의" gives "스페인"), keeping at least two syllables; other
   * words unchanged.
   */
  public static String koreanStem(String w) {
    if (!isHangul(w)) {
      return w;
    }
    for (String p : KO_PARTICLES) {
      if (w.length() >= p.length() + 2 && w.endsWith(p)) {
        return w.substring(0, w.length() - p.length());
      }
    }
    return w;
  }

  /**
   * The matching form of a lower-cased word: a Korean word without its particle, an English plural
   * or possessive reduced ("rescuers" and "rescuer's" give "rescuer", "cities" gives "city").
   */
  public static String stem(String lowerWord) {
    String w = lowerWord;
    if (isHangul(w)) {
      return koreanStem(w);
    }
    if (w.endsWith("'s") || w.endsWith("’s")) {
      w = w.substring(0, w.length() - 2);
    }
    if (w.length() > 4 && w.endsWith("ies")) {
      return w.substring(0, w.length() - 3) + "y";
    }
    if (w.length() > 3
        && w.endsWith("s")
        && !w.endsWith("ss")
        && !w.endsWith("us")
        && !w.endsWith("is")) {
      return w.substring(0, w.length() - 1);
    }
    return w;
  }

  /** Stems of the content words of {@code text}, repeats kept (for term frequencies). */
  public static List<String> stems(String text) {
    List<String> out = new ArrayList<>();
    for (String w : lowerWords(text)) {
      if (!isContent(w)) {
        continue;
      }
      String s = stem(w);
      if (!KO_STOPWORDS.contains(s)) {
        out.add(s);
      }
    }
    return out;
  }

  /** True for a negation token, including the "n't" of "didn't". */
  public static boolean isNegation(String lowerWord) {
    return NEGATIONS.contains(lowerWord) || lowerWord.endsWith("n't") || lowerWord.endsWith("n’t");
  }
}
