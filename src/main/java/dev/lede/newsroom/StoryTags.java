package dev.lede.newsroom;

import dev.lede.lang.ScriptCounts;
import dev.lede.nlp.Entity;
import dev.lede.nlp.Mention;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * How a story page names a topic tag in its edition's language. Entities resolve to one canonical
 * name across languages (a gazetteer place is "Japan" whether a report wrote 일본 or 日本), which a
 * Korean or Japanese edition should not show: there a tag takes the form the story itself wrote in
 * its own script, and a tag the story only wrote in Latin letters is kept only as an acronym
 * ("NASA", "USGS"): outlet names in attributions ("Korean Wikinews") and units ("km") are not
 * topics.
 */
final class StoryTags {
  private StoryTags() {}

  /** The tag {@code e} shows on a page in {@code language}, or empty when it shows none. */
  static Optional<String> name(Entity e, String language) {
    if (!isCjk(language)) {
      return Optional.of(e.canonical());
    }
    Map<String, Integer> written = new LinkedHashMap<>();
    for (Mention m : e.mentions()) {
      if (inScriptOf(m.text(), language)) {
        written.merge(m.text().strip(), 1, Integer::sum);
      }
    }
    // The form written most often, the longer on a tie ("도쿄도" over "도쿄" only when as frequent).
    Optional<String> local =
        written.entrySet().stream()
            .max(
                Map.Entry.<String, Integer>comparingByValue()
                    .thenComparingInt(x -> x.getKey().length()))
            .map(Map.Entry::getKey);
    if (local.isPresent()) {
      return local;
    }
    return isAcronym(e.canonical()) ? Optional.of(e.canonical()) : Optional.empty();
  }

  private static boolean isCjk(String language) {
    return language.equals("ko") || language.equals("ja") || language.equals("zh");
  }

  private static boolean inScriptOf(String text, String language) {
    ScriptCounts c = ScriptCounts.of(text);
    return switch (language) {
      case "ko" -> c.hangul() > 0;
      case "ja" -> c.han() + c.kana() > 0;
      default -> c.han() > 0;
    };
  }

  /** Two or more letters or digits, every letter a capital. */
  private static boolean isAcronym(String name) {
    int letters = 0;
    for (int i = 0; i < name.length(); i++) {
      char ch = name.charAt(i);
      if (Character.isLowerCase(ch)) {
        return false;
      }
      letters += Character.isLetterOrDigit(ch) ? 1 : 0;
    }
    return letters >= 2;
  }
}
