package dev.lede.bench;

import dev.lede.story.Embedder;
import dev.lede.story.StoryClusterer;
import dev.lede.story.StoryClusterer.Config;
import dev.lede.testing.SharedData;
import java.nio.file.Path;
import java.util.*;

/** Scratch: per-topic contingency of predicted stories vs gold events for one seed. */
public final class ClusterErrors {
  public static void main(String[] args) {
    Map<String, String> opts = ClusterBench.options(args);
    List<EcbPlus.Doc> docs =
        ClusterBench.filterTopics(
            EcbPlus.read(SharedData.root().get().resolve("data").resolve(EcbPlus.RELATIVE)),
            opts.getOrDefault("topics", "1-35"));
    CachedEmbedder emb =
        new CachedEmbedder(
            Embedder.miniLm(), Path.of("target", "bench-cache", "ecbplus-minilm.bin"));
    Config config = ClusterBench.configFrom(opts, emb);
    long seed = Long.parseLong(opts.getOrDefault("seed", "1"));
    List<EcbPlus.Doc> order = EcbPlus.shuffled(docs, seed);
    Map<String, String> pred = new HashMap<>();
    Map<String, Integer> arrival = new HashMap<>();
    try (StoryClusterer s = StoryClusterer.inMemory(config)) {
      for (EcbPlus.Doc d : order) {
        var a = s.assign(d.input());
        arrival.put(d.input().id(), arrival.size());
        if (!a.changes().isEmpty())
          System.out.println("change at " + d.input().id() + ": " + a.changes());
      }
      for (EcbPlus.Doc d : order) pred.put(d.input().id(), s.storyOf(d.input().id()).get());
    }
    Map<Integer, Map<String, Map<String, List<String>>>> byTopic = new TreeMap<>();
    for (EcbPlus.Doc d : docs) {
      byTopic
          .computeIfAbsent(d.topic(), x -> new TreeMap<>())
          .computeIfAbsent(pred.get(d.input().id()), x -> new TreeMap<>())
          .computeIfAbsent(d.cluster(), x -> new ArrayList<>())
          .add(d.input().id());
    }
    for (var t : byTopic.entrySet()) {
      StringBuilder sb = new StringBuilder();
      boolean bad = t.getValue().size() != 2;
      for (var st : t.getValue().entrySet()) {
        if (st.getValue().size() > 1) bad = true;
        sb.append("  ").append(st.getKey()).append(": ");
        for (var g : st.getValue().entrySet())
          sb.append(g.getKey())
              .append("=")
              .append(g.getValue().size())
              .append(g.getValue().size() <= 3 ? g.getValue().toString() : "")
              .append(" ");
        sb.append("\n");
      }
      if (bad || opts.containsKey("all")) System.out.print("topic " + t.getKey() + "\n" + sb);
    }
  }
}
