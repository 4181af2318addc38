package dev.lede.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lede.nlp.AliasGold;
import dev.lede.nlp.Analysis;
import dev.lede.nlp.CorpusFixtures;
import dev.lede.nlp.MiniLmEmbedder;
import dev.lede.nlp.Nlp;
import dev.lede.nlp.Sentence;
import dev.lede.testing.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Throughput and quality of dev.lede.nlp: analyze() articles/s on the demo corpus, MiniLM embedding
 * sentences/s on 1 and 2 threads at batch sizes 1/16/64, model load time, and alias merging
 * precision/recall on the hand-checked pairs. Run with {@code bench/nlp}.
 */
public final class NlpBench {
  private record Doc(String title, String text, String language) {}

  public static void main(String[] args) throws Exception {
    int embedSentences = args.length > 0 ? Integer.parseInt(args[0]) : 192;
    List<Doc> docs = corpus();
    System.out.printf(
        "corpus: %d articles, %d chars%n",
        docs.size(), docs.stream().mapToLong(d -> d.text().length()).sum());

    // analyze(): one warm-up pass, then timed passes.
    analyzeAll(docs);
    int passes = 3;
    long t0 = System.nanoTime();
    long sentences = 0;
    for (int p = 0; p < passes; p++) {
      sentences += analyzeAll(docs);
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    System.out.println();
    System.out.println("| measure | value |");
    System.out.println("|---|---|");
    System.out.printf(
        "| analyze() articles/s (1 thread) | %.0f |%n", docs.size() * passes / seconds);
    System.out.printf(
        "| analyze() ms/article (mean) | %.2f |%n", seconds * 1000 / (docs.size() * passes));
    System.out.printf("| analyze() sentences/s | %.0f |%n", sentences / seconds);

    AliasGold.Result r = AliasGold.evaluate();
    System.out.printf(
        "| alias merge precision (%d pairs) | %.3f |%n", r.pairs().size(), r.precision());
    System.out.printf("| alias merge recall | %.3f |%n", r.recall());
    System.out.printf(
        "| alias merge tp/fp/fn/tn | %d/%d/%d/%d |%n",
        r.truePositives(), r.falsePositives(), r.falseNegatives(), r.trueNegatives());

    List<String> texts = new ArrayList<>();
    for (Doc d : docs) {
      for (Sentence s : Nlp.analyze(d.title(), d.text(), Optional.empty()).sentences()) {
        if (s.text().length() >= 30 && texts.size() < embedSentences + 32) {
          texts.add(s.text());
        }
      }
    }
    List<String> warm = texts.subList(0, 32);
    List<String> timed = texts.subList(32, texts.size());
    double meanChars = timed.stream().mapToInt(String::length).average().orElse(0);
    long l0 = System.nanoTime();
    try (MiniLmEmbedder first = MiniLmEmbedder.create(1)) {
      double wall = (System.nanoTime() - l0) / 1e6;
      System.out.printf(
          "| MiniLM model load (ms, in-JVM) | %.0f (first create: %.0f) |%n",
          MiniLmEmbedder.modelLoadTime().orElseThrow().toNanos() / 1e6, wall);
      // JIT and ONNX warm-up, not timed.
      first.embed(warm);
      first.embed(warm);
    }
    System.out.printf(
        "| embedding sentences (mean chars) | %d (%.0f) |%n", timed.size(), meanChars);
    System.out.printf("| load average during embedding | %s |%n", LoadAverage.now());
    // Wall-clock sentences/s depends on what else runs on the machine; CPU ms per sentence (the
    // model's own threads) does not, and 1000 / it is what one free core does.
    for (int threads : new int[] {1, 2}) {
      try (MiniLmEmbedder e = MiniLmEmbedder.create(threads)) {
        e.embed(warm);
        // A batch of one runs on the calling thread: a second thread cannot help it.
        int[] batches = threads == 1 ? new int[] {1, 16, 64} : new int[] {16, 64};
        for (int batch : batches) {
          long c0 = MiniLmEmbedder.inferenceCpu().toNanos();
          long b0 = System.nanoTime();
          for (int i = 0; i < timed.size(); i += batch) {
            e.embed(timed.subList(i, Math.min(timed.size(), i + batch)));
          }
          double s = (System.nanoTime() - b0) / 1e9;
          double cpuMs = (MiniLmEmbedder.inferenceCpu().toNanos() - c0) / 1e6 / timed.size();
          System.out.printf(
              "| embed sentences/s, %d thread(s), batch %d | %.0f (%.1f CPU ms/sentence, %.0f/s"
                  + " per busy core) |%n",
              threads, batch, timed.size() / s, cpuMs, 1000 / cpuMs);
        }
      }
    }
  }

  private static long analyzeAll(List<Doc> docs) {
    long n = 0;
    for (Doc d : docs) {
      Analysis a = Nlp.analyze(d.title(), d.text(), Optional.of(d.language()));
      n += a.sentences().size();
    }
    return n;
  }

  /** The demo corpus read in place (English + Korean Wikinews); the fixtures when it is absent. */
  private static List<Doc> corpus() throws IOException {
    List<Doc> out = new ArrayList<>();
    Optional<Path> root = SharedData.root();
    if (root.isPresent()) {
      Path c = root.get().resolve("data/corpus");
      ObjectMapper om = new ObjectMapper();
      for (String file :
          List.of("wikinews-en-timeline/articles.jsonl", "wikinews-ko/wikinews_ko.jsonl")) {
        Path p = c.resolve(file);
        if (!Files.exists(p)) {
          continue;
        }
        for (String line : Files.readAllLines(p)) {
          if (line.isBlank()) {
            continue;
          }
          JsonNode j = om.readTree(line);
          out.add(
              new Doc(j.get("title").asText(), j.get("text").asText(), j.get("language").asText()));
        }
      }
    }
    if (out.isEmpty()) {
      System.out.println("(../shared/data absent: using the 25 test fixtures)");
      for (CorpusFixtures.Doc d : CorpusFixtures.docs().values()) {
        out.add(new Doc(d.title(), d.text(), "und"));
      }
    }
    return out;
  }
}
