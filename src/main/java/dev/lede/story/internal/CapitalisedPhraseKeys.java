package dev.lede.story.internal;

import dev.lede.lang.EnglishWords;
import dev.lede.lang.KoreanWords;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.ko.POS;

/**
 * Entity keys without a trained model: the specific things a report names, which is what tells two
 * events of the same kind apart. Emits
 *
 * <ul>
 *   <li>{@code e:<phrase>} for runs of capitalised words ("Betty Ford Center"), and {@code
 *       e:<word>} for each of their words, so a later bare surname still matches;
 *   <li>{@code n:<number>} for numbers (magnitudes, scores, tolls; "seven" and "7th" give {@code
 *       n:7});
 *   <li>{@code y:<year>} for years and {@code d:<MM-DD>} for calendar dates.
 * </ul>
 *
 * <p>A capital at the start of a sentence proves nothing, so a sentence-initial word counts unless
 * it is a stop word or appears in lower case elsewhere in the text. Headline lines in title case
 * say nothing about which words are names, so in them only words the body confirms count. Korean
 * has no capitals: a Korean word's keys are the proper nouns, foreign-script words and Hanja Nori
 * reads in that word alone, without its particles (the pieces Nori splits an unknown name into
 * joined again: 볼라 + 벤), leaving rarity to tell names from common words.
 */
public final class CapitalisedPhraseKeys {

  private static final Pattern SPACED_NUMBER = Pattern.compile("(\\d)\\s*([.,:\\-])\\s+(\\d)");
  private static final Pattern SPACED_NUMBER2 = Pattern.compile("(\\d)\\s+([.,:\\-])\\s*(\\d)");
  private static final Pattern NUMBER =
      Pattern.compile("\\d+(?:[.,:]\\d+)*(?:-\\d+(?:[.,]\\d+)*)?");
  private static final Pattern ORDINAL_DIGITS =
      Pattern.compile("\\b(\\d{1,3})(?:st|nd|rd|th)\\b", Pattern.CASE_INSENSITIVE);
  private static final String MONTH = EnglishWords.monthPattern();
  private static final Pattern MONTH_DAY =
      Pattern.compile(
          "\\b" + MONTH + "\\s*(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s*(\\d{4})\\b)?",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern DAY_MONTH =
      Pattern.compile(
          "\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + "\\b(?:,?\\s*(\\d{4})\\b)?",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern YEAR = Pattern.compile("\\b(1[89]\\d\\d|20\\d\\d)\\b");
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?][\"'”’)]?)\\s+");

  private static final Map<String, Integer> NUMBER_WORDS = numberWords();
  private static final Set<String> MONTHS = EnglishWords.monthNames();
  private static final Set<String> WEEKDAYS = EnglishWords.weekdayWords();
  private static final Set<String> CONNECTORS =
      Set.of("of", "de", "la", "del", "da", "di", "van", "von", "der", "den", "du", "le", "bin");
  private static final CharArraySet STOP = stopWords();

  // Proper nouns, foreign-script words and Hanja: the Korean counterpart of capitalised names.
  private static final Set<POS.Tag> NAME_TAGS = EnumSet.of(POS.Tag.NNP, POS.Tag.SL, POS.Tag.SH);

  /** The entity keys of {@code text} (title first, when there is one), sorted. */
  public Set<String> keys(String text) {
    Set<String> keys = new TreeSet<>();
    if (TextAnalysis.scriptOf(text) == TextAnalysis.Script.HANGUL) {
      koreanKeys(text, keys);
    }
    String normalised = normaliseNumbers(text);
    List<String> words = words(normalised);
    dates(normalised, words, keys);
    numbers(normalised, words, keys);
    names(normalised, keys);
    return keys;
  }

  /**
   * The key of the name of two or more capitalised words that the first sentence of the body opens
   * with (after "The"): {@code e:<phrase>} as {@link #keys} gives it. One word is not enough: a
   * sentence-initial capital proves nothing ("Amid", "Officials"); nor is a name that owns the
   * subject ("Sunak's government").
   */
  public static Optional<String> lead(String text) {
    String first = null;
    for (String line : text.split("\\R")) {
      if (!line.isBlank() && !isHeadline(line)) {
        first = line;
        break;
      }
    }
    if (first == null) {
      return Optional.empty();
    }
    List<String> words = words(SENTENCE_END.split(first.strip(), 2)[0]);
    int i = !words.isEmpty() && normaliseWord(words.get(0)).equals("the") ? 1 : 0;
    if (i >= words.size() || STOP.contains(normaliseWord(words.get(i)))) {
      return Optional.empty();
    }
    List<String> run = new ArrayList<>();
    for (; i < words.size(); i++) {
      String w = words.get(i);
      boolean cap = isCapitalised(w) && !isCalendarWord(normaliseWord(w));
      boolean connector =
          !run.isEmpty()
              && CONNECTORS.contains(w)
              && i + 1 < words.size()
              && isCapitalised(words.get(i + 1));
      if (!cap && !connector) {
        break;
      }
      run.add(w);
    }
    String last = run.isEmpty() ? "" : run.get(run.size() - 1).replace('’', '\'');
    if (last.endsWith("'s") || last.endsWith("'")) {
      return Optional.empty(); // "Sunak's government ...": the subject is what the name owns
    }
    Set<String> keys = new TreeSet<>();
    emitRun(run, keys, new HashSet<>());
    // The run's own phrase key is its longest; a lone word gives no phrase.
    return keys.stream()
        .filter(k -> k.indexOf(' ') > 0)
        .max((a, b) -> Integer.compare(a.length(), b.length()));
  }

  /**
   * Korean names, word (eojeol) by word: a name never spans a space, and most words recur from one
   * article to the next, so each distinct word is read by Nori once, alone ({@link KoreanWords},
   * shared with the cross-language anchors), and its names taken from what Nori read.
   */
  private static void koreanKeys(String text, Set<String> keys) {
    Set<String> seen = new HashSet<>();
    for (String w : KoreanWords.split(text)) {
      if (seen.add(w)) {
        koreanNames(w, keys);
      }
    }
  }

  /** The name keys of one word: its runs of adjacent name tokens, as the word writes them. */
  private static void koreanNames(String word, Set<String> keys) {
    int spanStart = -1;
    int spanEnd = -1;
    for (KoreanWords.Token t : KoreanWords.of(word)) {
      boolean name = !t.surface().isEmpty() && NAME_TAGS.contains(t.tag());
      if (name && t.start() == spanEnd) {
        spanEnd = t.end(); // 볼라 + 벤: Nori splits unknown names; the surface is one
      } else {
        emitKorean(word, spanStart, spanEnd, keys);
        spanStart = name ? t.start() : -1;
        spanEnd = name ? t.end() : -1;
      }
    }
    emitKorean(word, spanStart, spanEnd, keys);
  }

  private static void emitKorean(String word, int start, int end, Set<String> keys) {
    if (start < 0 || end - start < 2) {
      return;
    }
    String surface = word.substring(start, end).toLowerCase(Locale.ROOT);
    if (!surface.chars().allMatch(Character::isDigit)) {
      keys.add("e:" + surface);
    }
  }

  static String normaliseNumbers(String text) {
    // Detokenised corpora write "20 - 13" and "2. 5"; rejoin so the same number gives one key.
    String s = SPACED_NUMBER.matcher(text).replaceAll("$1$2$3");
    return SPACED_NUMBER2.matcher(s).replaceAll("$1$2$3");
  }

  private static void dates(String text, List<String> words, Set<String> keys) {
    boolean month = false;
    for (String w : words) {
      if (w.length() >= 3 && MONTHS.contains(normaliseWord(w))) {
        month = true;
        break;
      }
    }
    Matcher m = YEAR.matcher(text);
    while (m.find()) {
      keys.add("y:" + m.group(1));
    }
    if (!month) {
      return; // the date patterns are the costliest part; most lines name no month
    }
    m = MONTH_DAY.matcher(text);
    while (m.find()) {
      addDate(keys, m.group(1), m.group(2), m.group(3));
    }
    m = DAY_MONTH.matcher(text);
    while (m.find()) {
      addDate(keys, m.group(2), m.group(1), m.group(3));
    }
  }

  private static void addDate(Set<String> keys, String month, String day, String year) {
    int mm = monthNumber(month);
    int dd = Integer.parseInt(day);
    if (mm == 0 || dd < 1 || dd > 31) {
      return;
    }
    // "May 3" alone is ambiguous; "may" is also a verb, so it needs a day right after it.
    keys.add(String.format(Locale.ROOT, "d:%02d-%02d", mm, dd));
    if (year != null) {
      keys.add("y:" + year);
    }
  }

  private static int monthNumber(String month) {
    return EnglishWords.month(month);
  }

  private static void numbers(String text, List<String> words, Set<String> keys) {
    Matcher m = NUMBER.matcher(text);
    while (m.find()) {
      String n = m.group();
      // Letters before the digits make a code ("MP3", "G8"); after them, a unit ("120km").
      boolean glued = m.start() > 0 && Character.isLetter(text.charAt(m.start() - 1));
      if (glued || koreanMonth(text, m.end())) {
        continue;
      }
      n = n.replaceAll("(?<=\\d),(?=\\d{3}\\b)", "");
      if (YEAR.matcher(n).matches()) {
        continue; // years are keyed by dates()
      }
      keys.add("n:" + stripLeadingZeros(n));
    }
    for (String w : words) {
      Integer v = NUMBER_WORDS.get(w.toLowerCase(Locale.ROOT));
      if (v != null) {
        keys.add("n:" + v);
      }
    }
  }

  /**
   * Whether the number ending at {@code end} names a month in Korean (8월): every report of that
   * month shares it, as English month names are no key either. Days (17일) stay keys, as they are in
   * English dates.
   */
  private static boolean koreanMonth(String text, int end) {
    return end < text.length() && text.charAt(end) == '월';
  }

  private static String stripLeadingZeros(String n) {
    int i = 0;
    while (i < n.length() - 1 && n.charAt(i) == '0' && Character.isDigit(n.charAt(i + 1))) {
      i++;
    }
    return n.substring(i);
  }

  private static void names(String text, Set<String> keys) {
    List<String> headlines = new ArrayList<>();
    List<String> body = new ArrayList<>();
    for (String line : text.split("\\R")) {
      if (line.isBlank()) {
        continue;
      }
      (isHeadline(line) ? headlines : body).add(line);
    }
    Set<String> lowercaseWords = new HashSet<>();
    for (String line : body) {
      for (String w : words(line)) {
        if (Character.isLowerCase(w.codePointAt(0))) {
          lowercaseWords.add(w.toLowerCase(Locale.ROOT));
        }
      }
    }
    Set<String> nameWords = new HashSet<>();
    for (String line : body) {
      for (String sentence : SENTENCE_END.split(line)) {
        List<String> words = words(sentence);
        List<String> run = new ArrayList<>();
        for (int i = 0; i <= words.size(); i++) {
          String w = i < words.size() ? words.get(i) : null;
          boolean cap = w != null && isCapitalised(w) && !isCalendarWord(normaliseWord(w));
          if (cap && i == 0) {
            String lower = normaliseWord(w);
            // A sentence-initial capital proves nothing; keep the word unless it is a common one.
            cap = !STOP.contains(lower) && !lowercaseWords.contains(lower);
          }
          boolean connector =
              w != null
                  && !run.isEmpty()
                  && CONNECTORS.contains(w)
                  && i + 1 < words.size()
                  && isCapitalised(words.get(i + 1));
          if (cap || connector) {
            run.add(w);
          } else {
            emitRun(run, keys, nameWords);
            run.clear();
          }
        }
      }
    }
    for (String line : headlines) {
      List<String> run = new ArrayList<>();
      List<String> words = words(line);
      for (int i = 0; i <= words.size(); i++) {
        String w = i < words.size() ? words.get(i) : null;
        if (w != null && nameWords.contains(normaliseWord(w))) {
          run.add(w);
        } else {
          emitRun(run, keys, nameWords);
          run.clear();
        }
      }
    }
  }

  /**
   * The words of {@code s}: a letter or digit, then letters, digits, marks and {@code &}, with
   * {@code ' ’ . -} allowed between two of them ("U.S", "O'Neill", "31-24"), and one trailing
   * period kept so abbreviations survive. Hand-written: this runs over every line several times.
   */
  static List<String> words(String s) {
    List<String> words = new ArrayList<>();
    int n = s.length();
    int i = 0;
    while (i < n) {
      char c = s.charAt(i);
      if (!Character.isLetterOrDigit(c)) {
        i++;
        continue;
      }
      int start = i++;
      while (i < n) {
        char d = s.charAt(i);
        if (Character.isLetterOrDigit(d)
            || d == '&'
            || Character.getType(d) == Character.NON_SPACING_MARK
            || Character.getType(d) == Character.COMBINING_SPACING_MARK) {
          i++;
        } else if ((d == '\'' || d == '’' || d == '.' || d == '-')
            && i + 1 < n
            && Character.isLetterOrDigit(s.charAt(i + 1))) {
          i += 2;
        } else {
          break;
        }
      }
      if (i < n && s.charAt(i) == '.') {
        i++;
      }
      words.add(s.substring(start, i));
    }
    return words;
  }

  private static void emitRun(List<String> run, Set<String> keys, Set<String> nameWords) {
    List<String> parts = new ArrayList<>();
    for (String w : run) {
      String n = normaliseWord(w);
      if (!n.isEmpty()) {
        parts.add(n);
      }
    }
    // Leading titles ("Mr.") and trailing connectors ("Bank of") are not part of the name.
    while (!parts.isEmpty() && STOP.contains(parts.get(0))) {
      parts.remove(0);
    }
    while (!parts.isEmpty() && CONNECTORS.contains(parts.get(parts.size() - 1))) {
      parts.remove(parts.size() - 1);
    }
    if (parts.isEmpty()) {
      return;
    }
    if (parts.size() > 1) {
      keys.add("e:" + String.join(" ", parts));
    }
    for (String p : parts) {
      if (!CONNECTORS.contains(p) && !STOP.contains(p) && p.chars().anyMatch(Character::isLetter)) {
        keys.add("e:" + p);
        nameWords.add(p);
      }
    }
  }

  private static String normaliseWord(String w) {
    String s = w.toLowerCase(Locale.ROOT).replace('’', '\'');
    if (s.endsWith("'s")) {
      s = s.substring(0, s.length() - 2);
    } else if (s.endsWith("'")) {
      s = s.substring(0, s.length() - 1);
    }
    if (s.endsWith(".") && s.indexOf('.') == s.length() - 1) {
      s = s.substring(0, s.length() - 1); // sentence period, not an abbreviation like "U.S."
    }
    return s;
  }

  private static boolean isCapitalised(String w) {
    int first = w.codePointAt(0);
    return Character.isUpperCase(first) || Character.isTitleCase(first);
  }

  private static boolean isCalendarWord(String lower) {
    return MONTHS.contains(lower) || WEEKDAYS.contains(lower);
  }

  private static boolean isHeadline(String line) {
    List<String> words = words(line);
    int alpha = 0;
    int caps = 0;
    for (String w : words) {
      if (!Character.isLetter(w.codePointAt(0))) {
        continue;
      }
      alpha++;
      if (isCapitalised(w)) {
        caps++;
      }
    }
    // Title case or all caps: most words capitalised, stop words included.
    return alpha >= 3 && caps * 10 >= alpha * 7;
  }

  private static Map<String, Integer> numberWords() {
    Map<String, Integer> m = new HashMap<>();
    for (EnglishWords.NumberWord n : EnglishWords.numbers()) {
      // "one" and "first" are mostly not quantities ("one of", "for the first time").
      if (n.form() != EnglishWords.Form.PLURAL && n.value() >= 2 && n.value() <= 20) {
        m.put(n.word(), (int) n.value());
      }
    }
    return Map.copyOf(m);
  }

  private static CharArraySet stopWords() {
    CharArraySet s = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, true);
    for (String w :
        List.of(
            "he",
            "she",
            "his",
            "her",
            "him",
            "its",
            "we",
            "our",
            "you",
            "your",
            "i",
            "my",
            "me",
            "they",
            "their",
            "them",
            "after",
            "before",
            "when",
            "while",
            "what",
            "who",
            "whom",
            "which",
            "where",
            "why",
            "how",
            "from",
            "about",
            "also",
            "but",
            "yet",
            "so",
            "since",
            "until",
            "although",
            "though",
            "because",
            "if",
            "meanwhile",
            "however",
            "according",
            "now",
            "today",
            "yesterday",
            "tomorrow",
            "last",
            "next",
            "this",
            "that",
            "these",
            "those",
            "here",
            "there",
            "all",
            "some",
            "many",
            "most",
            "more",
            "other",
            "another",
            "each",
            "both",
            "one",
            "two",
            "mr",
            "mrs",
            "ms",
            "dr")) {
      s.add(w);
    }
    return CharArraySet.unmodifiableSet(s);
  }
}
