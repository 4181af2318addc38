package dev.lede.nlp;

import dev.lede.nlp.internal.Scripts;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Splits text into {@link Token}s. Words keep inner hyphens and apostrophes ("Jae-myung",
 * "O'Brien") but give up a possessive "'s" as its own token; dotted abbreviations stay whole
 * ("U.S."); numbers keep grouping commas and decimals ("1,200", "3.5"). Korean words are split at
 * spaces and punctuation (particles stay attached); each Han character is a token; kana runs are
 * one token each.
 */
public final class Tokenizer {
  private Tokenizer() {}

  /** All tokens of {@code text}. */
  public static List<Token> tokenize(String text) {
    Objects.requireNonNull(text, "text");
    return tokenize(text, 0, text.length());
  }

  /** The tokens of {@code text} between {@code from} (inclusive) and {@code to} (exclusive). */
  public static List<Token> tokenize(String text, int from, int to) {
    Objects.requireNonNull(text, "text");
    if (from < 0 || to > text.length() || from > to) {
      throw new IllegalArgumentException(
          "range [" + from + ", " + to + ") is outside text of length " + text.length());
    }
    List<Token> out = new ArrayList<>();
    int i = from;
    while (i < to) {
      int cp = text.codePointAt(i);
      int len = Character.charCount(cp);
      if (Character.isWhitespace(cp) || Character.isSpaceChar(cp) || isInvisible(cp)) {
        i += len;
        continue;
      }
      if (Scripts.isHan(cp)) {
        out.add(new Token(text.substring(i, i + len), i, i + len, Token.Kind.WORD));
        i += len;
        continue;
      }
      if (Scripts.isKana(cp)) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        int j = i + len;
        while (j < to) {
          int c = text.codePointAt(j);
          if (Character.UnicodeScript.of(c) != script && c != '\u30FC') {
            break;
          }
          j += Character.charCount(c);
        }
        out.add(new Token(text.substring(i, j), i, j, Token.Kind.WORD));
        i = j;
        continue;
      }
      if (isWordChar(cp)) {
        int j = dottedAbbreviationEnd(text, i, to);
        if (j < 0) {
          j = scanWord(text, i, to);
        }
        String t = text.substring(i, j);
        out.add(new Token(t, i, j, isNumber(t) ? Token.Kind.NUMBER : Token.Kind.WORD));
        i = j;
        continue;
      }
      if ((cp == '\'' || cp == '\u2019') && possessiveAt(text, i, to)) {
        out.add(new Token(text.substring(i, i + 2), i, i + 2, Token.Kind.WORD));
        i += 2;
        continue;
      }
      Token.Kind kind = isPunctuation(cp) ? Token.Kind.PUNCTUATION : Token.Kind.SYMBOL;
      out.add(new Token(text.substring(i, i + len), i, i + len, kind));
      i += len;
    }
    return out;
  }

  /** The number of tokens in {@code text}, without keeping them. */
  public static int count(String text) {
    return tokenize(text).size();
  }

  static boolean isWordChar(int cp) {
    return (Character.isLetterOrDigit(cp)
            || Character.getType(cp) == Character.NON_SPACING_MARK
            || Character.getType(cp) == Character.COMBINING_SPACING_MARK)
        && !Scripts.isHan(cp)
        && !Scripts.isKana(cp);
  }

  private static boolean isInvisible(int cp) {
    int t = Character.getType(cp);
    return t == Character.FORMAT
        || t == Character.CONTROL
        || t == Character.UNASSIGNED
        || t == Character.SURROGATE;
  }

  private static boolean isPunctuation(int cp) {
    switch (Character.getType(cp)) {
      case Character.CONNECTOR_PUNCTUATION:
      case Character.DASH_PUNCTUATION:
      case Character.START_PUNCTUATION:
      case Character.END_PUNCTUATION:
      case Character.INITIAL_QUOTE_PUNCTUATION:
      case Character.FINAL_QUOTE_PUNCTUATION:
      case Character.OTHER_PUNCTUATION:
        return true;
      default:
        return false;
    }
  }

  private static boolean isNumber(String t) {
    if (!Character.isDigit(t.charAt(0))) {
      return false;
    }
    for (int k = 0; k < t.length(); k++) {
      char c = t.charAt(k);
      if (!Character.isDigit(c) && c != '.' && c != ',') {
        return false;
      }
    }
    return true;
  }

  /** "U.S.", "e.g.", "U.S.A.": single letters each followed by a period, at least two of them. */
  private static int dottedAbbreviationEnd(String text, int i, int to) {
    int j = i;
    int pairs = 0;
    while (j + 1 < to && Character.isLetter(text.charAt(j)) && text.charAt(j + 1) == '.') {
      j += 2;
      pairs++;
    }
    if (pairs < 2 || (j < to && Character.isLetterOrDigit(text.charAt(j)))) {
      return -1;
    }
    return j;
  }

  private static int scanWord(String text, int i, int to) {
    int j = i;
    while (j < to) {
      int cp = text.codePointAt(j);
      if (isWordChar(cp)) {
        j += Character.charCount(cp);
        continue;
      }
      if (j + 1 < to && joins(text, j, cp, to)) {
        j += 1;
        continue;
      }
      break;
    }
    return j;
  }

  /** Whether the char at {@code j} (inside a word) joins the chars on both sides. */
  private static boolean joins(String text, int j, int cp, int to) {
    char prev = text.charAt(j - 1);
    int next = text.codePointAt(j + 1);
    if (!isWordChar(next)) {
      return false;
    }
    switch (cp) {
      case '-':
      case '\u2010':
      case '\u2011':
        return true;
      case '\'':
      case '\u2019':
        return Character.isLetter(prev) && !possessiveAt(text, j, to);
      case '.':
        return Character.isDigit(prev) && Character.isDigit(next);
      case ',':
        return Character.isDigit(prev) && thousandsGroupAt(text, j + 1, to);
      case '&':
        return Character.isUpperCase(prev) && Character.isUpperCase(next);
      default:
        return false;
    }
  }

  private static boolean thousandsGroupAt(String text, int k, int to) {
    if (k + 3 > to) {
      return false;
    }
    for (int m = k; m < k + 3; m++) {
      if (!Character.isDigit(text.charAt(m))) {
        return false;
      }
    }
    return k + 3 == to || !Character.isDigit(text.charAt(k + 3));
  }

  /** An apostrophe followed by "s" and a non-word char: the English possessive clitic. */
  static boolean possessiveAt(String text, int j, int to) {
    if (j + 1 >= to || (text.charAt(j + 1) != 's' && text.charAt(j + 1) != 'S')) {
      return false;
    }
    if (j == 0 || !Character.isLetterOrDigit(text.charAt(j - 1))) {
      return false;
    }
    return j + 2 >= to || !isWordChar(text.codePointAt(j + 2));
  }
}
