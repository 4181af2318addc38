package dev.lede.story.crosslang.internal;

import com.ibm.icu.text.Transliterator;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.en.EnglishAnalyzer;

/**
 * Names that sound alike across scripts, as consonant skeletons: a name is romanised with ICU
 * (Hangul-Latin, Katakana-Latin, Han-Latin for pinyin), its consonants folded into classes that
 * transliteration keeps (b/p/f/v, d/t, g/k/c, s/z/j/ch/sh/th/x, l/r, m, n) and its vowels dropped,
 * since loanwords gain and change vowels ("Trump" 트럼프 teuleompeu トランプ toranpu: all {@code TRMP}).
 * English contributes capitalised words, Korean its words without their particles, Japanese its
 * katakana words, Chinese every run of two to four Han characters by pinyin (no segmenter needed:
 * only runs that sound like a name elsewhere can match); a word that names a news concept is not
 * also a name by sound. Kanji in Japanese text are not read by pinyin: Japanese names sound
 * otherwise (東京 is Tokyo, not dongjing), so a Japanese page's kanji gave hundreds of chance keys
 * that drowned its real evidence (the demo's earthquake report). Also {@code l:} keys for
 * Latin-script acronyms and alphanumeric names ("NASA", "MS-22"), which CJK text writes as is.
 */
final class Names {
  private static final Pattern LATIN = Pattern.compile("[A-Za-z][A-Za-z0-9'’-]*[A-Za-z0-9]|[A-Z]");
  private static final int MIN_SKELETON = 3;
  private static final int HAN_WINDOW = 4;
  // Korean particles and endings that follow a name, longest first.
  private static final List<String> PARTICLES =
      List.of(
          "에서는", "에게서", "으로서", "으로는", "에서", "에게", "으로", "까지", "부터", "와의", "과의", "에는", "에도", "이다",
          "했다", "하는", "하고", "라는", "이라는", "은", "는", "이", "가", "을", "를", "의", "에", "와", "과", "로", "도",
          "만", "께");
  private static final ThreadLocal<Transliterator> HANGUL_LATIN =
      ThreadLocal.withInitial(() -> Transliterator.getInstance("Hangul-Latin; Latin-ASCII"));
  // Katakana-Latin alone: Latin-ASCII after it was two thirds of a katakana word's cost, for the
  // few letters with a macron it leaves (see kanaLetters).
  private static final ThreadLocal<Transliterator> KANA_LATIN =
      ThreadLocal.withInitial(() -> Transliterator.getInstance("Katakana-Latin"));
  private static final ThreadLocal<Transliterator> HAN_LATIN =
      ThreadLocal.withInitial(() -> Transliterator.getInstance("Han-Latin; Latin-ASCII"));
  private static final ConcurrentHashMap<Character, String> PINYIN = new ConcurrentHashMap<>();

  private Names() {}

  /** The {@code ph:} and {@code l:} keys of {@code text}. */
  static Set<String> keys(String text) {
    return keys(text, Scripts.simplified(text));
  }

  /** The same, given {@code text} already {@linkplain Scripts#simplified simplified}. */
  static Set<String> keys(String text, String simplified) {
    return keys(text, simplified, new Memo());
  }

  /** The same, each word's and Han window's sound remembered in {@code memo}. */
  static Set<String> keys(String text, String simplified, Memo memo) {
    Set<String> out = new LinkedHashSet<>();
    keys(text, simplified, memo, out);
    return out;
  }

  /** Adds the same keys to {@code out}, in order. */
  static void keys(String text, String simplified, Memo memo, Set<String> out) {
    // A Latin-script word inside Chinese, Japanese or Korean text is a name or term kept as
    // written ("ronna", "quetta", "DRX"): English words of 3+ letters are keys too, to meet them.
    boolean cjk = Scripts.hasCjk(text);
    // Each distinct word or run once (names recur in an article): the memo's look-up costs more
    // than a set's, and a word's keys are the same wherever it stands.
    Set<String> seen = new HashSet<>();
    Matcher m = LATIN.matcher(text);
    while (m.find()) {
      String w = m.group().replace('’', '\'');
      if (w.endsWith("'s")) {
        w = w.substring(0, w.length() - 2);
      }
      if (!seen.add(w)) {
        continue;
      }
      String lower = w.toLowerCase(Locale.ROOT);
      if (isAcronym(w)
          || (w.length() >= 3
              && (cjk || !EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(lower)))) {
        out.add("l:" + lower);
      }
      // A country, city or demonym is already a place key: its sound would only meet chance
      // pinyin ("Chinese" and 神舟 shenzhou are both SNS).
      if (Character.isUpperCase(w.charAt(0))) {
        // Remembered per word: place and concept look-ups per word were a third of an English
        // article's anchor cost.
        String keys = Memo.get(memo.latinSounds, w, Names::latinSound);
        if (!keys.isEmpty()) {
          for (String key : keys.split(" ")) {
            out.add(key);
          }
        }
      }
    }
    if (!cjk) {
      return;
    }
    // Runs of one script, found by Scripts' table (the \\p{IsHangul}+ patterns they replace looked
    // each character's script up by a binary search).
    int[] runs = Scripts.runs(text, Scripts::isHangul);
    for (int r = 0; r < runs.length; r += 2) {
      String run = text.substring(runs[r], runs[r + 1]);
      if (!seen.add(run)) {
        continue;
      }
      // Worked out each time, not remembered: a demo-mix pass meets 9,589 new runs in 14,060, and
      // a Caffeine write cost more than the syllable arithmetic it would spare.
      if (run.length() >= 2) {
        add(hangulSound(run), out);
      }
    }
    runs = Scripts.runs(text, Scripts::isKatakana);
    for (int r = 0; r < runs.length; r += 2) {
      if (runs[r + 1] - runs[r] >= 2) {
        String run = text.substring(runs[r], runs[r + 1]);
        if (seen.add(run)) {
          add(Memo.get(memo.kanaSounds, run, x -> sound(x, kanaLetters(x))), out);
        }
      }
    }
    boolean pinyin = !Scripts.any(text, Scripts::isKanaScript);
    runs = Scripts.runs(simplified, Scripts::isHan);
    for (int r = 0; r < runs.length; r += 2) {
      String run = simplified.substring(runs[r], runs[r + 1]);
      if (!seen.add(run)) {
        continue;
      }
      for (int i = 0; i < run.length(); i++) {
        for (int n = 2; n <= HAN_WINDOW && i + n <= run.length(); n++) {
          String window = run.substring(i, i + n);
          if (pinyin) {
            add(Memo.get(memo.hanSounds, window, x -> sound(x, pinyin(x))), out);
          }
          out.add("h:" + window);
        }
      }
    }
  }

  /**
   * A katakana word in Latin letters as ICU's {@code Katakana-Latin; Latin-ASCII} gives them: ICU's
   * Katakana-Latin, then each non-ASCII character as the ASCII of its canonical decomposition. Its
   * output is ASCII but for vowels with a macron (ー after them: ā, ō) and characters no rule turned
   * into Latin, which are no letters either way (NamesTest compares them on every katakana
   * character and pair).
   */
  static String kanaLetters(String word) {
    String latin = KANA_LATIN.get().transliterate(word);
    StringBuilder out = null;
    for (int i = 0; i < latin.length(); i++) {
      char c = latin.charAt(i);
      if (c < 0x80) {
        if (out != null) {
          out.append(c);
        }
        continue;
      }
      if (out == null) {
        out = new StringBuilder(latin.length()).append(latin, 0, i);
      }
      String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
      for (int k = 0; k < d.length(); k++) {
        if (d.charAt(k) < 0x80) {
          out.append(d.charAt(k));
        }
      }
    }
    return out == null ? latin : out.toString();
  }

  /** The sound key of a run of Hangul, read without the particles after it, or "" for none. */
  private static String hangulSound(String run) {
    String w = stripParticles(run);
    return sound(w, hangulLetters(w));
  }

  /** A Hangul word in Latin letters: syllables by their jamo, other Hangul by ICU. */
  private static String hangulLetters(String word) {
    return HangulLatin.isSyllables(word)
        ? HangulLatin.letters(word)
        : HANGUL_LATIN.get().transliterate(word);
  }

  /**
   * The sound keys of a capitalised Latin word, space-separated, or "" when it has none: its own
   * and, when it differs, the one without an l or r that closes a syllable, which Chinese, Korean
   * and Japanese spellings of English names mostly leave out (Robert 罗伯特 로버트 ロバート, Metcalfe 梅特卡夫).
   * Both, not the second alone: a spelling that keeps the letter still meets the first.
   */
  private static String latinSound(String w) {
    if (EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(w.toLowerCase(Locale.ROOT))
        || !Places.get().keys(w).isEmpty()) {
      return "";
    }
    String own = sound(w, w);
    String open = sound(w, withoutClosingLiquids(w));
    return own.isEmpty() || open.isEmpty() || open.equals(own) ? own : own + " " + open;
  }

  /** {@code w} less each l or r after a vowel and before a consonant or, for r, the word's end. */
  static String withoutClosingLiquids(String w) {
    String lower = w.toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(lower.length());
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      if ((c == 'l' || c == 'r') && i > 0 && isVowel(lower.charAt(i - 1))) {
        char next = i + 1 < lower.length() ? lower.charAt(i + 1) : 0;
        boolean closes =
            next == 0 ? c == 'r' : next >= 'a' && next <= 'z' && !isVowel(next) && next != c;
        if (closes) {
          continue;
        }
      }
      out.append(c);
    }
    return out.toString();
  }

  private static boolean isVowel(char c) {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
  }

  private static void add(String key, Set<String> out) {
    if (!key.isEmpty()) {
      out.add(key);
    }
  }

  /** All capitals (two or more), or letters and digits mixed: written the same in every script. */
  private static boolean isAcronym(String w) {
    boolean digit = false;
    boolean letter = false;
    int upper = 0;
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      digit |= Character.isDigit(c);
      letter |= Character.isLetter(c);
      upper += Character.isUpperCase(c) ? 1 : 0;
    }
    return (digit && letter) || (upper >= 2 && upper * 2 > w.length());
  }

  private static String stripParticles(String w) {
    for (String p : PARTICLES) {
      if (w.length() > p.length() + 1 && w.endsWith(p)) {
        return w.substring(0, w.length() - p.length());
      }
    }
    return w;
  }

  private static String pinyin(char c) {
    return PINYIN.computeIfAbsent(c, k -> HAN_LATIN.get().transliterate(String.valueOf(k)).trim());
  }

  /** The pinyin of a Han run, character by character. */
  private static String pinyin(String run) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < run.length(); i++) {
      sb.append(pinyin(run.charAt(i)));
    }
    return sb.toString();
  }

  /**
   * The sound key of {@code word} (as written), read as {@code romanised}, or "" when it is too
   * short or the word names a news concept: "Championship" and 챔피언십 are already {@code w:champion},
   * and as sounds they only met other championships (the League of Legends final took the MotoGP
   * title's place).
   */
  private static String sound(String word, String romanised) {
    String s = skeleton(romanised);
    // Every word here is Hangul, kana, Latin or an already simplified Han run.
    return s.length() >= MIN_SKELETON && !Concepts.get().namesAny(word) ? "ph:" + s : "";
  }

  /**
   * The consonant classes of a romanised name, repeats collapsed: "Vladimir" and "beulladimileu"
   * both PRTMR.
   */
  static String skeleton(String romanised) {
    String lower = romanised.toLowerCase(Locale.ROOT);
    StringBuilder letters = new StringBuilder(lower.length());
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      if (c >= 'a' && c <= 'z') {
        letters.append(c);
      }
    }
    String s = letters.toString();
    s =
        s.replace("tch", "s")
            .replace("ch", "s")
            .replace("sh", "s")
            .replace("zh", "s")
            .replace("th", "s")
            .replace("ts", "s")
            .replace("ph", "p")
            .replace("ck", "k")
            .replace("ng", "n");
    StringBuilder out = new StringBuilder();
    char last = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      char next = i + 1 < s.length() ? s.charAt(i + 1) : 0;
      char k;
      switch (c) {
        case 'b', 'p', 'f', 'v' -> k = 'P';
        case 'd', 't' -> k = 'T';
        case 'g', 'k', 'c', 'q' -> k = 'K';
        case 's', 'z', 'j', 'x' -> k = 'S';
        case 'l', 'r' -> k = 'R';
        case 'm' -> k = 'M';
        // Japanese ン before a labial is an m ("トランプ" toranpu).
        case 'n' -> k = next == 'p' || next == 'b' ? 'M' : 'N';
        default -> k = 0;
      }
      if (k != 0 && k != last) {
        out.append(k);
      }
      if (k != 0) {
        last = k;
      }
    }
    return out.toString();
  }
}
