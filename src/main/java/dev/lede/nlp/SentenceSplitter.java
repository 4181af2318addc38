package dev.lede.nlp;

import dev.lede.lang.EnglishWords;
import dev.lede.lang.WordLists;
import dev.lede.nlp.internal.Lexicon;
import dev.lede.nlp.internal.Scripts;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Splits text into {@link Sentence}s with exact offsets. Rule-based, in this order:
 *
 * <ol>
 *   <li>a blank line always ends a sentence; a single line break does too, unless it sits inside a
 *       hard-wrapped sentence (a letter or comma before it, a lower-case letter after it);
 *   <li>{@code 。！？} end a sentence with no space needed, except inside a quote ({@code 「」 『』 “”},
 *       paired within a paragraph, at most {@value #MAX_CJK_QUOTE} chars): a quote ending on one
 *       ends the sentence with it ({@code 「行きます。」次の文。}) unless a quotative follows ({@code
 *       「行きます。」と言った。}, {@code “我们会赢。”他说。}, {@code “…。”라고 말했다});
 *   <li>{@code . ! ? …} end a sentence only when followed by whitespace or the end of the text,
 *       after absorbing closing quotes and brackets ({@code ."} and {@code .”} stay in the
 *       sentence);
 *   <li>a period does not end a sentence after a title ("Dr.", "Const.", "Dist. Atty."; nor a line
 *       break after one before a capitalised word), an initial ("J. R. R. Tolkien", tokenised "L.
 *       A. County"), "No." before a number or code, a month before a day, between the digits of a
 *       tokenised decimal ("6. 1.", and in a {@link TokenisedText tokenised} text "the 6. 1 -
 *       magnitude quake" or "14. 4 points"), or before a lower-case word; after an ambiguous
 *       abbreviation ("U.S.", "Inc.", "St.", "a.m.", a state such as "Wash.") only when a function
 *       word such as "The" or "He" follows. The lists are {@code abbreviations.txt};
 *   <li>{@code ?} and {@code !} inside a quote followed by a speech verb ({@code "Why?" Lee
 *       asked.}) do not end the sentence.
 * </ol>
 *
 * <p>Sentences cover every non-whitespace char of the text, in order, without overlap.
 */
public final class SentenceSplitter {
  // Lists in abbreviations.txt, lower-case without the final period (as OpenNLP's abbreviation
  // dictionary and Lucene's word lists): titles never end a sentence, ambiguous ones only before a
  // sentence starter, number words only before a number.
  private static final Map<String, Set<String>> ABBREVIATIONS =
      WordLists.sections(SentenceSplitter.class, "abbreviations.txt");
  private static final Set<String> TITLES = ABBREVIATIONS.get("titles");
  private static final Set<String> AMBIGUOUS_ABBREVIATIONS = ABBREVIATIONS.get("ambiguous");
  private static final Set<String> STATES = ABBREVIATIONS.get("states");
  private static final Set<String> NUMBER_ABBREVIATIONS = ABBREVIATIONS.get("numbers");
  private static final Set<String> MONTH_ABBREVIATIONS = EnglishWords.monthAbbreviations();
  private static final Set<String> WEEKDAYS = EnglishWords.weekdayWords();

  /** Longest quote (chars) inside which 。！？ do not split: an unpaired mark protects nothing. */
  static final int MAX_CJK_QUOTE = 400;

  // After a quote: Japanese quotative particles, Korean quotative endings, a comma.
  private static final java.util.regex.Pattern QUOTATIVE_AFTER =
      java.util.regex.Pattern.compile(
          "^(?:と|って|など|との|という|とも|とし|ということ|이?라고|고\\s|하고|이?라며|며|면서|[，,、])");
  // After a Chinese quote: a short subject and a speech verb ("”他说。", "”王毅表示，").
  private static final java.util.regex.Pattern CHINESE_SPEAKER_AFTER =
      java.util.regex.Pattern.compile(
          "^[\\p{IsHan}\\p{IsLatin}·]{0,10}?(?:说|說|表示|称|稱|指出|强调|強調|补充|補充|回答|写道|寫道|透露)"
              + "(?:道|说|說)?[。，,：:！？]");

  private SentenceSplitter() {}

  /** The sentences of {@code text}, in order. Never fails on any input. */
  public static List<Sentence> split(String text) {
    Objects.requireNonNull(text, "text");
    List<Sentence> out = new ArrayList<>();
    int n = text.length();
    int[] quoteEnd = cjkQuoteEnds(text);
    boolean tokenised = TokenisedText.isTokenised(text);
    int start = -1;
    boolean openStraightQuote = false;
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (start < 0) {
        if (!isSpace(c)) {
          start = i;
          openStraightQuote = false;
        } else {
          i++;
          continue;
        }
      }
      if (isLineBreak(c)) {
        int next = skipSpace(text, i);
        if (endsAtLineBreak(text, i, next)) {
          emit(text, start, i, out);
          start = -1;
          i = next;
          continue;
        }
        i++;
        continue;
      }
      if (c == '"') {
        openStraightQuote = !openStraightQuote;
        i++;
        continue;
      }
      if (isTerminal(c)) {
        int runEnd = i;
        boolean cjk = false;
        boolean question = false;
        while (runEnd < n && isTerminal(text.charAt(runEnd))) {
          char t = text.charAt(runEnd);
          cjk |= Scripts.isCjkTerminal(t);
          question |= t == '?' || t == '!' || t == '\u203D';
          runEnd++;
        }
        int end = absorbClosers(text, runEnd, openStraightQuote);
        boolean closedQuote = end > runEnd;
        if (cjk && quoteEnd[i] > 0 && !(quoteEnd[i] < end && !quotativeFollows(text, end))) {
          // 。 inside 「…」: the sentence goes on, unless the quote ends here and nothing hangs on it.
          i = runEnd;
          continue;
        }
        if (isBoundary(text, start, i, runEnd, end, cjk, question, closedQuote, tokenised)) {
          emit(text, start, end, out);
          start = -1;
          i = end;
          continue;
        }
        i = runEnd;
        continue;
      }
      i++;
    }
    if (start >= 0) {
      emit(text, start, n, out);
    }
    return out;
  }

  /**
   * For each char inside a paired CJK quote ({@code 「」 『』 “”}, within one paragraph and at most
   * {@link #MAX_CJK_QUOTE} chars), the offset of the outermost quote's closing mark; 0 elsewhere.
   */
  private static int[] cjkQuoteEnds(String text) {
    int n = text.length();
    int[] ends = new int[n];
    java.util.ArrayDeque<int[]> open = new java.util.ArrayDeque<>(); // {offset, closer}
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      char closer =
          c == '\u300C' ? '\u300D' : c == '\u300E' ? '\u300F' : c == '\u201C' ? '\u201D' : 0;
      if (closer != 0) {
        open.push(new int[] {i, closer});
      } else if (!open.isEmpty() && c == open.peek()[1]) {
        int from = open.pop()[0];
        if (open.isEmpty() && i - from <= MAX_CJK_QUOTE) {
          for (int k = from + 1; k < i; k++) {
            ends[k] = i;
          }
        }
      } else if (c == '\n' && i + 1 < n && text.charAt(i + 1) == '\n') {
        open.clear(); // quotes pair within a paragraph
      }
    }
    return ends;
  }

  /** Whether what follows a closed quote at {@code k} still belongs to its sentence. */
  private static boolean quotativeFollows(String text, int k) {
    String after = text.substring(k, Math.min(text.length(), k + 24));
    return QUOTATIVE_AFTER.matcher(after).find() || CHINESE_SPEAKER_AFTER.matcher(after).find();
  }

  private static boolean isBoundary(
      String text,
      int sentenceStart,
      int runStart,
      int runEnd,
      int end,
      boolean cjk,
      boolean question,
      boolean closedQuote,
      boolean tokenised) {
    if (cjk) {
      return true;
    }
    if (end < text.length() && !isSpace(text.charAt(end))) {
      return false; // "3.5", "U.S.-based", "example.com", "?!"
    }
    int nextWordAt = nextWordStart(text, end);
    String next = wordAt(text, nextWordAt);
    if (next.isEmpty()) {
      return true;
    }
    boolean nextLower = startsLowerCase(next);
    if (question) {
      return !nextLower && !(closedQuote && speechVerbFollows(text, nextWordAt));
    }
    int dots = runEnd - runStart;
    boolean ellipsis = dots > 1 || text.charAt(runStart) == '\u2026';
    if (nextLower) {
      return false;
    }
    if (ellipsis) {
      return !isDigitStart(next);
    }
    if (tokenisedDecimal(text, runStart, runEnd, end, nextWordAt, next)
        || tokenised && end == runEnd && TokenisedText.isSpacedDecimalPoint(text, runStart)) {
      return false; // "at 6. 1.", and "the 6. 1 - magnitude quake" in text that spaces all figures
    }
    String prev = wordBefore(text, runStart, sentenceStart);
    if (prev.isEmpty()) {
      return true;
    }
    String p = prev.toLowerCase(Locale.ROOT);
    boolean nextDigit = isDigitStart(next) || next.startsWith("#");
    if (NUMBER_ABBREVIATIONS.contains(p) && next.chars().anyMatch(Character::isDigit)) {
      return false; // "No. 5", "case No. VA089897"
    }
    if (isTitle(prev)) {
      return false;
    }
    if (MONTH_ABBREVIATIONS.contains(p) && nextDigit) {
      return false;
    }
    boolean starter = Lexicon.get().in("sentence-starters", next);
    if (isInitial(prev)) {
      // "L. A. County", "D. A. Lowell Anger" (tokenised initialisms), "an L. A Superior Court
      // judge":
      // a single letter after an initial is one more initial, not the article "A" or "I".
      if (next.length() == 1 && Character.isUpperCase(next.charAt(0))) {
        return !initialFollows(text, nextWordAt);
      }
      return starter; // an initial: "J. R. R. Tolkien", "George W. Bush"
    }
    if (isOtherAbbreviation(prev)) {
      return starter;
    }
    return true;
  }

  /**
   * A title or rank written before a name ("Const.", "Rev.", "Sgt."), never a sentence's last word.
   * An all-capitals word is not one: "Fountain Valley, CA." is a state.
   */
  private static boolean isTitle(String word) {
    return TITLES.contains(word.toLowerCase(Locale.ROOT))
        && !(word.length() > 1 && word.chars().allMatch(Character::isUpperCase));
  }

  /**
   * A decimal the source tokenised ("the magnitude at 6. 1."): one period between digits, one space
   * after it, one or two digits that end the clause. A sentence that starts with a number goes on
   * with a word ("in 2005. 12 people died").
   */
  private static boolean tokenisedDecimal(
      String text, int dot, int runEnd, int end, int nextWordAt, String next) {
    if (dot == 0 || runEnd != dot + 1 || end != runEnd || nextWordAt != end + 1) {
      return false;
    }
    if (!Character.isDigit(text.charAt(dot - 1)) || text.charAt(end) != ' ') {
      return false;
    }
    if (next.length() > 2 || !next.chars().allMatch(Character::isDigit)) {
      return false;
    }
    int after = nextWordAt + next.length();
    return after == text.length() || ".,;:)%".indexOf(text.charAt(after)) >= 0;
  }

  /** An abbreviation that may end a sentence: "a.m.", "U.S.", "Jr.", "Sept.", "Calif.". */
  private static boolean isOtherAbbreviation(String word) {
    String p = word.toLowerCase(Locale.ROOT);
    return AMBIGUOUS_ABBREVIATIONS.contains(p)
        || MONTH_ABBREVIATIONS.contains(p)
        || (STATES.contains(p) && Character.isUpperCase(word.charAt(0)))
        || p.indexOf('.') > 0;
  }

  private static boolean isInitial(String word) {
    return word.length() == 1 && Character.isUpperCase(word.charAt(0));
  }

  /**
   * Whether the single capital letter at {@code k} is an initial: a period follows it, or a
   * capitalised word that does not start a sentence ("an L. A Superior Court judge").
   */
  private static boolean initialFollows(String text, int k) {
    int after = k + 1;
    if (after < text.length() && text.charAt(after) == '.') {
      return true;
    }
    int nextAt = nextWordStart(text, after);
    if (nextAt == after || nextAt >= text.length()) {
      return false;
    }
    String word = wordAt(text, nextAt);
    return Character.isUpperCase(word.charAt(0)) && !Lexicon.get().in("sentence-starters", word);
  }

  /** Past closing quotes and brackets after a terminal mark. */
  private static int absorbClosers(String text, int k, boolean openStraightQuote) {
    int n = text.length();
    boolean open = openStraightQuote;
    while (k < n) {
      char c = text.charAt(k);
      if (c == '"') {
        if (!open) {
          break;
        }
        open = false;
        k++;
      } else if (c == '\'') {
        if (k + 1 < n && Character.isLetterOrDigit(text.charAt(k + 1))) {
          break;
        }
        k++;
      } else if (isCloser(c)) {
        k++;
      } else if (open && c == ' ') {
        // Detokenised text: `downloads. "` closes the quote after a space.
        int q = k;
        while (q < n && text.charAt(q) == ' ') {
          q++;
        }
        if (q < n && text.charAt(q) == '"' && (q + 1 == n || isSpace(text.charAt(q + 1)))) {
          open = false;
          k = q + 1;
        } else {
          break;
        }
      } else {
        break;
      }
    }
    return k;
  }

  private static boolean isCloser(char c) {
    switch (c) {
      case '\u201D': // ”
      case '\u2019': // ’
      case '\u00BB': // »
      case '\u203A': // ›
      case ')':
      case ']':
      case '}':
      case '\u300D': // 」
      case '\u300F': // 』
      case '\uFF09': // ）
      case '\u3011': // 】
      case '\u300B': // 》
      case '\u3009': // 〉
      case '\uFF02': // ＂
        return true;
      default:
        return false;
    }
  }

  private static boolean isTerminal(char c) {
    return c == '.'
        || c == '!'
        || c == '?'
        || c == '\u2026'
        || c == '\u203D'
        || c == '\u061F'
        || c == '\u0964'
        || Scripts.isCjkTerminal(c);
  }

  private static boolean isLineBreak(char c) {
    return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085';
  }

  // Line breaks too: U+0085 (NEL, "..." in cp1252 text read as Latin-1) is neither whitespace nor a
  // space char to Java, and a break that skipSpace cannot step over made the splitter loop forever.
  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF' || isLineBreak(c);
  }

  private static int skipSpace(String text, int i) {
    while (i < text.length() && isSpace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  /** A line break at {@code i}, with the next non-space char at {@code next}. */
  private static boolean endsAtLineBreak(String text, int i, int next) {
    int breaks = 0;
    for (int k = i; k < next; k++) {
      char c = text.charAt(k);
      if (c == '\n' || c == '\u2028' || c == '\u2029' || c == '\u0085') {
        breaks++;
      } else if (c == '\r' && (k + 1 >= next || text.charAt(k + 1) != '\n')) {
        breaks++;
      }
    }
    if (breaks >= 2 || next >= text.length()) {
      return true;
    }
    int before = i - 1;
    while (before >= 0 && isSpace(text.charAt(before))) {
      before--;
    }
    if (before < 0) {
      return true;
    }
    char b = text.charAt(before);
    char a = text.charAt(next);
    boolean wrapped = (Character.isLetter(b) || b == ',') && Character.isLowerCase(a);
    // A title before the name on the next line: a line break in a source split there ("the Rev.\n
    // Larry Kroon of the Wasilla Bible Church"; ECB+ lines are its own, imperfect, sentences).
    String abbreviation = b == '.' ? wordBefore(text, before, 0) : "";
    boolean titleBeforeName =
        Character.isUpperCase(a) && !abbreviation.isEmpty() && isTitle(abbreviation);
    // "called to the blaze at around 9:40 p.m.\nFriday night.": the time goes on with its day.
    boolean abbreviationGoesOn =
        !abbreviation.isEmpty()
            && isOtherAbbreviation(abbreviation)
            && (Character.isLowerCase(a)
                || WEEKDAYS.contains(wordAt(text, next).toLowerCase(Locale.ROOT)));
    return !wrapped && !titleBeforeName && !abbreviationGoesOn;
  }

  private static void emit(String text, int start, int end, List<Sentence> out) {
    int e = end;
    while (e > start && isSpace(text.charAt(e - 1))) {
      e--;
    }
    int s = start;
    while (s < e && isSpace(text.charAt(s))) {
      s++;
    }
    if (e > s) {
      out.add(new Sentence(text.substring(s, e), s, e));
    }
  }

  /** Start of the next word after {@code k}, skipping spaces and opening quotes or brackets. */
  private static int nextWordStart(String text, int k) {
    int n = text.length();
    while (k < n) {
      char c = text.charAt(k);
      if (isSpace(c)
          || c == '"'
          || c == '\''
          || c == '('
          || c == '['
          || c == '\u201C'
          || c == '\u2018'
          || c == '\u00AB'
          || c == '\u201E'
          || c == '\u300C') {
        k++;
      } else {
        break;
      }
    }
    return k;
  }

  private static String wordAt(String text, int k) {
    int j = k;
    while (j < text.length() && Character.isLetterOrDigit(text.charAt(j))) {
      j++;
    }
    if (j == k && k < text.length()) {
      return text.substring(k, k + 1);
    }
    return text.substring(k, j);
  }

  /** The letters and inner periods just before a period at {@code dot}: "U.S", "Dr", "J". */
  private static String wordBefore(String text, int dot, int floor) {
    int k = dot;
    while (k > floor && (Character.isLetter(text.charAt(k - 1)) || text.charAt(k - 1) == '.')) {
      k--;
    }
    while (k < dot && text.charAt(k) == '.') {
      k++;
    }
    return text.substring(k, dot);
  }

  private static boolean startsLowerCase(String word) {
    if (!Character.isLowerCase(word.charAt(0))) {
      return false;
    }
    for (int k = 1; k < word.length(); k++) {
      if (Character.isUpperCase(word.charAt(k))) {
        return false; // "iPhone", "eBay" start sentences
      }
    }
    return true;
  }

  private static boolean isDigitStart(String word) {
    return Character.isDigit(word.charAt(0));
  }

  /** One of the next three words is a speech verb: {@code "Why?" Lee Jae-myung asked.} */
  private static boolean speechVerbFollows(String text, int k) {
    Set<String> verbs = Lexicon.get().section("person-cue-verbs");
    int pos = k;
    for (int w = 0; w < 3 && pos < text.length(); w++) {
      String word = wordAt(text, pos);
      if (verbs.contains(word.toLowerCase(Locale.ROOT))) {
        return true;
      }
      pos += word.length();
      while (pos < text.length() && (isSpace(text.charAt(pos)) || text.charAt(pos) == '-')) {
        pos++;
      }
    }
    return false;
  }
}
