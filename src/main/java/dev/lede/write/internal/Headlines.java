package dev.lede.write.internal;

import dev.lede.model.WrittenSentence;
import dev.lede.write.SeoAnalyzer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds the headline and meta description from material that is already grounded: the keyphrase
 * (names and a word taken from the sources) followed by a clause cut verbatim from a published
 * sentence, at a clause boundary. A full name that the keyphrase already gives is shortened to its
 * last word in the clause ("Lindsay Lohan rehab: Lohan has checked into ...").
 */
public final class Headlines {
  public static final int HEADLINE_MAX = 70;
  public static final int META_MIN = 121;
  public static final int META_MAX = 156;

  /**
   * Where a clause may end: before a comma, dash, colon, or a word that opens a subordinate part.
   */
  private static final Pattern BOUNDARY =
      Pattern.compile(
          ",\\s|;\\s|:\\s|\\s[-–—]{1,2}\\s|\\s(?=(?:on|in|at|after|with|who|which|when|while"
              + "|because|following|despite|amid|during|since|before|as|for|from|over|than"
              + "|and|but|where|whose|by|following|until|according)\\s)");

  private static final Pattern NAME_RUN =
      Pattern.compile("\\p{Lu}[\\p{L}'’.-]*(?:\\s\\p{Lu}[\\p{L}'’.-]*)+");
  private static final java.util.Set<String> BAD_ENDINGS =
      java.util.Set.copyOf(
          List.of(
              "the", "a", "an", "of", "to", "and", "or", "but", "that", "his", "her", "their",
              "its", "has", "have", "had", "is", "was", "were", "are", "be", "been", "will",
              "would", "not", "said", "says", "told", "this", "these", "my", "our", "your", "into",
              "from", "by"));

  private Headlines() {}

  /**
   * The headline: keyphrase first, then the longest fitting clause of the first usable sentence.
   */
  public static String headline(String keyphrase, List<WrittenSentence> sentences) {
    String kp = Trimmer.capitalize(keyphrase.strip());
    if (kp.length() > HEADLINE_MAX) {
      return cutAtWord(kp, HEADLINE_MAX);
    }
    int budget = HEADLINE_MAX - kp.length() - 2;
    for (WrittenSentence s : sentences) {
      Optional<String> clause = longestClause(shorten(s.text(), keyphrase), budget, 3);
      if (clause.isPresent()) {
        return kp + ": " + clause.get();
      }
    }
    return kp;
  }

  /**
   * The meta description: a sentence (or clause, closed with a period) that holds the keyphrase
   * once, else the keyphrase, a colon and the sentence; then a second sentence when still under
   * {@value #META_MIN} chars. The first combination within {@value #META_MIN}-{@value #META_MAX}
   * chars wins; failing all, the closest one that is not too long.
   */
  public static String metaDescription(String keyphrase, List<WrittenSentence> sentences) {
    String kp = Trimmer.capitalize(keyphrase.strip());
    List<String> texts = new ArrayList<>();
    for (WrittenSentence s : sentences) {
      texts.add(s.text().strip());
    }
    String fallback = kp + ".";
    for (int i = 0; i < texts.size(); i++) {
      String t = texts.get(i);
      boolean holds = SeoAnalyzer.phraseCount(t, keyphrase) == 1;
      boolean none = SeoAnalyzer.phraseCount(t, keyphrase) == 0;
      if (!holds && !none) {
        continue;
      }
      String prefix = holds ? "" : kp + ": ";
      String body = holds ? t : shorten(t, keyphrase);
      String one = prefix + body;
      if (fits(one)) {
        return one;
      }
      if (one.length() < META_MIN) {
        for (int j = i + 1; j < texts.size(); j++) {
          String two = one + " " + texts.get(j);
          if (SeoAnalyzer.phraseCount(two, keyphrase) != 1) {
            continue;
          }
          if (fits(two)) {
            return two;
          }
          if (two.length() > META_MAX) {
            Optional<String> cut =
                longestClause(texts.get(j), META_MAX - one.length() - 2, 4)
                    .map(c -> one + " " + c + ".");
            if (cut.isPresent() && fits(cut.get())) {
              return cut.get();
            }
          }
        }
        if (one.length() > fallback.length()) {
          fallback = one;
        }
      } else {
        Optional<String> cut =
            longestClause(body, META_MAX - prefix.length() - 1, 4).map(c -> prefix + c + ".");
        if (cut.isPresent()
            && fits(cut.get())
            && SeoAnalyzer.phraseCount(cut.get(), keyphrase) == 1) {
          return cut.get();
        }
        if (cut.isPresent() && cut.get().length() > fallback.length()) {
          fallback = cut.get();
        }
      }
    }
    return fallback;
  }

  private static boolean fits(String s) {
    return s.length() >= META_MIN && s.length() <= META_MAX;
  }

  /**
   * The longest prefix of {@code sentence} ending at a clause boundary (or its end) that fits in
   * {@code budget} chars, has {@code minWords} words, balanced quotes and no dangling last word.
   */
  static Optional<String> longestClause(String sentence, int budget, int minWords) {
    String s = stripEnd(sentence);
    List<Integer> ends = new ArrayList<>();
    Matcher m = BOUNDARY.matcher(s);
    while (m.find()) {
      ends.add(m.start());
    }
    ends.add(s.length());
    String best = null;
    for (int end : ends) {
      String c = stripEnd(s.substring(0, end));
      if (c.length() > budget) {
        break;
      }
      if (Words.count(c) >= minWords && balanced(c) && !badEnding(c)) {
        best = c;
      }
    }
    return Optional.ofNullable(best).map(Trimmer::capitalize);
  }

  private static boolean badEnding(String c) {
    List<String> w = Words.lowerWords(c);
    return w.isEmpty() || BAD_ENDINGS.contains(w.get(w.size() - 1));
  }

  private static boolean balanced(String c) {
    long straight = c.chars().filter(ch -> ch == '"').count();
    long open = c.chars().filter(ch -> ch == '“').count();
    long close = c.chars().filter(ch -> ch == '”').count();
    return straight % 2 == 0 && open == close && c.indexOf('(') < 0 == c.indexOf(')') < 0;
  }

  private static String stripEnd(String s) {
    String t = s.strip();
    while (!t.isEmpty() && ".,;:!?-–— ".indexOf(t.charAt(t.length() - 1)) >= 0) {
      t = t.substring(0, t.length() - 1).strip();
    }
    return t;
  }

  /** Shortens full names that the keyphrase already carries to their last word. */
  static String shorten(String text, String keyphrase) {
    Matcher m = NAME_RUN.matcher(text);
    StringBuilder b = new StringBuilder();
    int last = 0;
    while (m.find()) {
      String run = m.group();
      if (keyphrase.contains(run) && run.contains(" ")) {
        b.append(text, last, m.start());
        b.append(run.substring(run.lastIndexOf(' ') + 1));
        last = m.end();
      }
    }
    b.append(text.substring(last));
    return b.toString();
  }

  private static String cutAtWord(String s, int max) {
    int cut = s.lastIndexOf(' ', max);
    return (cut > 0 ? s.substring(0, cut) : s.substring(0, max)).strip();
  }
}
