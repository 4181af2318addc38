package dev.lede.ingest;

import dev.lede.lang.ScriptCounts;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The least text an extracted page must give to be stored as an article. Error pages, soft 404s,
 * consent walls and script-rendered app shells extract to a line or two ("Page not found", "You
 * need to enable JavaScript to run this app.") that would otherwise be stored, clustered and
 * written about as news.
 *
 * <p>Latin-script text needs {@link #MIN_CHARS} characters and {@link #MIN_SENTENCES} sentences;
 * Korean, Japanese and Chinese text (Hangul, Han or kana letters, each counted as three Latin ones,
 * at least as many as the other letters) {@link #MIN_CJK_CHARS} characters and no sentence count (a
 * Korean Wikinews brief may be one sentence). Only extracted pages are checked: a feed's own text
 * and a JSON Lines article are what their publisher or the operator chose to give. The bounds sit
 * below the shortest real articles Lede is fed: the demo's English Wikinews articles (516
 * characters, 3 sentences), Global Voices pages (2,229), Korean Wikinews briefs (44 characters, one
 * sentence) and Japanese ones (37).
 */
final class ArticleMinimum {
  static final int MIN_CHARS = 200;
  static final int MIN_SENTENCES = 2;
  static final int MIN_CJK_CHARS = 30;

  // A sentence end: a CJK full stop, or Latin terminal punctuation followed (after any closing
  // quotes or brackets) by a space or the end.
  private static final Pattern SENTENCE_END =
      Pattern.compile("[。！？][」』）)]*|[.!?…][\"'”’)\\]»」』]*(?=\\s|$)");

  private ArticleMinimum() {}

  /** What {@code text} lacks to be an article, e.g. "57 characters, 1 sentence; ...", if any. */
  static Optional<String> shortfall(String text) {
    String t = text.strip();
    int chars = t.codePointCount(0, t.length());
    ScriptCounts scripts = ScriptCounts.of(t);
    // A CJK letter carries about what three Latin ones do ("Yahoo!ブックス" reads as Japanese).
    if (scripts.cjk() > 0 && 3 * scripts.cjk() >= scripts.letters() - scripts.cjk()) {
      return chars >= MIN_CJK_CHARS
          ? Optional.empty()
          : Optional.of(
              plural(chars, "character")
                  + "; an article in Korean, Japanese or Chinese needs at least "
                  + MIN_CJK_CHARS);
    }
    int sentences = sentences(t);
    if (chars >= MIN_CHARS && sentences >= MIN_SENTENCES) {
      return Optional.empty();
    }
    return Optional.of(
        plural(chars, "character")
            + ", "
            + plural(sentences, "sentence")
            + "; an article needs at least "
            + MIN_CHARS
            + " characters and "
            + MIN_SENTENCES
            + " sentences");
  }

  static int sentences(String text) {
    Matcher m = SENTENCE_END.matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  private static String plural(int n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }
}
