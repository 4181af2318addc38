package dev.lede.bench;

import dev.lede.model.WrittenStory;
import dev.lede.nlp.Embedder;
import dev.lede.nlp.MiniLmEmbedder;
import dev.lede.nlp.StoredEmbedder;
import dev.lede.store.jdbc.JdbcVectors;
import dev.lede.store.sqlite.SqliteStore;
import dev.lede.write.OfflineWriter;
import dev.lede.write.StoryPlan;
import dev.lede.write.WriterInput;
import dev.lede.write.internal.HeadlineTraces;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Prints every headline candidate with its score for development stories only (the first half of
 * FRANK's CNN/DailyMail, ECB+ topics 1-{@value WriterBench#LAST_DEV_TOPIC}): for reading why a
 * headline won. Usage: {@code bench/run-java dev.lede.bench.HeadlineTrace frank|ecb|wikinews
 * [ID-PREFIX or even INDEX]}, or {@code jsonl FILE [STORY-PREFIX]} for a development file of
 * articles as {@code lede write} reads them (one story per "story" field).
 */
public final class HeadlineTrace {
  private HeadlineTrace() {}

  public static void main(String[] args) throws Exception {
    Path data = Path.of("..", "shared", "data");
    String which = args.length > 0 ? args[0] : "frank";
    String prefix = args.length > 1 ? args[1] : "";
    Embedder cached =
        StoredEmbedder.of(
            MiniLmEmbedder.create(),
            JdbcVectors.of(SqliteStore.open(Path.of("target", "bench-write-cache"))));
    OfflineWriter writer = OfflineWriter.create(cached);
    Instant now = Instant.parse("2025-01-01T00:00:00Z");
    if (which.equals("frank")) {
      for (WriterBench.FrankArticle a :
          WriterBench.half(
              WriterBench.loadFrank(data.resolve("summarization/frank-dev/articles")), false)) {
        if (a.reference().isPresent() && a.input().id().startsWith(prefix)) {
          show(writer, a.input().id(), List.of(a.input()), now, a.input().url().orElse(""));
        }
      }
    } else if (which.equals("jsonl")) {
      Map<String, List<WriterInput>> stories = new java.util.LinkedHashMap<>();
      com.fasterxml.jackson.databind.ObjectMapper json =
          new com.fasterxml.jackson.databind.ObjectMapper();
      for (String line : java.nio.file.Files.readAllLines(Path.of(prefix))) {
        if (line.isBlank()) {
          continue;
        }
        var node = json.readTree(line);
        java.util.Optional<String> url =
            java.util.Optional.ofNullable(node.get("url")).map(n -> n.asText());
        java.util.Optional<String> source =
            java.util.Optional.ofNullable(node.get("source")).map(n -> n.asText());
        String id = node.get("id").asText();
        stories
            .computeIfAbsent(node.path("story").asText("story"), k -> new java.util.ArrayList<>())
            .add(
                new WriterInput(
                    id,
                    java.util.Optional.ofNullable(node.get("title")).map(n -> n.asText()),
                    node.get("text").asText(),
                    WriterInput.outletOf(source, url, id),
                    url,
                    java.util.Optional.empty()));
      }
      String story = args.length > 2 ? args[2] : "";
      for (var e : stories.entrySet()) {
        if (e.getKey().startsWith(story)) {
          show(writer, e.getKey(), e.getValue(), now, "");
        }
      }
    } else if (which.equals("wikinews")) {
      // Even-index stories only: the odd ones are held out.
      for (HeadlineBench.Titled t : HeadlineBench.load(HeadlineBench.WIKINEWS)) {
        if (t.index() % 2 == 0 && (prefix.isEmpty() || prefix.equals("" + t.index()))) {
          show(writer, "wikinews #" + t.index(), List.of(t.input()), now, t.title());
        }
      }
    } else {
      Map<String, List<WriterInput>> events =
          WriterBench.loadEcb(data.resolve("clustering/ecbplus-dev/docs.jsonl"));
      for (var e : events.entrySet()) {
        if (e.getKey().startsWith(prefix)) {
          show(writer, e.getKey(), e.getValue(), now, "");
        }
      }
    }
  }

  private static void show(
      OfflineWriter writer, String id, List<WriterInput> in, Instant now, String url) {
    StoryPlan plan = writer.plan(id, in, List.of());
    WrittenStory s = writer.write(id, in, List.of(), now);
    System.out.println("== " + id + " " + url.replaceAll(".*/", ""));
    System.out.println("   HEADLINE: " + s.headline());
    HeadlineTraces.trace(plan).forEach(System.out::println);
  }
}
