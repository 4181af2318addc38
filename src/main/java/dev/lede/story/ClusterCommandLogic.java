package dev.lede.story;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lede.index.CandidateIndex;
import dev.lede.lang.LanguageDetector;
import dev.lede.story.crosslang.CrossLanguageLinker;
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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@code lede cluster} does: reads JSON Lines {@code {id, text, title?, published?, url?,
 * source?}}, clusters them in a temporary in-memory index, and prints {@code {"id","story"}} per
 * input line, in input order. Articles are clustered within a language, then stories in different
 * languages that report the same event are linked ({@link CrossLanguageLinker}) and print one story
 * id: the id of the group's earliest story. Stories are printed once all input is read, so an
 * article shows the story it ended up in after later merges and splits; input is validated as it is
 * read, so a bad line stops the run before anything is printed. Blank lines are skipped.
 */
public final class ClusterCommandLogic {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final StoryClusterer.Config config;
  private final CrossLanguageLinker linker;
  private final CandidateIndex.Factory candidates;

  /** Clusters with {@code config} on a candidate index {@code candidates} opens in memory. */
  public ClusterCommandLogic(StoryClusterer.Config config, CandidateIndex.Factory candidates) {
    this(config, CrossLanguageLinker.defaults(), candidates);
  }

  /**
   * Clusters with {@code config} within a language and links stories across languages with {@code
   * linker}.
   */
  public ClusterCommandLogic(
      StoryClusterer.Config config, CrossLanguageLinker linker, CandidateIndex.Factory candidates) {
    this.config = Objects.requireNonNull(config, "config");
    this.linker = Objects.requireNonNull(linker, "linker");
    this.candidates = Objects.requireNonNull(candidates, "candidates");
  }

  /**
   * Clusters {@code in} (UTF-8) and writes the result to {@code out}.
   *
   * @return the number of articles read
   * @throws ClusterInputException naming the first line that is not a valid article
   * @throws IOException when {@code in} cannot be read
   */
  public int run(InputStream in, PrintStream out) throws IOException, ClusterInputException {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(out, "out");
    List<StoryInput> articles = new ArrayList<>();
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    long lineNumber = 0;
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      lineNumber++;
      if (!line.isBlank()) {
        articles.add(parse(line, lineNumber));
      }
    }
    Map<String, String> groups = cluster(articles);
    for (StoryInput a : articles) {
      ObjectNode o = JSON.createObjectNode();
      o.put("id", a.id());
      o.put("story", groups.get(a.id()));
      out.println(o.toString());
    }
    out.flush();
    return articles.size();
  }

  /**
   * Each article's story id, clustered in the order given within its language and linked across
   * languages, as {@link #run} prints them.
   */
  public Map<String, String> cluster(List<StoryInput> articles) {
    Map<String, String> story = new HashMap<>();
    Map<String, String> language = new HashMap<>();
    withinLanguage(articles, story, language);
    Map<String, String> out = new LinkedHashMap<>();
    if (language.values().stream().distinct().count() < 2) {
      // Nothing to link: anchors would cost as much again as the clustering (ECB+).
      articles.forEach(a -> out.put(a.id(), story.get(a.id())));
      return out;
    }
    // Linking across languages works on whole stories.
    CrossLanguageLinker.Stories evidence = new CrossLanguageLinker.Stories();
    CrossLanguageLinker.AnchorReader anchors = new CrossLanguageLinker.AnchorReader();
    for (StoryInput a : articles) {
      evidence.add(
          story.get(a.id()),
          language.get(a.id()),
          a.published().map(p -> CrossLanguageLinker.eventTime(a.text(), p)),
          anchors.anchors(a.title(), a.text()),
          CrossLanguageLinker.ageDays(a.text()));
    }
    Map<String, String> groups = linker.link(evidence);
    for (StoryInput a : articles) {
      out.put(a.id(), groups.get(story.get(a.id())));
    }
    return out;
  }

  /**
   * Clusters {@code articles} (in their order) within each detected language: one clusterer per
   * language, so articles of two languages never share a story here (MiniLM reads Chinese and
   * Korean text poorly, and two short texts in foreign scripts can look alike to it); stories of
   * different languages meet only through the linker's evidence. Fills each article's story id into
   * {@code story} and its language into {@code language}.
   */
  public void withinLanguage(
      List<StoryInput> articles, Map<String, String> story, Map<String, String> language) {
    Map<String, StoryClusterer> byLanguage = new LinkedHashMap<>();
    try {
      for (StoryInput a : articles) {
        String lang = LanguageDetector.detect(a.title() + "\n" + a.text());
        // Short texts the stopword profiles cannot place are mostly English (ECB+): cluster them
        // with English, as the workers route them, not apart from every story they belong to.
        lang = lang.equals(LanguageDetector.UNDETERMINED) ? "en" : lang;
        language.put(a.id(), lang);
        byLanguage
            .computeIfAbsent(lang, l -> StoryClusterer.inMemory(config, candidates))
            .assign(a);
      }
      for (StoryInput a : articles) {
        story.put(a.id(), byLanguage.get(language.get(a.id())).storyOf(a.id()).orElseThrow());
      }
    } finally {
      byLanguage.values().forEach(StoryClusterer::close);
    }
  }

  /** One input line as an article. */
  static StoryInput parse(String line, long lineNumber) throws ClusterInputException {
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      throw new ClusterInputException(
          lineNumber, "not valid JSON (" + e.getOriginalMessage() + ")");
    }
    if (node == null || !node.isObject()) {
      throw new ClusterInputException(lineNumber, "not a JSON object");
    }
    String id =
        string(node, "id", lineNumber)
            .orElseThrow(() -> new ClusterInputException(lineNumber, "missing \"id\""));
    if (id.isBlank()) {
      throw new ClusterInputException(lineNumber, "\"id\" is blank");
    }
    String text =
        string(node, "text", lineNumber)
            .orElseThrow(() -> new ClusterInputException(lineNumber, "missing \"text\""));
    if (text.length() > dev.lede.nlp.Nlp.MAX_TEXT_CHARS) {
      // The same cap as lede write: one huge text must not take gigabytes of analysis.
      throw new ClusterInputException(
          lineNumber,
          "\"text\" has "
              + text.length()
              + " chars, more than the "
              + dev.lede.nlp.Nlp.MAX_TEXT_CHARS
              + " allowed");
    }
    String title = string(node, "title", lineNumber).orElse("");
    Optional<Instant> published = Optional.empty();
    Optional<String> p = string(node, "published", lineNumber);
    if (p.isPresent()) {
      published = Optional.of(time(p.get(), lineNumber));
    }
    return new StoryInput(
        id,
        title,
        text,
        published,
        string(node, "url", lineNumber),
        string(node, "source", lineNumber));
  }

  /** A string field: empty when absent or null, an error when of another type. */
  private static Optional<String> string(JsonNode node, String field, long lineNumber)
      throws ClusterInputException {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return Optional.empty();
    }
    if (!v.isTextual()) {
      throw new ClusterInputException(
          lineNumber,
          "\""
              + field
              + "\" must be a string, not "
              + v.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
    }
    return Optional.of(v.asText());
  }

  private static Instant time(String s, long lineNumber) throws ClusterInputException {
    try {
      return Instant.parse(s);
    } catch (DateTimeParseException notInstant) {
      // fall through to the other ISO-8601 shapes
    }
    try {
      return OffsetDateTime.parse(s).toInstant();
    } catch (DateTimeParseException notOffset) {
      // fall through
    }
    try {
      return LocalDate.parse(s).atStartOfDay().toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException notDate) {
      throw new ClusterInputException(
          lineNumber,
          "\"published\" "
              + JSON.getNodeFactory().textNode(s)
              + " is not an ISO-8601 date or time");
    }
  }
}
