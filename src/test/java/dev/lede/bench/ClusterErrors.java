package dev.lede.bench;

import dev.lede.index.lucene.LuceneCandidateIndex;
import dev.lede.nlp.Embedder;
import dev.lede.story.Assignment;
import dev.lede.story.StoryClusterer;
import dev.lede.story.StoryClusterer.Config;
import dev.lede.testing.SharedData;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Error analysis for {@code bench/cluster}: one shuffled run over ECB+, then, per topic whose
 * stories do not match its two events exactly, which gold events each story holds (ids of small
 * groups shown). Run: {@code bench/run-java dev.lede.bench.ClusterErrors [--topics=1-17] [--seed=1]
 * [--all] [config options of ClusterBench]}.
 */
public final class ClusterErrors {
  private ClusterErrors() {}

  public static void main(String[] args) {
    Map<String, String> opts = ClusterBench.options(args);
    Path data =
        SharedData.root()
            .map(r -> r.resolve("data").resolve(EcbPlus.RELATIVE))
            .orElseThrow(() -> new IllegalStateException("../shared/data is not present"));
    List<EcbPlus.Doc> docs =
        ClusterBench.filterTopics(EcbPlus.read(data), opts.getOrDefault("topics", "1-35"));
    CachedEmbedder embedder =
        new CachedEmbedder(
            Embedder.miniLm(), Path.of("target", "bench-cache", "ecbplus-minilm.bin"));
    Config config = ClusterBench.configFrom(opts, embedder);
    List<EcbPlus.Doc> order =
        EcbPlus.shuffled(docs, Long.parseLong(opts.getOrDefault("seed", "1")));
    Map<String, String> predicted = new HashMap<>();
    try (StoryClusterer stories = StoryClusterer.inMemory(config, LuceneCandidateIndex.FACTORY)) {
      for (EcbPlus.Doc d : order) {
        Assignment a = stories.assign(d.input());
        if (!a.changes().isEmpty()) {
          System.out.println("changes at " + d.input().id() + ": " + a.changes());
        }
      }
      for (EcbPlus.Doc d : order) {
        predicted.put(d.input().id(), stories.storyOf(d.input().id()).orElseThrow());
      }
    }
    embedder.save();
    // topic -> story -> gold event -> articles
    Map<Integer, Map<String, Map<String, List<String>>>> byTopic = new TreeMap<>();
    for (EcbPlus.Doc d : docs) {
      byTopic
          .computeIfAbsent(d.topic(), t -> new TreeMap<>())
          .computeIfAbsent(predicted.get(d.input().id()), s -> new TreeMap<>())
          .computeIfAbsent(d.cluster(), c -> new ArrayList<>())
          .add(d.input().id());
    }
    byTopic.forEach(
        (topic, stories) -> {
          boolean exact =
              stories.size() == 2 && stories.values().stream().allMatch(g -> g.size() == 1);
          if (exact && !opts.containsKey("all")) {
            return;
          }
          System.out.println("topic " + topic);
          stories.forEach(
              (story, events) -> {
                StringBuilder line = new StringBuilder("  " + story + ":");
                events.forEach(
                    (event, ids) ->
                        line.append(' ')
                            .append(event)
                            .append('=')
                            .append(ids.size())
                            .append(ids.size() <= 3 ? ids.toString() : ""));
                System.out.println(line);
              });
        });
  }
}
