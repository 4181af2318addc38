package dev.lede.write;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lede.model.WrittenSentence;
import dev.lede.model.WrittenStory;
import dev.lede.nlp.HashingEmbedder;
import dev.lede.nlp.MiniLmEmbedder;
import dev.lede.testing.SharedData;
import dev.lede.testing.Slow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Real publishers' text, read in place from shared/data (skipped when absent). */
@Slow
class SharedDataGroundingTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final OfflineWriter writer = OfflineWriter.create(new HashingEmbedder());

  private static void assertGrounded(WrittenStory s, List<WriterInput> in, int sources) {
    Map<String, String> texts = new HashMap<>();
    in.forEach(w -> texts.put(w.id(), w.text()));
    GroundingChecker checker = GroundingChecker.forInputs(in);
    for (WrittenSentence ws : StructureLimits.sentences(s)) {
      assertThat(checker.check(ws).problems()).as(s.story() + ": " + ws.text()).isEmpty();
    }
    assertThat(StructureLimits.violations(s, sources)).as(s.story()).isEmpty();
  }

  @Test
  void frankArticlesAreWrittenFromExactQuotes() throws Exception {
    Path dir = SharedData.require("summarization/frank-dev/articles");
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.toString().endsWith(".json")).sorted().limit(6).toList();
    }
    for (Path f : files) {
      JsonNode n = JSON.readTree(f.toFile());
      WriterInput in = WriterInput.of(n.get("hash").asText(), "outlet", n.get("article").asText());
      WrittenStory s = writer.write(in.id(), List.of(in), List.of(), Instant.EPOCH);
      assertGrounded(s, List.of(in), 1);
    }
  }

  @Test
  void ecbPlusEventsAreWrittenFromExactQuotes() throws Exception {
    Path file = SharedData.require("clustering/ecbplus-dev/docs.jsonl");
    Map<String, List<WriterInput>> events = new LinkedHashMap<>();
    for (String line : Files.readAllLines(file)) {
      JsonNode n = JSON.readTree(line);
      String cluster = n.get("cluster_id").asText();
      if (events.size() >= 2 && !events.containsKey(cluster)) {
        break;
      }
      String doc = n.get("doc_name").asText();
      events
          .computeIfAbsent(cluster, k -> new ArrayList<>())
          .add(WriterInput.of(doc, doc, n.get("text").asText()));
    }
    for (Map.Entry<String, List<WriterInput>> e : events.entrySet()) {
      WrittenStory s = writer.write(e.getKey(), e.getValue(), List.of(), Instant.EPOCH);
      assertGrounded(s, e.getValue(), e.getValue().size());
    }
  }

  /**
   * ECB+ dev events whose every article is one sentence (wire briefs of one event): once each fact
   * is told once the body is thin (22_ecb: nine reports of one arrest, all but one sentence
   * retelling it), and a story of nine, ten or fifteen outlets still has a body whose sections fit:
   * two when the body holds four sentences or more, else one rather than a second section of a
   * single sentence (SectionLayout.MIN_SECTION_SENTENCES, 8e23366; StructureLimits says the same).
   */
  @Test
  void manyOneSentenceBriefsOfOneEventMakeABodyWhoseSectionsFit() throws Exception {
    Path file = SharedData.require("clustering/ecbplus-dev/docs.jsonl");
    Map<String, List<WriterInput>> events = new LinkedHashMap<>();
    for (String line : Files.readAllLines(file)) {
      JsonNode n = JSON.readTree(line);
      String cluster = n.get("cluster_id").asText();
      if (cluster.equals("22_ecb") || cluster.equals("23_ecb") || cluster.equals("24_ecb")) {
        String doc = n.get("doc_name").asText();
        events
            .computeIfAbsent(cluster, k -> new ArrayList<>())
            .add(WriterInput.of(doc, doc, n.get("text").asText()));
      }
    }
    assertThat(events).hasSize(3);
    OfflineWriter minilm = OfflineWriter.create(MiniLmEmbedder.shared());
    for (Map.Entry<String, List<WriterInput>> e : events.entrySet()) {
      assertThat(e.getValue()).hasSizeGreaterThanOrEqualTo(9);
      WrittenStory s = minilm.write(e.getKey(), e.getValue(), List.of(), Instant.EPOCH);
      assertThat(s.sections()).as(e.getKey()).isNotEmpty();
      assertThat(StructureLimits.violations(s, e.getValue().size())).as(e.getKey()).isEmpty();
      assertGrounded(s, e.getValue(), e.getValue().size());
    }
  }
}
