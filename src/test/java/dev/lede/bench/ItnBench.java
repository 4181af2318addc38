package dev.lede.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lede.index.lucene.LuceneCandidateIndex;
import dev.lede.story.ClusterCommandLogic;
import dev.lede.story.ClusteringScores;
import dev.lede.story.StoryClusterer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Stories across languages on the Wikipedia "In the news" set ({@code
 * ../shared/data/clustering/itn-multilingual-events}): the first blurb of each event in each of the
 * chosen languages, in time order, through stateless {@code lede cluster} (the same {@link
 * ClusterCommandLogic} with the defaults the command uses). Prints B-cubed P/R/F1, the scores of
 * "every blurb alone", and pairwise P/R/F1 over pairs of blurbs in different languages, in all and
 * per language pair. The gold event id and the set's {@code keyword} field are never shown to the
 * clusterer. Run: {@code bench/itn [--langs=en,zh,ko,ja] [--errors] [--cache] [--assignments=FILE]}
 * ({@code --cache} keeps MiniLM vectors in {@code target/bench-cache}, for quick repeated runs;
 * {@code --assignments} writes each blurb's id, gold event, language, time, story and text as
 * tab-separated lines, to diff two commits' stories).
 */
public final class ItnBench {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path DATA =
      Path.of("..", "shared", "data", "clustering", "itn-multilingual-events", "itn_blurbs.jsonl");

  private ItnBench() {}

  /** One blurb: its id for the clusterer, gold event, language, time and text. */
  record Blurb(String id, String event, String lang, String time, String text) {}

  public static void main(String[] args) throws Exception {
    List<String> langs = List.of("en", "zh", "ko", "ja");
    boolean errors = false;
    boolean cache = false;
    Path assignments = null;
    for (String a : args) {
      if (a.startsWith("--langs=")) {
        langs = List.of(a.substring("--langs=".length()).split(","));
      } else if (a.equals("--cache")) {
        cache = true;
      } else if (a.startsWith("--assignments=")) {
        assignments = Path.of(a.substring("--assignments=".length()));
      } else if (a.equals("--errors")) {
        errors = true;
      } else {
        throw new IllegalArgumentException("itn bench: unknown option " + a);
      }
    }
    if (!Files.isRegularFile(DATA)) {
      System.out.println("itn bench: " + DATA + " is absent; skipped");
      return;
    }
    List<Blurb> blurbs = firstPerEventAndLanguage(DATA, Set.copyOf(langs));
    Map<String, Blurb> byId = new HashMap<>();
    StringBuilder input = new StringBuilder();
    for (Blurb b : blurbs) {
      byId.put(b.id(), b);
      ObjectNode o = JSON.createObjectNode();
      o.put("id", b.id());
      o.put("text", b.text());
      o.put("published", b.time());
      input.append(o).append('\n');
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    long t0 = System.nanoTime();
    StoryClusterer.Config config = StoryClusterer.Config.defaults();
    CachedEmbedder cached = null;
    if (cache) {
      cached =
          new CachedEmbedder(
              dev.lede.nlp.Embedder.miniLm(), Path.of("target", "bench-cache", "itn-minilm.bin"));
      config = config.toBuilder().embedder(cached).build();
    }
    new ClusterCommandLogic(config, LuceneCandidateIndex.FACTORY)
        .run(
            new ByteArrayInputStream(input.toString().getBytes(StandardCharsets.UTF_8)),
            new PrintStream(out, true, StandardCharsets.UTF_8));
    double seconds = (System.nanoTime() - t0) / 1e9;
    if (cached != null) {
      cached.save();
    }
    Map<String, String> predicted = new LinkedHashMap<>();
    for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
      if (!line.isBlank()) {
        JsonNode n = JSON.readTree(line);
        predicted.put(n.get("id").asText(), n.get("story").asText());
      }
    }
    if (assignments != null) {
      List<String> rows = new ArrayList<>();
      for (Blurb b : blurbs) {
        rows.add(
            String.join(
                "\t", b.id(), b.event(), b.lang(), b.time(), predicted.get(b.id()), b.text()));
      }
      Files.write(assignments, rows, StandardCharsets.UTF_8);
    }
    Map<String, String> gold = new LinkedHashMap<>();
    Map<String, String> alone = new LinkedHashMap<>();
    for (Blurb b : blurbs) {
      gold.put(b.id(), b.event());
      alone.put(b.id(), b.id());
    }
    Set<String> events = new HashSet<>(gold.values());
    Map<String, Integer> perLang = new TreeMap<>();
    blurbs.forEach(b -> perLang.merge(b.lang(), 1, Integer::sum));
    System.out.printf(
        "ITN blurbs %s: %d blurbs, %d events, %d told in 2+ languages; clustered in %.1f s%n%n",
        perLang, blurbs.size(), events.size(), multiLanguageEvents(blurbs), seconds);
    ClusteringScores.Scores b3 = ClusteringScores.bcubed(predicted, gold);
    ClusteringScores.Scores b3alone = ClusteringScores.bcubed(alone, gold);
    System.out.println("| clustering | B-cubed P | B-cubed R | B-cubed F1 |");
    System.out.println("|---|---|---|---|");
    System.out.printf(
        "| lede cluster | %.4f | %.4f | %.4f |%n", b3.precision(), b3.recall(), b3.f1());
    System.out.printf(
        "| every blurb alone | %.3f | %.3f | %.3f |%n%n",
        b3alone.precision(), b3alone.recall(), b3alone.f1());
    double[] ext = extendedBcubed(blurbs, predicted);
    System.out.printf(
        "Second figure, not the issue's measure: extended B-cubed for overlapping gold (Amigó et al."
            + " 2009), one item per distinct blurb text and language (the set files %d of them under"
            + " 2+ events): P %.3f R %.3f F1 %.3f%n%n",
        (int) ext[3], ext[0], ext[1], ext[2]);

    System.out.println("| pairs | gold pairs | joined | correct | P | R | F1 |");
    System.out.println("|---|---|---|---|---|---|---|");
    List<String> pairKeys = new ArrayList<>();
    for (int i = 0; i < langs.size(); i++) {
      for (int j = i; j < langs.size(); j++) {
        pairKeys.add(langs.get(i) + "-" + langs.get(j));
      }
    }
    Map<String, int[]> counts = new LinkedHashMap<>();
    pairKeys.forEach(k -> counts.put(k, new int[3]));
    int[] cross = new int[3];
    for (int i = 0; i < blurbs.size(); i++) {
      for (int j = i + 1; j < blurbs.size(); j++) {
        Blurb a = blurbs.get(i);
        Blurb b = blurbs.get(j);
        boolean g = a.event().equals(b.event());
        boolean p = predicted.get(a.id()).equals(predicted.get(b.id()));
        String key = pairKey(a.lang(), b.lang(), langs);
        int[] c = counts.get(key);
        tally(c, g, p);
        if (!a.lang().equals(b.lang())) {
          tally(cross, g, p);
        }
      }
    }
    for (String k : pairKeys) {
      int[] c = counts.get(k);
      if (c[0] + c[1] > 0) {
        row(k, c);
      }
    }
    row("all cross-language", cross);
    if (errors) {
      printErrors(blurbs, predicted);
    }
  }

  private static void tally(int[] c, boolean gold, boolean predicted) {
    c[0] += gold ? 1 : 0;
    c[1] += predicted ? 1 : 0;
    c[2] += gold && predicted ? 1 : 0;
  }

  private static void row(String name, int[] c) {
    double p = c[1] == 0 ? 1 : (double) c[2] / c[1];
    double r = c[0] == 0 ? 1 : (double) c[2] / c[0];
    double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
    System.out.printf(
        "| %s | %d | %d | %d | %.3f | %.3f | %.3f |%n", name, c[0], c[1], c[2], p, r, f);
  }

  private static String pairKey(String a, String b, List<String> order) {
    return order.indexOf(a) <= order.indexOf(b) ? a + "-" + b : b + "-" + a;
  }

  private static long multiLanguageEvents(List<Blurb> blurbs) {
    Map<String, Set<String>> langs = new HashMap<>();
    blurbs.forEach(b -> langs.computeIfAbsent(b.event(), e -> new HashSet<>()).add(b.lang()));
    return langs.values().stream().filter(s -> s.size() > 1).count();
  }

  /** Wrong joins and missed cross-language joins, for error analysis. */
  private static void printErrors(List<Blurb> blurbs, Map<String, String> predicted) {
    Map<String, List<Blurb>> stories = new LinkedHashMap<>();
    blurbs.forEach(
        b -> stories.computeIfAbsent(predicted.get(b.id()), s -> new ArrayList<>()).add(b));
    System.out.println("\nStories mixing events:");
    for (List<Blurb> s : stories.values()) {
      if (s.stream().map(Blurb::event).distinct().count() > 1) {
        s.forEach(
            b ->
                System.out.println(
                    "  " + b.event() + " " + b.lang() + " " + b.time() + " " + b.text()));
        System.out.println();
      }
    }
    System.out.println("Events split across stories (with 2+ languages):");
    Map<String, List<Blurb>> events = new LinkedHashMap<>();
    blurbs.forEach(b -> events.computeIfAbsent(b.event(), e -> new ArrayList<>()).add(b));
    for (List<Blurb> e : events.values()) {
      if (e.stream().map(b -> predicted.get(b.id())).distinct().count() > 1
          && e.stream().map(Blurb::lang).distinct().count() > 1) {
        e.forEach(
            b ->
                System.out.println(
                    "  "
                        + predicted.get(b.id())
                        + " "
                        + b.lang()
                        + " "
                        + b.time()
                        + " "
                        + b.text()));
        System.out.println();
      }
    }
  }

  /** The set's rows in the languages asked for, first per (event, language), in time order. */
  static List<Blurb> firstPerEventAndLanguage(Path file, Set<String> langs) throws Exception {
    List<JsonNode> rows = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        JsonNode n = JSON.readTree(line);
        if (langs.contains(n.get("lang").asText())) {
          rows.add(n);
        }
      }
    }
    // Stable sort: rows of the same second keep file order.
    rows.sort(Comparator.comparing(n -> n.get("timestamp_utc").asText()));
    Set<String> seen = new HashSet<>();
    List<Blurb> out = new ArrayList<>();
    for (JsonNode n : rows) {
      String event = n.get("event_qid").asText();
      String lang = n.get("lang").asText();
      if (seen.add(event + "/" + lang)) {
        out.add(
            new Blurb(
                "itn-" + out.size(),
                event,
                lang,
                n.get("timestamp_utc").asText(),
                n.get("text").asText()));
      }
    }
    return out;
  }

  /**
   * Extended B-cubed (Amigó, Gonzalo, Artiles, Verdejo 2009) where the set files one blurb under
   * several events: items are distinct (language, text) blurbs, each with the set of gold events
   * and the set of predicted stories its rows have; per pair of items sharing a story (a gold
   * event), precision (recall) is min(shared stories, shared events) over shared stories (events).
   * Returns P, R, F1 and the number of items with two or more events.
   */
  static double[] extendedBcubed(List<Blurb> blurbs, Map<String, String> predicted) {
    Map<String, Set<String>> events = new LinkedHashMap<>();
    Map<String, Set<String>> stories = new LinkedHashMap<>();
    for (Blurb b : blurbs) {
      String item = b.lang() + "\t" + b.text().strip();
      events.computeIfAbsent(item, k -> new HashSet<>()).add(b.event());
      stories.computeIfAbsent(item, k -> new HashSet<>()).add(predicted.get(b.id()));
    }
    List<String> items = new ArrayList<>(events.keySet());
    double p = 0;
    double r = 0;
    for (String e : items) {
      double pSum = 0;
      int pN = 0;
      double rSum = 0;
      int rN = 0;
      for (String o : items) {
        Set<String> c = new HashSet<>(stories.get(e));
        c.retainAll(stories.get(o));
        Set<String> l = new HashSet<>(events.get(e));
        l.retainAll(events.get(o));
        double both = Math.min(c.size(), l.size());
        if (!c.isEmpty()) {
          pSum += both / c.size();
          pN++;
        }
        if (!l.isEmpty()) {
          rSum += both / l.size();
          rN++;
        }
      }
      p += pSum / pN;
      r += rSum / rN;
    }
    p /= items.size();
    r /= items.size();
    long multi = events.values().stream().filter(v -> v.size() > 1).count();
    return new double[] {p, r, p + r == 0 ? 0 : 2 * p * r / (p + r), multi};
  }
}
