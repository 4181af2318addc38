package dev.lede.index;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lede.model.Article;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Articles for index tests: hand-made ones and the Wikinews samples in test resources. */
public final class TestArticles {
  static final Instant FETCHED = Instant.parse("2024-01-01T00:00:00Z");

  private TestArticles() {}

  public static Article of(String id, String language, String title, String text) {
    return of(id, language, title, text, Optional.empty());
  }

  public static Article of(
      String id, String language, String title, String text, Optional<Instant> published) {
    String url = "https://example.com/" + id;
    return new Article(
        id,
        url,
        url,
        title,
        Optional.empty(),
        published,
        Optional.empty(),
        language,
        "Example",
        "test",
        text,
        "hash-" + id,
        0L,
        Optional.empty(),
        FETCHED);
  }

  /** The Wikinews sample at {@code resource} (JSONL with id, title, text, date, url, language). */
  public static List<Article> wikinews(String resource) throws IOException {
    return wikinews(TestArticles.class.getResourceAsStream(resource));
  }

  /** A Wikinews JSONL file read in place (the shared corpus). */
  public static List<Article> wikinews(Path file) throws IOException {
    return wikinews(Files.newInputStream(file));
  }

  private static List<Article> wikinews(InputStream jsonl) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<Article> articles = new ArrayList<>();
    try (InputStream in = jsonl;
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        JsonNode n = json.readTree(line);
        // The samples name the day "date", the Japanese corpus "published" (null when unknown).
        JsonNode day = n.hasNonNull("date") ? n.get("date") : n.get("published");
        Optional<Instant> published =
            day == null || day.isNull()
                ? Optional.empty()
                : Optional.of(
                    LocalDate.parse(day.asText()).atStartOfDay(ZoneOffset.UTC).toInstant());
        String url = n.get("url").asText();
        articles.add(
            new Article(
                n.get("id").asText(),
                url,
                url,
                n.get("title").asText(),
                Optional.empty(),
                published,
                Optional.empty(),
                n.get("language").asText(),
                n.get("source").asText(),
                "test",
                n.get("text").asText(),
                "h",
                0L,
                Optional.empty(),
                FETCHED));
      }
    }
    return articles;
  }
}
