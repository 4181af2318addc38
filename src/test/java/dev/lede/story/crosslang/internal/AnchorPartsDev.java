package dev.lede.story.crosslang.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lede.index.lucene.LuceneCandidateIndex;
import dev.lede.lang.KoreanWords;
import dev.lede.nlp.Embedder;
import dev.lede.story.ClusterCommandLogic;
import dev.lede.story.StoryClusterer;
import dev.lede.story.StoryInput;
import dev.lede.story.crosslang.CrossLanguageLinker;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Where an article's anchors cost, part by part and language by language, cold (a fresh memory per
 * pass, as a run of {@code lede cluster} starts): CPU ms/article of each part, best of the timed
 * passes, and how many distinct items each memory read. {@code bench/run-java
 * dev.lede.story.crosslang.internal.AnchorPartsDev [passes]}. With {@code --dump FILE}: every
 * anchor, in order, of each article of the demo mix, the whole Korean and Japanese Wikinews corpora
 * and the ITN blurbs, as {@code lede cluster} reads them (a fresh reader, then the shared one),
 * sorted, to compare two commits' files: a change for speed leaves the file as it was.
 */
final class AnchorPartsDev {
  private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

  private static final List<String> DEMO =
      List.of(
          "demo/wikinews-ko/demo-slice.jsonl",
          "demo/wikinews-ja/jawikinews.jsonl",
          "demo/wikinews-en/articles.jsonl");

  private AnchorPartsDev() {}

  /** The JSON objects of a file of one per line. */
  private static List<JsonNode> rows(String file) throws java.io.IOException {
    ObjectMapper json = new ObjectMapper();
    List<JsonNode> out = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of(file))) {
      if (!line.isBlank()) {
        out.add(json.readTree(line));
      }
    }
    return out;
  }

  public static void main(String[] args) throws Exception {
    if (args.length == 2 && args[0].equals("--dump")) {
      dump(Path.of(args[1]));
      return;
    }
    int passes = args.length > 0 ? Integer.parseInt(args[0]) : 6;
    Map<String, List<String>> byLang = new LinkedHashMap<>();
    for (String f : DEMO) {
      for (JsonNode n : rows(f)) {
        String text = n.get("text").asText();
        String head = n.path("title").asText("") + "\n" + CrossLanguageLinker.head(text);
        byLang.computeIfAbsent(n.path("language").asText("und"), k -> new ArrayList<>()).add(head);
      }
    }
    Map<String, BiFunction<String, Memo, Integer>> parts = new LinkedHashMap<>();
    parts.put("numbers", (t, m) -> Numbers.numbers(t).size());
    parts.put("days", (t, m) -> Numbers.days(t).size());
    parts.put("simplifiedRuns", (t, m) -> Scripts.simplifiedRuns(t).length());
    parts.put("places", (t, m) -> Places.get().keysOfSimplified(Scripts.simplifiedRuns(t)).size());
    parts.put("names", (t, m) -> Names.keys(t, Scripts.simplifiedRuns(t), m).size());
    parts.put(
        "concepts", (t, m) -> Concepts.get().keysOfSimplified(Scripts.simplifiedRuns(t)).size());
    parts.put("sinoKorean", (t, m) -> SinoKorean.keys(t, m).size());
    parts.put("whole extractor", (t, m) -> new AnchorExtractor().of(t).size());
    long sink = 0;
    for (Map.Entry<String, List<String>> lang : byLang.entrySet()) {
      List<String> texts = lang.getValue();
      System.out.printf(Locale.ROOT, "%n%s (%d articles)%n", lang.getKey(), texts.size());
      for (Map.Entry<String, BiFunction<String, Memo, Integer>> part : parts.entrySet()) {
        double best = Double.MAX_VALUE;
        Memo memo = null;
        for (int pass = -2; pass < passes; pass++) {
          KoreanWords.forget();
          memo = new Memo();
          long start = CPU.getCurrentThreadCpuTime();
          for (String t : texts) {
            sink += part.getValue().apply(t, memo);
          }
          double ms = (CPU.getCurrentThreadCpuTime() - start) / 1e6 / texts.size();
          if (pass >= 0) {
            best = Math.min(best, ms);
          }
        }
        System.out.printf(
            Locale.ROOT,
            "  %-16s %.3f ms/article  memo: latin %d kana %d han %d readings %d%n",
            part.getKey(),
            best,
            memo.latinSounds.size(),
            memo.kanaSounds.size(),
            memo.hanSounds.size(),
            memo.hanReadings.size());
      }
    }
    System.out.println(sink == 42 ? "" : " ");
  }

  private static void dump(Path out) throws Exception {
    List<String> lines = new ArrayList<>();
    CrossLanguageLinker.AnchorReader reader = new CrossLanguageLinker.AnchorReader();
    List<String> files = new ArrayList<>(DEMO);
    files.addAll(
        List.of(
            "../shared/data/corpus/wikinews-ko/wikinews_ko.jsonl",
            "../shared/data/corpus/wikinews-ja/jawikinews.jsonl",
            "../shared/data/clustering/itn-multilingual-events/itn_blurbs.jsonl"));
    for (String f : files) {
      int i = 0;
      for (JsonNode n : rows(f)) {
        String title = n.path("title").asText("");
        String text = n.get("text").asText();
        // The same article read again by a reader that has read everything before it, and by the
        // process-wide one: both must give what a fresh reader gives.
        String fresh =
            String.join(" ", new CrossLanguageLinker.AnchorReader().anchors(title, text));
        String warm = String.join(" ", reader.anchors(title, text));
        String shared = String.join(" ", CrossLanguageLinker.anchors(title, text));
        if (!fresh.equals(warm) || !fresh.equals(shared)) {
          throw new IllegalStateException(f + " line " + i + ": anchors depend on what was read");
        }
        // Sorted: the order of a place's keys follows Set.of, which differs from run to run.
        lines.add(
            f
                + "\t"
                + i++
                + "\t"
                + String.join(" ", new java.util.TreeSet<>(List.of(fresh.split(" ")))));
      }
    }
    // And the story each article of the demo mix ends in, as `lede cluster` gives it (no
    // embeddings): anchors the same and the linker the same give the same groups.
    List<StoryInput> mix = new ArrayList<>();
    for (String f : DEMO) {
      for (JsonNode n : rows(f)) {
        String day = n.hasNonNull("date") ? n.get("date").asText() : n.path("published").asText("");
        mix.add(
            new StoryInput(
                n.get("id").asText(),
                n.path("title").asText(""),
                n.get("text").asText(),
                day.isEmpty()
                    ? Optional.empty()
                    : Optional.of(
                        LocalDate.parse(day.substring(0, 10))
                            .atStartOfDay(ZoneOffset.UTC)
                            .toInstant()),
                Optional.empty(),
                Optional.empty()));
      }
    }
    mix.sort(
        Comparator.comparing((StoryInput a) -> a.published().orElse(Instant.MAX))
            .thenComparing(StoryInput::id));
    Map<String, String> groups =
        new ClusterCommandLogic(
                StoryClusterer.Config.builder().embedder(Embedder.none()).build(),
                LuceneCandidateIndex.FACTORY)
            .cluster(mix);
    groups.forEach((id, group) -> lines.add("cluster\t" + id + "\t" + group));
    Files.write(out, lines);
    System.out.println(lines.size() + " articles' anchors written to " + out);
  }
}
