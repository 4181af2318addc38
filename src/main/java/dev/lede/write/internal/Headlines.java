package dev.lede.write.internal;

import dev.lede.model.WrittenSentence;
import dev.lede.write.SeoAnalyzer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
              + "|and|but|where|whose|by|until|according)\\s)");

  private static final Pattern NAME_RUN =
      Pattern.compile("\\p{Lu}[\\p{L}'’.-]*(?:\\s\\p{Lu}[\\p{L}'’.-]*)+");
  private static final Set<String> BAD_ENDINGS =
      Set.of(
          "the", "a", "an", "of", "to", "and", "or", "but", "that", "his", "her", "their", "its",
          "has", "have", "had", "is", "was", "were", "are", "be", "been", "will", "would", "not",
          "said", "says", "told", "this", "these", "my", "our", "your", "into", "from", "by");
  private static final Set<String> SUBORDINATORS =
      Set.of(
          "after",
          "before",
          "when",
          "while",
          "although",
          "though",
          "as",
          "since",
          "because",
          "if",
          "unless",
          "until",
          "once",
          "despite",
          "following",
          "amid",
          "according",
          "in",
          "on",
          "at",
          "with",
          "by",
          "for",
          "from",
          "during",
          "whether",
          "where",
          "who",
          "which");

  private Headlines() {}

  /**
   * The headline: the keyphrase, a colon and a clause. The clause is the longest fitting main
   * clause of the earliest of the first sentences that gives one of at least five words (else the
   * longest found); the keyphrase alone when none fits.
   */
  public static String headline(String keyphrase, List<WrittenSentence> sentences) {
    String kp = Trimmer.capitalize(keyphrase.strip());
    if (kp.length() > HEADLINE_MAX) {
      return cutAtWord(kp, HEADLINE_MAX);
    }
    int budget = HEADLINE_MAX - kp.length() - 2;
    String best = null;
    for (int i = 0; i < Math.min(sentences.size(), 6); i++) {
      Optional<String> clause =
          longestClause(shorten(sentences.get(i).text(), keyphrase), budget, 3);
      if (clause.isEmpty() || SeoAnalyzer.phraseCount(clause.get(), keyphrase) > 0) {
        continue;
      }
      if (Words.count(clause.get()) >= 5) {
        return kp + ": " + clause.get();
      }
      if (best == null || clause.get().length() > best.length()) {
        best = clause.get();
      }
    }
    return best == null ? kp : kp + ": " + best;
  }

  /**
   * The meta description, {@value #META_MIN}-{@value #META_MAX} chars with the keyphrase exactly
   * once. Tried in order, the first that fits wins: one whole sentence (prefixed by the keyphrase
   * and a colon unless it holds the keyphrase); two whole sentences; one sentence cut at a clause
   * boundary and closed with a period; one sentence plus the next cut so. Failing all, the longest
   * candidate under the maximum.
   */
  public static String metaDescription(String keyphrase, List<WrittenSentence> sentences) {
    String kp = Trimmer.capitalize(keyphrase.strip());
    List<String> texts = new ArrayList<>();
    for (WrittenSentence s : sentences.subList(0, Math.min(sentences.size(), 8))) {
      texts.add(s.text().strip());
    }
    List<String> heads = new ArrayList<>();
    for (String t : texts) {
      int n = SeoAnalyzer.phraseCount(t, keyphrase);
      if (n == 1) {
        heads.add(t);
      } else if (n == 0) {
        heads.add(kp + ": " + shorten(t, keyphrase));
      }
    }
    String fallback = kp + ".";
    for (String h : heads) {
      if (fits(h)) {
        return h;
      }
    }
    for (String h : heads) {
      for (String t : texts) {
        String two = h + " " + t;
        if (!h.endsWith(t) && fits(two) && SeoAnalyzer.phraseCount(two, keyphrase) == 1) {
          return two;
        }
      }
    }
    for (String h : heads) {
      int colon = h.startsWith(kp + ": ") ? kp.length() + 2 : 0;
      Optional<String> cut =
          longestClause(h.substring(colon), META_MAX - colon - 1, 5)
              .map(c -> h.substring(0, colon) + c + ".");
      if (cut.isPresent()
          && fits(cut.get())
          && SeoAnalyzer.phraseCount(cut.get(), keyphrase) == 1) {
        return cut.get();
      }
      if (cut.isPresent() && cut.get().length() > fallback.length()) {
        fallback = cut.get();
      }
      if (h.length() < META_MIN) {
        for (String t : texts) {
          if (h.endsWith(t)) {
            continue;
          }
          Optional<String> more =
              longestClause(t, META_MAX - h.length() - 2, 4).map(c -> h + " " + c + ".");
          if (more.isPresent()
              && fits(more.get())
              && SeoAnalyzer.phraseCount(more.get(), keyphrase) == 1) {
            return more.get();
          }
        }
        if (h.length() > fallback.length()) {
          fallback = h;
        }
      }
    }
    return fallback;
  }

  /** "After telling People", "Speaking to reporters": not a main clause. */
  private static boolean subordinateStart(String c) {
    List<String> w = Words.lowerWords(c);
    return w.isEmpty()
        || SUBORDINATORS.contains(w.get(0))
        || (w.get(0).endsWith("ing") && w.get(0).length() > 5);
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
      if (Words.count(c) >= minWords && balanced(c) && !badEnding(c) && !subordinateStart(c)) {
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
