package dev.lede.dedup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Builds near-duplicate variants of real Wikinews articles, the way they appear in the wild: a
 * syndicated copy wrapped in another outlet's header and footer, a lightly edited copy, a copy cut
 * short. Shared by the dedup tests and {@code bench/dedup-quality}.
 */
public final class SyntheticDuplicates {
  private SyntheticDuplicates() {}

  /** One corpus article. */
  public record Doc(String id, String topic, String title, String text) {}

  private static final String[][] WRAPPERS = {
    {
      "By Staff Reporter | Daily Courier | Updated 14:32 GMT\nShare on Facebook Share on Twitter Email",
      "This story was originally published by the Daily Courier. Copyright 2024 Daily Courier Media."
          + " All rights reserved. This material may not be published, broadcast, rewritten or"
          + " redistributed.\nSign up for our morning newsletter to get the day's top stories."
    },
    {
      "NEWS WIRE — Breaking | Listen to this article 4 min",
      "Related: More business news from around the world.\nFollow us on Twitter and Instagram."
          + " Have a news tip? Contact our newsroom. Advertisement"
    },
    {
      "Home > World > Business\nPublished: Tuesday, 9 March",
      "Reporting by wire services; editing by the night desk. Our standards: the trust principles."
    },
  };

  private static final String[] FOREIGN_SENTENCES = {
    "Officials said they expected further announcements later in the week.",
    "The company declined to comment on the report when contacted on Monday.",
    "Analysts had widely anticipated the move after months of speculation.",
  };

  /** Reads a Wikinews JSONL file ({@code id, title, text}, optional {@code topic}). */
  public static List<Doc> load(InputStream jsonl) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<Doc> docs = new ArrayList<>();
    try (BufferedReader in =
        new BufferedReader(new InputStreamReader(jsonl, StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode n = json.readTree(line);
        docs.add(
            new Doc(
                n.get("id").asText(),
                n.path("topic").asText(""),
                n.get("title").asText(),
                n.get("text").asText()));
      }
    }
    return docs;
  }

  /** The text inside another outlet's header and footer. */
  public static String syndicated(String text, int outlet) {
    String[] wrapper = WRAPPERS[Math.floorMod(outlet, WRAPPERS.length)];
    return wrapper[0] + "\n" + text + "\n" + wrapper[1];
  }

  /**
   * The text with one sentence in the middle replaced by an unrelated one, and one word changed in
   * the sentence before it (a correction).
   */
  public static String edited(String text, long seed) {
    Random random = new Random(seed);
    List<String> sentences = sentences(text);
    if (sentences.size() < 3) {
      return text + " " + FOREIGN_SENTENCES[0];
    }
    int middle = sentences.size() / 2;
    sentences.set(middle, FOREIGN_SENTENCES[random.nextInt(FOREIGN_SENTENCES.length)]);
    String before = sentences.get(middle - 1);
    String[] words = before.split(" ");
    words[random.nextInt(words.length)] = "reportedly";
    sentences.set(middle - 1, String.join(" ", words));
    return String.join("\n", sentences);
  }

  /** The text without its last sentence, as when a syndicated copy is cut to length. */
  public static String trimmed(String text) {
    List<String> sentences = sentences(text);
    return sentences.size() < 3
        ? text
        : String.join("\n", sentences.subList(0, sentences.size() - 1));
  }

  /** The text with {@code extra} appended: a developing story updated with new paragraphs. */
  public static String updated(String text, String extra) {
    return text + "\n" + extra;
  }

  /** The first {@code n} sentences of {@code text}. */
  public static String firstSentences(String text, int n) {
    List<String> sentences = sentences(text);
    return String.join("\n", sentences.subList(0, Math.min(n, sentences.size())));
  }

  private static List<String> sentences(String text) {
    // The corpus keeps one sentence per line.
    return new ArrayList<>(Arrays.asList(text.split("\n")));
  }
}
