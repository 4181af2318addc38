package dev.lede.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lede.index.lucene.LuceneCandidateIndex;
import dev.lede.nlp.Embedder;
import dev.lede.story.Story;
import dev.lede.story.StoryClusterer;
import dev.lede.story.StoryInput;
import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Clusters the demo corpus's JSON-lines sources (English then Korean Wikinews, as {@code lede
 * ingest} reads them) and prints the story-size distribution and the larger stories with their
 * titles: a quick look at over- and under-merging without the full ingest. Run: {@code
 * bench/run-java dev.lede.bench.ClusterDemo [--no-embed] [--list=N] [files...]} (stories of N or
 * more articles are listed, default 3).
 */
public final class ClusterDemo {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ClusterDemo() {}

  /** A demo line as the ingester reads it: {@code date} is the publication day. */
  static StoryInput parse(String line) throws java.io.IOException {
    JsonNode n = JSON.readTree(line);
    StoryInput in =
        StoryInput.of(n.get("id").asText(), n.path("title").asText(""), n.get("text").asText());
    if (n.hasNonNull("date")) {
      in =
          in.withPublished(
              java.time.LocalDate.parse(n.get("date").asText())
                  .atStartOfDay()
                  .toInstant(java.time.ZoneOffset.UTC));
    }
    if (n.hasNonNull("source")) {
      in = in.withSource(n.get("source").asText());
    }
    return in;
  }

  public static void main(String[] args) throws Exception {
    List<Path> files = new ArrayList<>();
    boolean noEmbed = false;
    int listFrom = 3;
    for (String a : args) {
      if (a.startsWith("--list=")) {
        listFrom = Integer.parseInt(a.substring("--list=".length()));
      } else if (a.equals("--no-embed")) {
        noEmbed = true;
      } else {
        files.add(Path.of(a));
      }
    }
    if (files.isEmpty()) {
      files.add(Path.of("demo/wikinews-en/articles.jsonl"));
      files.add(Path.of("demo/wikinews-ko/wikinews_ko.jsonl"));
    }
    CachedEmbedder embedder =
        new CachedEmbedder(Embedder.miniLm(), Path.of("target", "bench-cache", "demo-minilm.bin"));
    StoryClusterer.Config config =
        StoryClusterer.Config.builder().embedder(noEmbed ? Embedder.none() : embedder).build();
    List<StoryInput> inputs = new ArrayList<>();
    for (Path f : files) {
      try (BufferedReader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
        for (String line = r.readLine(); line != null; line = r.readLine()) {
          if (!line.isBlank()) {
            inputs.add(parse(line));
          }
        }
      }
    }
    try (StoryClusterer stories = StoryClusterer.inMemory(config, LuceneCandidateIndex.FACTORY)) {
      for (StoryInput in : inputs) {
        stories.assign(in);
      }
      Map<Integer, Integer> sizes = new TreeMap<>();
      List<Story> big = new ArrayList<>();
      for (String id : stories.storyIds()) {
        Story s = stories.story(id).orElseThrow();
        sizes.merge(s.articleIds().size(), 1, Integer::sum);
        if (s.articleIds().size() >= listFrom) {
          big.add(s);
        }
      }
      System.out.println(
          inputs.size() + " articles, " + stories.storyIds().size() + " stories; size: count");
      System.out.println(sizes);
      big.sort((x, y) -> Integer.compare(y.articleIds().size(), x.articleIds().size()));
      for (Story s : big) {
        System.out.println(s.id() + " (" + s.articleIds().size() + ")");
        for (Story.TimelineEntry e : s.timeline()) {
          System.out.println(
              "  "
                  + e.articleId()
                  + " "
                  + e.published().map(Object::toString).orElse("")
                  + " "
                  + e.title());
        }
      }
    }
    embedder.save();
  }
}
