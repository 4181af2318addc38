package dev.lede.story.crosslang.internal;

import dev.lede.index.lucene.LuceneCandidateIndex;
import dev.lede.lang.KoreanWords;
import dev.lede.nlp.Embedder;
import dev.lede.story.ClusterCommandLogic;
import dev.lede.story.StoryClusterer;
import dev.lede.story.StoryInput;
import dev.lede.story.crosslang.CrossLanguageLinker;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * What the {@code lede cluster} path adds to within-language clustering on the demo mix, part by
 * part and language by language, each pass cold as a run starts, the within-language clustering run
 * first as the whole path runs it (its Korean words are the anchors' too). CPU ms per article of
 * the whole mix (so the rows add up to the whole path's extra), best of the passes. {@code
 * bench/run-java dev.lede.story.crosslang.internal.LinkCostDev [passes]}.
 */
final class LinkCostDev {
  private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

  private LinkCostDev() {}

  public static void main(String[] args) throws Exception {
    int passes = args.length > 0 ? Integer.parseInt(args[0]) : 6;
    List<StoryInput> inputs = dev.lede.bench.ClusterMixBenchAccess.inputs();
    Map<String, BiFunction<String, Memo, Integer>> parts = new LinkedHashMap<>();
    parts.put("numbers", (t, m) -> Numbers.numbers(t).size());
    parts.put("days", (t, m) -> Numbers.days(t).size());
    parts.put("simplifiedRuns", (t, m) -> Scripts.simplifiedRuns(t).length());
    parts.put("places", (t, m) -> Places.get().keysOfSimplified(Scripts.simplifiedRuns(t)).size());
    parts.put("names", (t, m) -> Names.keys(t, Scripts.simplifiedRuns(t), m).size());
    parts.put(
        "concepts", (t, m) -> Concepts.get().keysOfSimplified(Scripts.simplifiedRuns(t)).size());
    parts.put("sinoKorean", (t, m) -> SinoKorean.keys(t, m).size());
    Map<String, Double> best = new LinkedHashMap<>();
    long sink = 0;
    for (int pass = -2; pass < passes; pass++) {
      KoreanWords.forget();
      ClusterCommandLogic command =
          new ClusterCommandLogic(
              StoryClusterer.Config.builder().embedder(Embedder.none()).build(),
              LuceneCandidateIndex.FACTORY);
      Map<String, String> story = new HashMap<>();
      Map<String, String> language = new HashMap<>();
      Map<String, Long> ns = new LinkedHashMap<>();
      long t0 = CPU.getCurrentThreadCpuTime();
      command.withinLanguage(inputs, story, language);
      ns.put("within", CPU.getCurrentThreadCpuTime() - t0);
      Memo memo = new Memo();
      CrossLanguageLinker.AnchorReader reader = new CrossLanguageLinker.AnchorReader();
      CrossLanguageLinker.Stories evidence = new CrossLanguageLinker.Stories();
      for (StoryInput a : inputs) {
        String lang = language.get(a.id());
        String text = a.text();
        String head = a.title() + "\n" + CrossLanguageLinker.head(text);
        long s = CPU.getCurrentThreadCpuTime();
        var set = reader.anchors(a.title(), a.text());
        long s1 = CPU.getCurrentThreadCpuTime();
        var time = a.published().map(p -> CrossLanguageLinker.eventTime(a.text(), p));
        int age = CrossLanguageLinker.ageDays(a.text());
        long s2 = CPU.getCurrentThreadCpuTime();
        ns.merge("anchors " + lang, s1 - s, Long::sum);
        ns.merge("time+age", s2 - s1, Long::sum);
        evidence.add(story.get(a.id()), lang, time, set, age);
        // The parts again, apart (a memo of their own, as fresh as the reader's).
        for (Map.Entry<String, BiFunction<String, Memo, Integer>> p : parts.entrySet()) {
          long q = CPU.getCurrentThreadCpuTime();
          sink += p.getValue().apply(head, memo);
          ns.merge("  " + lang + " " + p.getKey(), CPU.getCurrentThreadCpuTime() - q, Long::sum);
        }
      }
      long l0 = CPU.getCurrentThreadCpuTime();
      sink += CrossLanguageLinker.defaults().link(evidence).size();
      ns.put("link", CPU.getCurrentThreadCpuTime() - l0);
      if (pass >= 0) {
        ns.forEach((k, v) -> best.merge(k, v / 1e6 / inputs.size(), Math::min));
      }
      System.out.printf(
          Locale.ROOT,
          "pass %d: within %.3f ms/article%n",
          pass,
          ns.get("within") / 1e6 / inputs.size());
    }
    best.forEach((k, v) -> System.out.printf(Locale.ROOT, "%-24s %.3f%n", k, v));
    System.out.println(sink == 42 ? " " : "");
  }
}
