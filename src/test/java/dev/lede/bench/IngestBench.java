package dev.lede.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lede.ingest.StageTimes;
import dev.lede.ingest.StageTimes.Stage;
import dev.lede.nlp.Analysis;
import dev.lede.nlp.EmbeddingText;
import dev.lede.nlp.MiniLmEmbedder;
import dev.lede.nlp.Nlp;
import dev.lede.nlp.Sentence;
import dev.lede.testing.SharedData;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Sustained ingest-to-story rate through the newsroom's real ingest path ({@code lede ingest}:
 * SQLite, Lucene, near-duplicates, story assignment, related-story vectors, optionally writing),
 * each row into a fresh temporary data folder, offline (page fetches fail at once).
 *
 * <p>Rows: {@code demo} (the bundled demo sources as {@code lede run} ingests them: ~80% Korean)
 * and {@code english} (the demo's English articles plus the 772 ECB+ news articles read in place
 * from ../shared/data; without it, the demo's English articles repeated with every line varied so
 * each copy is embedded afresh). {@code -write} rows also write every changed story. The MiniLM
 * model is loaded and the JIT warmed (one throwaway demo ingest) before the first row, so rates
 * exclude JVM start and model load. CPU per stage is thread CPU time summed over all threads;
 * "other" is process CPU not inside a timed stage (GC, JIT, waits' overhead, SQLite vector reads).
 * On a shared machine the wall-clock rate shows the CPU this process got ("cores busy"); "CPU-bound
 * articles/s on 2 free cores" (2 / CPU seconds per article) is what the same work would reach with
 * both cores to itself and perfect overlap: an upper bound.
 *
 * <p>Args: {@code [--rows=demo,english,demo-write,english-write] [--min-english=900]
 * [--no-warmup]}.
 */
public final class IngestBench {
  private static final ObjectMapper JSON = new ObjectMapper();

  record Row(
      String name,
      int stored,
      int stories,
      int vectors,
      double wall,
      double cpu,
      Map<Stage, Double> stageCpu,
      long texts,
      double peakHeapMb,
      double peakRssMb,
      String loadBefore,
      String loadAfter) {}

  public static void main(String[] args) throws Exception {
    List<String> rows = List.of("demo", "english", "demo-write", "english-write");
    int minEnglish = 900;
    boolean warmup = true;
    for (String a : args) {
      if (a.startsWith("--rows=")) {
        rows = List.of(a.substring(7).split(","));
      } else if (a.startsWith("--min-english=")) {
        minEnglish = Integer.parseInt(a.substring(14));
      } else if (a.equals("--no-warmup")) {
        warmup = false;
      } else {
        System.err.println("ingest bench: unknown argument " + a);
        System.exit(2);
      }
    }
    Path root = Path.of("").toAbsolutePath();
    Path tmp = Files.createTempDirectory("lede-ingest-bench");
    try {
      List<String> demo = demoSources(root);
      Path english = englishStream(root, tmp.resolve("english.jsonl"), minEnglish);
      System.out.printf(
          "cores: %d, max heap: %d MB, load average at start: %s%n",
          Runtime.getRuntime().availableProcessors(),
          Runtime.getRuntime().maxMemory() >> 20,
          LoadAverage.now());

      long l0 = System.nanoTime();
      MiniLmEmbedder.shared().embed(List.of("Warm-up sentence for the model."));
      System.out.printf(
          "model load: %.0f ms (excluded from the rows)%n", (System.nanoTime() - l0) / 1e6);
      if (warmup) {
        long w0 = System.nanoTime();
        IngestHarness.ingest(tmp.resolve("warmup"), demo, false, StageTimes.none());
        System.out.printf(
            "JIT warm-up: one demo ingest, %.1f s (excluded)%n", (System.nanoTime() - w0) / 1e9);
      }

      List<Row> done = new ArrayList<>();
      for (String r : rows) {
        boolean write = r.endsWith("-write");
        String corpus = write ? r.substring(0, r.length() - 6) : r;
        List<String> refs =
            switch (corpus) {
              case "demo" -> demo;
              case "english" -> List.of(english.toString());
              default -> throw new IllegalArgumentException("unknown row " + r);
            };
        Row row = run(r, tmp.resolve("row-" + r), refs, write);
        done.add(row);
        System.out.printf(
            "%s: %d articles in %.1f s (%.1f/s), load %s -> %s%n",
            r,
            row.stored(),
            row.wall(),
            row.stored() / row.wall(),
            row.loadBefore(),
            row.loadAfter());
      }
      print(done);
      embeddingThroughput(english);
    } finally {
      deleteTree(tmp);
    }
  }

  static Row run(String name, Path dir, List<String> refs, boolean write) throws Exception {
    StageTimes times = StageTimes.create();
    resetPeaks();
    String load0 = LoadAverage.now();
    long cpu0 = processCpu();
    long emb0 = MiniLmEmbedder.inferenceCpu().toNanos();
    long texts0 = MiniLmEmbedder.textsEmbedded();
    long t0 = System.nanoTime();
    IngestHarness.Outcome o = IngestHarness.ingest(dir, refs, write, times);
    double wall = (System.nanoTime() - t0) / 1e9;
    double cpu = (processCpu() - cpu0) / 1e9;
    times.add(Stage.EMBED, MiniLmEmbedder.inferenceCpu().toNanos() - emb0);
    Map<Stage, Double> stages = new LinkedHashMap<>();
    for (Stage s : Stage.values()) {
      stages.put(s, times.cpuNanos(s) / 1e9);
    }
    return new Row(
        name,
        o.report().stored(),
        o.stories(),
        o.vectors(),
        wall,
        cpu,
        stages,
        MiniLmEmbedder.textsEmbedded() - texts0,
        peakHeapMb(),
        peakRssMb(),
        load0,
        LoadAverage.now());
  }

  static void print(List<Row> rows) {
    System.out.println();
    System.out.println(
        "| row | articles | stories | texts embedded | wall s | articles/s | CPU s | CPU ms/article"
            + " | cores busy | CPU-bound articles/s on 2 free cores | peak heap MB | peak RSS MB |");
    System.out.println("|---|---|---|---|---|---|---|---|---|---|---|---|");
    for (Row r : rows) {
      System.out.printf(
          "| %s | %d | %d | %d | %.1f | %.1f | %.1f | %.1f | %.2f | %.0f | %.0f | %.0f |%n",
          r.name(),
          r.stored(),
          r.stories(),
          r.texts(),
          r.wall(),
          r.stored() / r.wall(),
          r.cpu(),
          1000 * r.cpu() / r.stored(),
          r.cpu() / r.wall(),
          2 * r.stored() / r.cpu(),
          r.peakHeapMb(),
          r.peakRssMb());
    }
    System.out.println();
    StringBuilder head = new StringBuilder("| CPU ms per article |");
    StringBuilder rule = new StringBuilder("|---|");
    for (Row r : rows) {
      head.append(' ').append(r.name()).append(" |");
      rule.append("---|");
    }
    System.out.println(head);
    System.out.println(rule);
    String[][] names = {
      {"READ", "fetch/parse (read, feed/JSON)"},
      {"EXTRACT", "extract (HTML)"},
      {"DEDUP", "dedup (URL, hashes, language, near-dups)"},
      {"STORE", "store (SQLite article)"},
      {"INDEX", "index (Lucene)"},
      {"NLP", "nlp (analysis for key sentences)"},
      {"EMBED", "embedding (MiniLM inference)"},
      {"CLUSTER", "clustering (assign + story record)"},
      {"RELATED", "related-story vectors"},
      {"WRITE", "writing stories"}
    };
    for (String[] n : names) {
      StringBuilder line = new StringBuilder("| " + n[1] + " |");
      for (Row r : rows) {
        line.append(
            String.format(" %.2f |", 1000 * r.stageCpu().get(Stage.valueOf(n[0])) / r.stored()));
      }
      System.out.println(line);
    }
    StringBuilder other = new StringBuilder("| other (GC, JIT, vector reads, waits) |");
    for (Row r : rows) {
      double staged = r.stageCpu().values().stream().mapToDouble(Double::doubleValue).sum();
      other.append(String.format(" %.2f |", 1000 * (r.cpu() - staged) / r.stored()));
    }
    System.out.println(other);
  }

  /** Texts/s and sentences/s of a fresh (unstored) MiniLM on 1 and 2 threads. */
  static void embeddingThroughput(Path english) throws IOException {
    List<List<String>> perArticle = new ArrayList<>();
    List<String> sentences = new ArrayList<>();
    for (String line : Files.readAllLines(english, StandardCharsets.UTF_8)) {
      if (perArticle.size() >= 80) {
        break;
      }
      JsonNode n = JSON.readTree(line);
      String title = n.get("title").asText();
      Analysis a = Nlp.analyze(title, n.get("text").asText(), Optional.of("en"));
      perArticle.add(EmbeddingText.ingestTexts(title, a));
      for (Sentence s : EmbeddingText.keySentences(a, EmbeddingText.WRITER_SENTENCES)) {
        sentences.add(s.text());
      }
    }
    int texts = perArticle.stream().mapToInt(List::size).sum();
    double sentenceChars = sentences.stream().mapToInt(String::length).average().orElse(0);
    System.out.println();
    System.out.printf(
        "embedding throughput (fresh model, nothing stored; %d articles = %d texts, %d key"
            + " sentences of %.0f chars on average; load %s)%n",
        perArticle.size(), texts, sentences.size(), sentenceChars, LoadAverage.now());
    System.out.println(
        "| threads | texts/s (one call per article) | articles/s (embedding only) | key"
            + " sentences/s (batches of 16) | CPU ms per sentence |");
    System.out.println("|---|---|---|---|---|");
    for (int threads : new int[] {1, 2}) {
      try (MiniLmEmbedder e = MiniLmEmbedder.create(threads)) {
        e.embed(sentences.subList(0, Math.min(32, sentences.size())));
        long t0 = System.nanoTime();
        for (List<String> article : perArticle) {
          e.embed(article);
        }
        double s1 = (System.nanoTime() - t0) / 1e9;
        long c0 = MiniLmEmbedder.inferenceCpu().toNanos();
        long t1 = System.nanoTime();
        for (int i = 0; i < sentences.size(); i += 16) {
          e.embed(sentences.subList(i, Math.min(sentences.size(), i + 16)));
        }
        double s2 = (System.nanoTime() - t1) / 1e9;
        double cpuMs = (MiniLmEmbedder.inferenceCpu().toNanos() - c0) / 1e6;
        System.out.printf(
            "| %d | %.0f | %.1f | %.0f | %.1f |%n",
            threads,
            texts / s1,
            perArticle.size() / s1,
            sentences.size() / s2,
            cpuMs / sentences.size());
      }
    }
  }

  // ---- corpora ----

  static List<String> demoSources(Path root) throws IOException {
    Path list = root.resolve("demo/sources.txt");
    List<String> out = new ArrayList<>();
    for (String l : Files.readAllLines(list, StandardCharsets.UTF_8)) {
      String s = l.strip();
      if (!s.isEmpty() && !s.startsWith("#")) {
        out.add(root.resolve("demo").resolve(s).toString());
      }
    }
    return out;
  }

  /**
   * English articles as JSON Lines: the demo's Wikinews English, then ECB+ when present, then
   * copies with every line varied until {@code min} articles.
   */
  static Path englishStream(Path root, Path out, int min) throws IOException {
    List<ObjectNode> base = new ArrayList<>();
    for (String line :
        Files.readAllLines(
            root.resolve("demo/wikinews-en/articles.jsonl"), StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        JsonNode n = JSON.readTree(line);
        ObjectNode o = JSON.createObjectNode();
        o.put("url", "https://bench.example/wikinews/" + base.size());
        o.put("source", n.path("source").asText("Wikinews"));
        o.put("title", n.get("title").asText());
        o.put("text", n.get("text").asText());
        for (String f : List.of("published", "date")) {
          if (n.hasNonNull(f) && !o.has("published")) {
            o.put("published", n.get(f).asText());
          }
        }
        o.put("language", "en");
        base.add(o);
      }
    }
    Optional<Path> shared = SharedData.root();
    Path ecb = shared.map(p -> p.resolve("data").resolve(EcbPlus.RELATIVE)).orElse(null);
    int ecbCount = 0;
    if (ecb != null && Files.exists(ecb)) {
      for (EcbPlus.Doc d : EcbPlus.read(ecb)) {
        String text = d.input().text();
        String first = text.lines().findFirst().orElse("").strip();
        ObjectNode o = JSON.createObjectNode();
        o.put("url", "https://bench.example/ecb/" + d.input().id());
        o.put("source", "ECB+ topic " + d.topic());
        o.put("title", first.length() <= 100 ? first : first.substring(0, 97) + "...");
        o.put("text", text);
        o.put("language", "en");
        base.add(o);
        ecbCount++;
      }
    }
    List<String> lines = new ArrayList<>();
    for (ObjectNode o : base) {
      lines.add(JSON.writeValueAsString(o));
    }
    int copy = 1;
    while (lines.size() < min) {
      for (ObjectNode o : base) {
        if (lines.size() >= min) {
          break;
        }
        ObjectNode c = o.deepCopy();
        String tag = " (copy " + copy + ")";
        c.put("url", o.get("url").asText() + "?copy=" + copy);
        c.put("title", o.get("title").asText() + tag);
        StringBuilder text = new StringBuilder();
        for (String l : o.get("text").asText().split("\n")) {
          text.append(l.isBlank() ? l : l + tag).append('\n');
        }
        c.put("text", text.toString());
        lines.add(JSON.writeValueAsString(c));
      }
      copy++;
    }
    Files.write(out, lines, StandardCharsets.UTF_8);
    System.out.printf(
        "english stream: %d articles (%d demo Wikinews, %d ECB+, %d varied copies)%n",
        lines.size(), base.size() - ecbCount, ecbCount, lines.size() - base.size());
    return out;
  }

  // ---- measurements ----

  static long processCpu() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  static void resetPeaks() {
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      p.resetPeakUsage();
    }
    try {
      // Resets the kernel's peak-RSS mark (VmHWM) for this process.
      Files.writeString(Path.of("/proc/self/clear_refs"), "5");
    } catch (IOException | UnsupportedOperationException e) {
      // Not Linux, or not allowed: the peak then covers the whole process life.
    }
  }

  static double peakHeapMb() {
    long sum = 0;
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP && p.getPeakUsage() != null) {
        sum += p.getPeakUsage().getUsed();
      }
    }
    return sum / 1048576.0;
  }

  static double peakRssMb() {
    try {
      for (String l : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (l.startsWith("VmHWM:")) {
          return Long.parseLong(l.replaceAll("[^0-9]", "")) / 1024.0;
        }
      }
    } catch (IOException e) {
      // fall through
    }
    return Double.NaN;
  }

  static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
