package dev.lede.write;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lede.nlp.HashingEmbedder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class WriteCommandLogicTest {
  private static final Instant NOW = Instant.parse("2025-03-04T05:06:07Z");
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private final AtomicInteger writersMade = new AtomicInteger();

  private int run(String input) {
    return WriteCommandLogic.run(
        new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8),
        () -> {
          writersMade.incrementAndGet();
          return OfflineWriter.create(new HashingEmbedder());
        },
        NOW);
  }

  private List<JsonNode> lines() throws Exception {
    List<JsonNode> nodes = new ArrayList<>();
    for (String l : out.toString(StandardCharsets.UTF_8).split("\n")) {
      if (!l.isBlank()) {
        nodes.add(new ObjectMapper().readTree(l));
      }
    }
    return nodes;
  }

  private static String line(String id, String story, String text) throws Exception {
    ObjectMapper m = new ObjectMapper();
    var n = m.createObjectNode().put("id", id).put("text", text);
    if (story != null) {
      n.put("story", story);
    }
    return m.writeValueAsString(n);
  }

  @Test
  void writesOneLinePerStoryWithTheContractFields() throws Exception {
    int code = run(Stories.gmJsonLines());
    assertThat(code).isEqualTo(0);
    assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    List<JsonNode> stories = lines();
    assertThat(stories).hasSize(1);
    JsonNode s = stories.get(0);
    List<String> fields = new ArrayList<>();
    for (Iterator<String> it = s.fieldNames(); it.hasNext(); ) {
      fields.add(it.next());
    }
    assertThat(fields)
        .containsExactly(
            "story",
            "version",
            "headline",
            "keyphrase",
            "metaDescription",
            "lede",
            "sections",
            "quotes",
            "background",
            "disagreements",
            "disclaimer",
            "sources",
            "seo",
            "datePublished",
            "dateModified",
            "headlineSources");
    assertThat(s.get("story").asText()).isEqualTo("gm-bankruptcy-2009");
    assertThat(s.get("datePublished").asText()).isEqualTo("2025-03-04T05:06:07Z");
    JsonNode first = s.get("lede").get(0);
    assertThat(first.get("text").asText()).isNotBlank();
    assertThat(first.get("sources").get(0).get("article").asText()).startsWith("wikinews-");
    assertThat(first.get("sources").get(0).get("quote").asText()).isNotBlank();
    JsonNode section = s.get("sections").get(0);
    assertThat(section.get("heading").asText()).isNotBlank();
    assertThat(section.get("paragraphs").get(0).get(0).has("sources")).isTrue();
    JsonNode source = s.get("sources").get(0);
    assertThat(source.get("outlet").asText()).isEqualTo("Wikinews");
    assertThat(source.get("published").asText()).isEqualTo("2009-06-01T00:00:00Z");
    assertThat(source.get("url").asText()).startsWith("http://en.wikinews.org/wiki/");
    assertThat(s.get("seo").get("score").asInt()).isBetween(0, 100);
  }

  @Test
  void theWikinewsStoryKeepsTheStructureLimitsAndItsQuotesAreExact() throws Exception {
    run(Stories.gmJsonLines());
    JsonNode s = lines().get(0);
    String all = Stories.gmJsonLines();
    ObjectMapper m = new ObjectMapper();
    java.util.Map<String, String> texts = new java.util.HashMap<>();
    for (String l : all.split("\n")) {
      JsonNode a = m.readTree(l);
      texts.put(a.get("id").asText(), a.get("text").asText());
    }
    int sentences = 0;
    for (JsonNode sentence : s.findValues("sources")) {
      for (JsonNode span : sentence) {
        if (span.has("quote")) {
          sentences++;
          assertThat(texts.get(span.get("article").asText())).contains(span.get("quote").asText());
        }
      }
    }
    assertThat(sentences).isGreaterThan(3);
    assertThat(s.get("headline").asText().length()).isLessThanOrEqualTo(70);
    assertThat(s.get("metaDescription").asText().length()).isBetween(121, 156);
    assertThat(s.get("sections").size()).isGreaterThanOrEqualTo(2);
  }

  @Test
  void linesWithoutAStoryFormOneStoryAndMissingTitlesAreNull() throws Exception {
    String input =
        line("t1", null, Stories.HARBOR_A) + "\n\n" + line("c7", null, Stories.HARBOR_B) + "\n";
    assertThat(run(input)).isEqualTo(0);
    List<JsonNode> stories = lines();
    assertThat(stories).hasSize(1);
    assertThat(stories.get(0).get("story").asText()).isEqualTo("story");
    JsonNode src = stories.get(0).get("sources").get(0);
    assertThat(src.get("title").isNull()).isTrue();
    assertThat(src.get("url").isNull()).isTrue();
    assertThat(src.get("published").isNull()).isTrue();
    assertThat(src.get("outlet").asText()).isEqualTo("t1");
  }

  @Test
  void storiesAreWrittenInOrderOfFirstAppearance() throws Exception {
    String input =
        String.join(
            "\n",
            line("b1", "second", Stories.HARBOR_B),
            line("a1", "first", Stories.HARBOR_A),
            line("b2", "second", Stories.HARBOR_C));
    assertThat(run(input)).isEqualTo(0);
    assertThat(lines()).extracting(n -> n.get("story").asText()).containsExactly("second", "first");
  }

  @Test
  void malformedJsonNamesTheLineAndWritesNothing() throws Exception {
    String input = line("a", "s", Stories.HARBOR_A) + "\n{\"id\": \"b\", \"text\": \n";
    assertThat(run(input)).isEqualTo(2);
    assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    assertThat(err.toString(StandardCharsets.UTF_8))
        .startsWith("lede write: line 2: not valid JSON: ");
    assertThat(writersMade).hasValue(0);
  }

  @Test
  void aMissingTextNamesTheLineAndField() {
    assertThat(run("{\"id\": \"a\"}\n")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .isEqualTo("lede write: line 1: missing \"text\"\n");
  }

  @Test
  void aWrongTypeNamesTheLineFieldAndType() {
    assertThat(run("{\"id\": 7, \"text\": \"x\"}\n")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .isEqualTo("lede write: line 1: \"id\" must be a string, got number\n");
  }

  @Test
  void anArrayLineIsRefused() {
    assertThat(run("[1, 2]\n")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .isEqualTo("lede write: line 1: expected a JSON object, got array\n");
  }

  @Test
  void aBadPublishedTimeIsRefused() {
    assertThat(run("{\"id\": \"a\", \"text\": \"x\", \"published\": \"yesterday\"}\n"))
        .isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .isEqualTo(
            "lede write: line 1: \"published\" is not an ISO-8601 time or date: \"yesterday\"\n");
  }

  @Test
  void aRepeatedIdInOneStoryIsRefused() throws Exception {
    String input = line("a", "s", Stories.HARBOR_A) + "\n" + line("a", "s", Stories.HARBOR_B);
    assertThat(run(input)).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .isEqualTo("lede write: line 2: article id \"a\" appears twice in story \"s\"\n");
  }

  @Test
  void anArticleWithEmptyTextIsABadLineNotAnEmptyStory() throws Exception {
    for (String text : List.of("", "  \n\t ")) {
      out.reset();
      err.reset();
      assertThat(run(line("a", null, text))).isEqualTo(2);
      assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
      assertThat(err.toString(StandardCharsets.UTF_8))
          .isEqualTo("lede write: line 1: \"text\" is empty; there is nothing to write from\n");
    }
    assertThat(writersMade).hasValue(0);
  }

  @Test
  void emptyInputWritesNothingAndStartsNoWriter() {
    assertThat(run("\n  \n")).isEqualTo(0);
    assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    assertThat(writersMade).hasValue(0);
  }
}
