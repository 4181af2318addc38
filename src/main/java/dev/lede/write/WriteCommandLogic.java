package dev.lede.write;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lede.model.Require;
import dev.lede.model.StoryJson;
import dev.lede.model.WrittenStory;
import dev.lede.nlp.Nlp;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * {@code lede write}: reads JSON lines of articles {@code {id, text, story?, title?, published?,
 * url?, source?}} and prints one JSON line per story, in order of first appearance. Lines without
 * {@code story} belong to the story {@value #DEFAULT_STORY}. Each output line is a {@link
 * WrittenStory} as {@link StoryJson} writes it (the same JSON as {@code GET /api/stories/{id}},
 * described by {@code docs/story.schema.json}); a source's missing title, URL or time is {@code
 * null}. Input is read whole and checked before anything is written: a bad line stops the run with
 * an error naming the line.
 *
 * <p>Exit codes: 0 all stories written; 1 some story could not be written (the others are); 2 bad
 * input or an unreadable stream.
 */
public final class WriteCommandLogic {
  /** Story id of articles that name none. */
  public static final String DEFAULT_STORY = "story";

  private static final ObjectMapper JSON = new ObjectMapper();

  private WriteCommandLogic() {}

  /** Runs with the default offline writer (all-MiniLM-L6-v2, loaded only if there is input). */
  public static int run(InputStream in, PrintStream out, PrintStream err) {
    return run(in, out, err, OfflineWriter::withMiniLm, Instant.now());
  }

  /**
   * Runs with a given writer and clock time.
   *
   * @param writer made only once the input is known to be valid and non-empty
   */
  public static int run(
      InputStream in,
      PrintStream out,
      PrintStream err,
      Supplier<? extends Writer> writer,
      Instant now) {
    Require.nonNull("in out err writer now", in, out, err, writer, now);
    Map<String, List<WriterInput>> stories = new LinkedHashMap<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int n = 0;
      Map<String, Set<String>> ids = new LinkedHashMap<>();
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank()) {
          continue;
        }
        Parsed p = parse(line, n);
        if (!ids.computeIfAbsent(p.story, s -> new HashSet<>()).add(p.input.id())) {
          throw new BadInput(
              "line "
                  + n
                  + ": article id \""
                  + p.input.id()
                  + "\" appears twice in story \""
                  + p.story
                  + "\"");
        }
        stories.computeIfAbsent(p.story, s -> new ArrayList<>()).add(p.input);
      }
    } catch (BadInput e) {
      err.println("lede write: " + e.getMessage());
      return 2;
    } catch (IOException e) {
      err.println("lede write: cannot read input: " + e.getMessage());
      return 2;
    }
    if (stories.isEmpty()) {
      return 0;
    }
    Writer w;
    try {
      w = writer.get();
    } catch (RuntimeException e) {
      err.println("lede write: cannot start the writer: " + e.getMessage());
      return 1;
    }
    int failed = 0;
    for (Map.Entry<String, List<WriterInput>> e : stories.entrySet()) {
      try {
        WrittenStory story = w.write(e.getKey(), e.getValue(), List.of(), now);
        out.println(StoryJson.write(story));
      } catch (RuntimeException ex) {
        err.println("lede write: story \"" + e.getKey() + "\": cannot write: " + ex.getMessage());
        failed++;
      }
    }
    out.flush();
    return failed == 0 ? 0 : 1;
  }

  private record Parsed(String story, WriterInput input) {}

  private static final class BadInput extends Exception {
    private static final long serialVersionUID = 1L;

    BadInput(String message) {
      super(message);
    }
  }

  private static Parsed parse(String line, int n) throws BadInput {
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      throw new BadInput(
          "line " + n + ": not valid JSON: " + e.getOriginalMessage().replaceAll("\\s+", " "));
    }
    if (node == null || !node.isObject()) {
      throw new BadInput("line " + n + ": expected a JSON object, got " + kind(node));
    }
    String id = requiredText(node, "id", n);
    String text = requiredText(node, "text", n);
    if (id.isBlank()) {
      throw new BadInput("line " + n + ": \"id\" is blank");
    }
    if (text.isBlank()) {
      throw new BadInput("line " + n + ": \"text\" is empty; there is nothing to write from");
    }
    if (text.length() > Nlp.MAX_TEXT_CHARS) {
      throw new BadInput(
          "line "
              + n
              + ": \"text\" has "
              + text.length()
              + " chars, more than the "
              + Nlp.MAX_TEXT_CHARS
              + " allowed");
    }
    Optional<String> story = optionalText(node, "story", n);
    Optional<String> title = optionalText(node, "title", n).filter(t -> !t.isBlank());
    Optional<String> url = optionalText(node, "url", n).filter(t -> !t.isBlank());
    Optional<String> source = optionalText(node, "source", n);
    Optional<Instant> published = optionalText(node, "published", n).map(t -> instant(t, n));
    if (published.isPresent() && published.get().equals(Instant.MIN)) {
      throw new BadInput(
          "line "
              + n
              + ": \"published\" is not an ISO-8601 time or date: \""
              + node.get("published").asText()
              + "\"");
    }
    String outlet = WriterInput.outletOf(source, url, id);
    WriterInput in = new WriterInput(id, title, text, outlet, url, published);
    return new Parsed(story.filter(s -> !s.isBlank()).orElse(DEFAULT_STORY), in);
  }

  /** The time, or {@link Instant#MIN} as the parse failure that {@link #parse} reports. */
  private static Instant instant(String t, int n) {
    String s = t.strip();
    try {
      return Instant.parse(s);
    } catch (DateTimeParseException e) {
      // try the looser forms below
    }
    try {
      return OffsetDateTime.parse(s).toInstant();
    } catch (DateTimeParseException e) {
      // try a plain date
    }
    try {
      return LocalDate.parse(s).atStartOfDay().toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      return Instant.MIN;
    }
  }

  private static String requiredText(JsonNode node, String field, int n) throws BadInput {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      throw new BadInput("line " + n + ": missing \"" + field + "\"");
    }
    if (!v.isTextual()) {
      throw new BadInput("line " + n + ": \"" + field + "\" must be a string, got " + kind(v));
    }
    return v.asText();
  }

  private static Optional<String> optionalText(JsonNode node, String field, int n) throws BadInput {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return Optional.empty();
    }
    if (!v.isTextual()) {
      throw new BadInput("line " + n + ": \"" + field + "\" must be a string, got " + kind(v));
    }
    return Optional.of(v.asText());
  }

  private static String kind(JsonNode v) {
    if (v == null || v.isMissingNode()) {
      return "nothing";
    }
    return v.getNodeType().toString().toLowerCase(java.util.Locale.ROOT);
  }
}
