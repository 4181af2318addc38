package dev.lede.bench;

import dev.lede.index.lucene.LuceneCandidateIndex;
import dev.lede.story.ClusteringScores;
import dev.lede.story.StoryClusterer;
import dev.lede.story.StoryInput;
import dev.lede.story.crosslang.CrossLanguageLinker;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Development aid for the cross-language linker on the ITN set: clusters within languages once
 * (cached in {@code target/bench-cache/itn-within.tsv}), then links with the linker's current
 * settings (system properties {@code lede.xl.*}) and prints B-cubed and cross-language pair F1, and
 * the same with oracle linking as the ceiling. Run: {@code bench/run-java
 * dev.lede.bench.ItnLinkDev}.
 */
public final class ItnLinkDev {
  private ItnLinkDev() {}

  public static void main(String[] args) throws Exception {
    if (args.length > 0 && args[0].startsWith("--within=")) {
      within(args[0].substring("--within=".length()));
      return;
    }
    Path data =
        Path.of(
            "..", "shared", "data", "clustering", "itn-multilingual-events", "itn_blurbs.jsonl");
    List<ItnBench.Blurb> blurbs =
        ItnBench.firstPerEventAndLanguage(data, Set.of("en", "zh", "ko", "ja"));
    // Each blurb's within-language story and the language lede cluster gave it (und as en).
    Path within = Path.of("target", "bench-cache", "itn-within-by-language-v2.tsv");
    Map<String, String> story = new LinkedHashMap<>();
    Map<String, String> language = new HashMap<>();
    if (Files.exists(within)) {
      for (String line : Files.readAllLines(within)) {
        String[] f = line.split("\t");
        story.put(f[0], f[1]);
        language.put(f[0], f[2]);
      }
    } else {
      CachedEmbedder cached =
          new CachedEmbedder(
              dev.lede.nlp.Embedder.miniLm(), Path.of("target", "bench-cache", "itn-minilm.bin"));
      // As lede cluster does it: one clusterer per detected language.
      List<StoryInput> inputs =
          blurbs.stream()
              .map(b -> StoryInput.of(b.id(), "", b.text()).withPublished(Instant.parse(b.time())))
              .toList();
      new dev.lede.story.ClusterCommandLogic(
              StoryClusterer.Config.defaults().toBuilder().embedder(cached).build(),
              LuceneCandidateIndex.FACTORY)
          .withinLanguage(inputs, story, language);
      StringBuilder sb = new StringBuilder();
      for (ItnBench.Blurb b : blurbs) {
        sb.append(b.id())
            .append('\t')
            .append(story.get(b.id()))
            .append('\t')
            .append(language.get(b.id()))
            .append('\n');
      }
      Files.createDirectories(within.getParent());
      Files.writeString(within, sb, StandardCharsets.UTF_8);
      cached.save();
    }
    Map<String, String> gold = new HashMap<>();
    Map<String, Set<String>> anchors = new HashMap<>();
    for (ItnBench.Blurb b : blurbs) {
      gold.put(b.id(), b.event());
      anchors.put(b.id(), CrossLanguageLinker.anchors(b.text()));
      if (args.length > 0 && args[0].equals("--anchors")) {
        System.out.println(
            b.event() + " " + b.lang() + " " + anchors.get(b.id()) + "  " + b.text());
      }
    }
    CrossLanguageLinker.Stories ev = new CrossLanguageLinker.Stories();
    for (ItnBench.Blurb b : blurbs) {
      ev.add(
          story.get(b.id()),
          language.get(b.id()),
          Optional.of(CrossLanguageLinker.eventTime(b.text(), Instant.parse(b.time()))),
          anchors.get(b.id()),
          CrossLanguageLinker.ageDays(b.text()));
    }
    if (args.length > 0 && args[0].equals("--split")) {
      split(story, gold, blurbs, ev);
      return;
    }
    Map<String, String> groups = CrossLanguageLinker.defaults().link(ev);
    Map<String, String> predicted = new LinkedHashMap<>();
    story.forEach((id, s) -> predicted.put(id, groups.get(s)));
    if (args.length > 0 && args[0].equals("--dump")) {
      StringBuilder sb = new StringBuilder();
      predicted.forEach((id, g) -> sb.append(id).append('\t').append(g).append('\n'));
      Files.writeString(Path.of("target", "bench-cache", "itn-linked.tsv"), sb);
    }
    report("within only", story, gold, blurbs);
    // The clusterer has no language rule: count its stories that hold blurbs of two languages.
    Map<String, Set<String>> storyLangs = new HashMap<>();
    blurbs.forEach(
        b ->
            storyLangs
                .computeIfAbsent(story.get(b.id()), k -> new java.util.TreeSet<>())
                .add(b.lang()));
    System.out.printf(
        "within-language stories holding two languages: %d%n",
        storyLangs.values().stream().filter(l -> l.size() > 1).count());
    report("linked", predicted, gold, blurbs);
    // Oracle: within-language stories, linked by their majority gold event.
    Map<String, Map<String, Integer>> votes = new HashMap<>();
    story.forEach(
        (id, s) ->
            votes.computeIfAbsent(s, k -> new HashMap<>()).merge(gold.get(id), 1, Integer::sum));
    Map<String, String> oracle = new LinkedHashMap<>();
    story.forEach(
        (id, s) ->
            oracle.put(
                id,
                votes.get(s).entrySet().stream()
                    .max(Map.Entry.comparingByValue())
                    .orElseThrow()
                    .getKey()));
    report("oracle links", oracle, gold, blurbs);
    // The set files one blurb under each Wikidata item it links (a Nobel prize, its laureates), so
    // one report is several "events". Diagnostic only: events whose blurbs in some language have
    // the very same text (anywhere in the set) taken as one.
    Map<String, String> sameText = sameTextEvents(data);
    Map<String, String> merged = new LinkedHashMap<>();
    gold.forEach((id, e) -> merged.put(id, sameText.getOrDefault(e, e)));
    report("same-text gold", predicted, merged, relabel(blurbs, merged));
    if (args.length > 0 && args[0].startsWith("--pairs")) {
      // --pairs=even: only pairs of blurbs of even-numbered events (the half settings are tuned
      // on).
      boolean evenOnly = args[0].equals("--pairs=even");
      // --pairs=all: also the cross-language pairs joined rightly, to see what evidence they share.
      boolean all = args[0].equals("--pairs=all");
      Map<String, Integer> eventIndex = new LinkedHashMap<>();
      blurbs.forEach(b -> eventIndex.putIfAbsent(b.event(), eventIndex.size()));
      for (int i = 0; i < blurbs.size(); i++) {
        for (int j = i + 1; j < blurbs.size(); j++) {
          ItnBench.Blurb a = blurbs.get(i);
          ItnBench.Blurb b = blurbs.get(j);
          if (evenOnly
              && (eventIndex.get(a.event()) % 2 == 1 || eventIndex.get(b.event()) % 2 == 1)) {
            continue;
          }
          boolean g = a.event().equals(b.event());
          boolean p = predicted.get(a.id()).equals(predicted.get(b.id()));
          if (a.lang().equals(b.lang()) || (g == p && !(all && g))) {
            continue;
          }
          Set<String> shared = new java.util.TreeSet<>(anchors.get(a.id()));
          shared.retainAll(anchors.get(b.id()));
          System.out.println(
              (g && p ? "OK     " : g ? "MISSED " : "WRONG  ")
                  + a.lang()
                  + "-"
                  + b.lang()
                  + " "
                  + shared);
          System.out.println("   " + a.time() + " " + a.text());
          System.out.println("   " + b.time() + " " + b.text());
        }
      }
    }
  }

  /**
   * Held-out check of the linker's settings: events are numbered in order of first appearance;
   * threshold and decay are chosen on the even-numbered events (linking runs over all blurbs,
   * scores count only the half's blurbs), then the odd half is scored with the chosen and the
   * default settings.
   */
  private static void split(
      Map<String, String> story,
      Map<String, String> gold,
      List<ItnBench.Blurb> blurbs,
      CrossLanguageLinker.Stories ev) {
    Map<String, Integer> eventIndex = new LinkedHashMap<>();
    for (ItnBench.Blurb b : blurbs) {
      eventIndex.putIfAbsent(b.event(), eventIndex.size());
    }
    List<ItnBench.Blurb> even =
        blurbs.stream().filter(b -> eventIndex.get(b.event()) % 2 == 0).toList();
    List<ItnBench.Blurb> odd =
        blurbs.stream().filter(b -> eventIndex.get(b.event()) % 2 == 1).toList();
    double bestF = -1;
    double bestT = 0;
    int bestD = 0;
    for (double t = 0.10; t <= 0.401; t += 0.05) {
      for (int d : new int[] {4, 8, 12, 16}) {
        Map<String, String> pred =
            predicted(
                story,
                CrossLanguageLinker.of(
                        t, java.time.Duration.ofDays(14), java.time.Duration.ofDays(d))
                    .link(ev));
        double f = half(pred, gold, even)[0] + half(pred, gold, even)[1];
        if (f > bestF) {
          bestF = f;
          bestT = t;
          bestD = d;
        }
      }
    }
    System.out.printf(
        "tuned on even events (%d blurbs): threshold %.2f, decay %d days%n",
        even.size(), bestT, bestD);
    Map<String, String> tuned =
        predicted(
            story,
            CrossLanguageLinker.of(
                    bestT, java.time.Duration.ofDays(14), java.time.Duration.ofDays(bestD))
                .link(ev));
    Map<String, String> defaults = predicted(story, CrossLanguageLinker.defaults().link(ev));
    report("even tuned", restrict(tuned, even), restrict(gold, even), even);
    report("odd tuned", restrict(tuned, odd), restrict(gold, odd), odd);
    report("odd defaults", restrict(defaults, odd), restrict(gold, odd), odd);
    report("odd within", restrict(story, odd), restrict(gold, odd), odd);
  }

  /** Each event to a representative of the events sharing a blurb text with it (union-find). */
  private static Map<String, String> sameTextEvents(Path data) throws java.io.IOException {
    com.fasterxml.jackson.databind.ObjectMapper json =
        new com.fasterxml.jackson.databind.ObjectMapper();
    Map<String, String> parent = new HashMap<>();
    Map<String, String> firstByText = new HashMap<>();
    for (String line : Files.readAllLines(data)) {
      if (line.isBlank()) {
        continue;
      }
      com.fasterxml.jackson.databind.JsonNode n = json.readTree(line);
      String event = n.get("event_qid").asText();
      String key = n.get("lang").asText() + "\t" + n.get("text").asText().strip();
      String other = firstByText.putIfAbsent(key, event);
      parent.putIfAbsent(event, event);
      if (other != null) {
        parent.put(find(parent, event), find(parent, other));
      }
    }
    Map<String, String> out = new HashMap<>();
    parent.keySet().forEach(e -> out.put(e, find(parent, e)));
    return out;
  }

  private static String find(Map<String, String> parent, String e) {
    while (!parent.get(e).equals(e)) {
      e = parent.get(e);
    }
    return e;
  }

  private static List<ItnBench.Blurb> relabel(
      List<ItnBench.Blurb> blurbs, Map<String, String> event) {
    return blurbs.stream()
        .map(b -> new ItnBench.Blurb(b.id(), event.get(b.id()), b.lang(), b.time(), b.text()))
        .toList();
  }

  private static Map<String, String> predicted(
      Map<String, String> story, Map<String, String> groups) {
    Map<String, String> out = new LinkedHashMap<>();
    story.forEach((id, s) -> out.put(id, groups.get(s)));
    return out;
  }

  private static Map<String, String> restrict(Map<String, String> m, List<ItnBench.Blurb> half) {
    Map<String, String> out = new LinkedHashMap<>();
    half.forEach(b -> out.put(b.id(), m.get(b.id())));
    return out;
  }

  /** B-cubed F1 and cross-language pair F1 of {@code pred} on one half's blurbs. */
  private static double[] half(
      Map<String, String> pred, Map<String, String> gold, List<ItnBench.Blurb> half) {
    double b3 = ClusteringScores.bcubed(restrict(pred, half), restrict(gold, half)).f1();
    int[] c = new int[3];
    for (int i = 0; i < half.size(); i++) {
      for (int j = i + 1; j < half.size(); j++) {
        ItnBench.Blurb a = half.get(i);
        ItnBench.Blurb b = half.get(j);
        if (a.lang().equals(b.lang())) {
          continue;
        }
        boolean g = a.event().equals(b.event());
        boolean p = pred.get(a.id()).equals(pred.get(b.id()));
        c[0] += g ? 1 : 0;
        c[1] += p ? 1 : 0;
        c[2] += g && p ? 1 : 0;
      }
    }
    double p = c[1] == 0 ? 1 : (double) c[2] / c[1];
    double r = c[0] == 0 ? 0 : (double) c[2] / c[0];
    return new double[] {b3, p + r == 0 ? 0 : 2 * p * r / (p + r)};
  }

  private static void report(
      String name,
      Map<String, String> predicted,
      Map<String, String> gold,
      List<ItnBench.Blurb> blurbs) {
    ClusteringScores.Scores b3 = ClusteringScores.bcubed(predicted, gold);
    int[] c = new int[3];
    List<ItnBench.Blurb> list = new ArrayList<>(blurbs);
    for (int i = 0; i < list.size(); i++) {
      for (int j = i + 1; j < list.size(); j++) {
        ItnBench.Blurb a = list.get(i);
        ItnBench.Blurb b = list.get(j);
        if (a.lang().equals(b.lang())) {
          continue;
        }
        boolean g = a.event().equals(b.event());
        boolean p = predicted.get(a.id()).equals(predicted.get(b.id()));
        c[0] += g ? 1 : 0;
        c[1] += p ? 1 : 0;
        c[2] += g && p ? 1 : 0;
      }
    }
    double p = c[1] == 0 ? 1 : (double) c[2] / c[1];
    double r = (double) c[2] / c[0];
    System.out.printf(
        "%-14s B3 P %.3f R %.3f F1 %.3f | cross pairs joined %d correct %d P %.3f R %.3f F1 %.3f%n",
        name,
        b3.precision(),
        b3.recall(),
        b3.f1(),
        c[1],
        c[2],
        p,
        r,
        p + r == 0 ? 0 : 2 * p * r / (p + r));
  }

  /**
   * {@code --within=en}: clusters one language's blurbs alone and prints each assignment (score,
   * story, entity keys) and the merges and splits it caused, to read the clusterer's joins.
   */
  private static void within(String lang) throws Exception {
    Path data =
        Path.of(
            "..", "shared", "data", "clustering", "itn-multilingual-events", "itn_blurbs.jsonl");
    CachedEmbedder cached =
        new CachedEmbedder(
            dev.lede.nlp.Embedder.miniLm(), Path.of("target", "bench-cache", "itn-minilm.bin"));
    StoryClusterer.Config config =
        StoryClusterer.Config.defaults().toBuilder().embedder(cached).build();
    try (StoryClusterer c = StoryClusterer.inMemory(config, LuceneCandidateIndex.FACTORY)) {
      for (ItnBench.Blurb b :
          ItnBench.firstPerEventAndLanguage(data, Set.of("en", "zh", "ko", "ja"))) {
        if (!b.lang().equals(lang)) {
          continue;
        }
        dev.lede.story.Assignment a =
            c.assign(StoryInput.of(b.id(), "", b.text()).withPublished(Instant.parse(b.time())));
        System.out.printf(
            "%s %s %s %s %.3f %s | %s%n",
            b.id(),
            b.time(),
            a.storyId(),
            a.newStory() ? "new" : "joined",
            a.score(),
            config.entityKeys().keys(b.text()),
            b.text());
        a.changes().forEach(ch -> System.out.println("    " + ch));
      }
    }
  }
}
