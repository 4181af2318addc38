package dev.lede.nlp.internal;

/** Unicode script tests used by the tokenizer, splitter and language detector. */
public final class Scripts {
  private Scripts() {}

  public static boolean isHangul(int cp) {
    return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HANGUL;
  }

  public static boolean isHan(int cp) {
    return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
  }

  public static boolean isKana(int cp) {
    Character.UnicodeScript s = Character.UnicodeScript.of(cp);
    return s == Character.UnicodeScript.HIRAGANA || s == Character.UnicodeScript.KATAKANA;
  }

  public static boolean isCjkOrHangul(int cp) {
    return isHan(cp) || isKana(cp) || isHangul(cp);
  }

  /** Sentence-final marks of Chinese and Japanese, which need no following space. */
  public static boolean isCjkTerminal(int cp) {
    return cp == '\u3002' || cp == '\uFF01' || cp == '\uFF1F' || cp == '\uFF0E' || cp == '\uFF61';
  }
}
