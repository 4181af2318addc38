package dev.lede.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lede.extract.ExtractedPage;
import dev.lede.extract.Extractor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Extraction benchmark: quality (snippet P/R/F1 on trafilatura-eval, token F1 and title/byline
 * match on readability test pages) and single-thread speed, for Lede and, when its outputs are
 * present, Mozilla Readability run by {@code bench/readability/run.mjs} over the same file list.
 *
 * <p>Usage: {@code ExtractionBench list OUT.json} writes the page list for the node runner; {@code
 * ExtractionBench report [READABILITY_OUT_DIR]} measures Lede and prints the table.
 */
public final class ExtractionBench {
  private static final Path SHARED = Path.of("..", "shared", "data", "extraction");
  private static final Path TRAF = SHARED.resolve("trafilatura-eval");
  private static final Path READ = SHARED.resolve("readability-test-pages");

  public static void main(String[] args) throws Exception {
    String cmd = args.length > 0 ? args[0] : "report";
    if (cmd.equals("list")) {
      writeList(Path.of(args[1]));
      return;
    }
    Optional<Path> readabilityOut =
        args.length > 1 ? Optional.of(Path.of(args[1])) : Optional.empty();
    List<ExtractionEval.SnippetDoc> traf = ExtractionEval.trafilatura(TRAF);
    List<ExtractionEval.ReadabilityDoc> read = ExtractionEval.readability(READ);
    List<Row> rows = new ArrayList<>();
    rows.add(ledeTrafilatura(traf));
    readabilityOut.flatMap(d -> readabilityTrafilatura(traf, d)).ifPresent(rows::add);
    rows.add(ledeReadability(read));
    readabilityOut.flatMap(d -> readabilityReadability(read, d)).ifPresent(rows::add);
    print(rows);
  }

  record Row(
      String extractor,
      String dataset,
      int pages,
      double p,
      double r,
      double f1,
      double title,
      double titleNorm,
      double byline,
      double bylineNorm,
      double pagesPerSec) {}

  private static void writeList(Path out) throws Exception {
    ObjectMapper om = new ObjectMapper();
    ArrayNode arr = om.createArrayNode();
    for (ExtractionEval.SnippetDoc d : ExtractionEval.trafilatura(TRAF)) {
      ObjectNode o = arr.addObject();
      o.put("dataset", "trafilatura");
      o.put("id", d.id());
      o.put("path", d.file().toAbsolutePath().toString());
      o.put("url", d.url());
    }
    for (ExtractionEval.ReadabilityDoc d : ExtractionEval.readability(READ)) {
      ObjectNode o = arr.addObject();
      o.put("dataset", "readability");
      o.put("id", d.id());
      o.put("path", d.source().toAbsolutePath().toString());
      o.put("url", "http://fakehost/test/page.html");
    }
    Files.writeString(out, om.writeValueAsString(arr));
  }

  /**
   * Process CPU seconds (all threads, like node's process.cpuUsage), so shared-machine load does
   * not count.
   */
  private static double cpuSeconds() {
    var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
      return sun.getProcessCpuTime() / 1e9;
    }
    return System.nanoTime() / 1e9;
  }

  private static Row ledeTrafilatura(List<ExtractionEval.SnippetDoc> docs) {
    List<byte[]> bodies = new ArrayList<>();
    for (ExtractionEval.SnippetDoc d : docs) bodies.add(d.bytes());
    // warm-up so the JIT has compiled the hot paths before timing
    for (int k = 0; k < 2; k++) {
      for (int i = 0; i < docs.size(); i++) {
        Extractor.extract(bodies.get(i), Optional.empty(), docs.get(i).url());
      }
    }
    ExtractionEval.Confusion total = new ExtractionEval.Confusion();
    List<String> texts = new ArrayList<>();
    double secs = Double.MAX_VALUE;
    for (int run = 0; run < 3; run++) {
      texts.clear();
      double t0 = cpuSeconds();
      for (int i = 0; i < docs.size(); i++) {
        texts.add(Extractor.extract(bodies.get(i), Optional.empty(), docs.get(i).url()).text());
      }
      secs = Math.min(secs, cpuSeconds() - t0);
    }
    for (int i = 0; i < docs.size(); i++)
      total.add(ExtractionEval.score(texts.get(i), docs.get(i)));
    return new Row(
        "lede",
        "trafilatura-eval",
        docs.size(),
        total.precision(),
        total.recall(),
        total.f1(),
        Double.NaN,
        Double.NaN,
        Double.NaN,
        Double.NaN,
        docs.size() / secs);
  }

  private static Optional<Row> readabilityTrafilatura(
      List<ExtractionEval.SnippetDoc> docs, Path dir) {
    Path outDir = dir.resolve("trafilatura");
    if (!Files.isDirectory(outDir)) return Optional.empty();
    ExtractionEval.Confusion total = new ExtractionEval.Confusion();
    for (ExtractionEval.SnippetDoc d : docs) {
      total.add(ExtractionEval.score(readText(outDir.resolve(d.id() + ".txt")), d));
    }
    return Optional.of(
        new Row(
            "readability.js",
            "trafilatura-eval",
            docs.size(),
            total.precision(),
            total.recall(),
            total.f1(),
            Double.NaN,
            Double.NaN,
            Double.NaN,
            Double.NaN,
            speed(dir.resolve("trafilatura.speed"))));
  }

  private static Row ledeReadability(List<ExtractionEval.ReadabilityDoc> docs) {
    List<byte[]> bodies = new ArrayList<>();
    for (ExtractionEval.ReadabilityDoc d : docs) bodies.add(d.bytes());
    String base = "http://fakehost/test/page.html";
    for (int k = 0; k < 3; k++) {
      for (byte[] b : bodies) Extractor.extract(b, Optional.empty(), base);
    }
    List<ExtractedPage> pages = new ArrayList<>();
    double secs = Double.MAX_VALUE;
    for (int run = 0; run < 3; run++) {
      pages.clear();
      double t0 = cpuSeconds();
      for (byte[] b : bodies) pages.add(Extractor.extract(b, Optional.empty(), base));
      secs = Math.min(secs, cpuSeconds() - t0);
    }
    Scores s = new Scores();
    for (int i = 0; i < docs.size(); i++) {
      ExtractedPage p = pages.get(i);
      s.add(docs.get(i), p.text(), p.title().orElse(""), p.byline().orElse(""));
    }
    return s.row("lede", docs.size() / secs);
  }

  private static Optional<Row> readabilityReadability(
      List<ExtractionEval.ReadabilityDoc> docs, Path dir) {
    Path outDir = dir.resolve("readability");
    if (!Files.isDirectory(outDir)) return Optional.empty();
    Scores s = new Scores();
    ObjectMapper om = new ObjectMapper();
    for (ExtractionEval.ReadabilityDoc d : docs) {
      String title = "";
      String byline = "";
      Path meta = outDir.resolve(d.id() + ".json");
      if (Files.exists(meta)) {
        try {
          var n = om.readTree(meta.toFile());
          title = n.path("title").asText("");
          byline = n.path("byline").asText("");
        } catch (Exception e) {
          // missing metadata counts as a miss
        }
      }
      s.add(d, readText(outDir.resolve(d.id() + ".txt")), title, byline);
    }
    return Optional.of(s.row("readability.js", speed(dir.resolve("readability.speed"))));
  }

  /** Readability-page scores: mean token F1, exact and normalised title/byline matches. */
  private static final class Scores {
    double tokenF1;
    int n, title, titleNorm, byline, bylineNorm;

    void add(ExtractionEval.ReadabilityDoc d, String text, String t, String b) {
      n++;
      tokenF1 += ExtractionEval.tokenF1(text, d.expectedText());
      if (t.trim().equals(d.title().trim())) title++;
      if (ExtractionEval.normalizedMeta(t).equals(ExtractionEval.normalizedMeta(d.title()))) {
        titleNorm++;
      }
      if (b.trim().equals(d.byline().trim())) byline++;
      if (ExtractionEval.normalizedMeta(b).equals(ExtractionEval.normalizedMeta(d.byline()))) {
        bylineNorm++;
      }
    }

    Row row(String extractor, double speed) {
      return new Row(
          extractor,
          "readability-pages",
          n,
          Double.NaN,
          Double.NaN,
          tokenF1 / n,
          (double) title / n,
          (double) titleNorm / n,
          (double) byline / n,
          (double) bylineNorm / n,
          speed);
    }
  }

  private static String readText(Path p) {
    try {
      return Files.exists(p) ? Files.readString(p, StandardCharsets.UTF_8) : "";
    } catch (Exception e) {
      return "";
    }
  }

  private static double speed(Path p) {
    String s = readText(p).trim();
    try {
      return s.isEmpty() ? Double.NaN : Double.parseDouble(s.split(" ")[0]);
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }

  private static void print(List<Row> rows) {
    System.out.println();
    System.out.printf(
        "%-15s %-18s %5s %6s %6s %6s %7s %7s %7s %7s %10s%n",
        "extractor",
        "dataset",
        "pages",
        "P",
        "R",
        "F1*",
        "title",
        "title~",
        "byline",
        "byline~",
        "pages/cpu-s");
    for (Row r : rows) {
      System.out.printf(
          "%-15s %-18s %5d %6s %6s %6s %7s %7s %7s %7s %10s%n",
          r.extractor(),
          r.dataset(),
          r.pages(),
          fmt(r.p()),
          fmt(r.r()),
          fmt(r.f1()),
          fmt(r.title()),
          fmt(r.titleNorm()),
          fmt(r.byline()),
          fmt(r.bylineNorm()),
          Double.isNaN(r.pagesPerSec()) ? "-" : String.format("%.1f", r.pagesPerSec()));
    }
    System.out.println(
        "F1* = snippet F1 on trafilatura-eval (published: trafilatura 0.924, readability-lxml"
            + " 0.826); mean token F1 vs expected.html on readability pages.");
    System.out.println(
        "title~/byline~ = match after lower-casing and dropping punctuation/\"by\".");
    double lede = Double.NaN;
    double js = Double.NaN;
    for (Row r : rows) {
      if (r.dataset().equals("trafilatura-eval") && r.extractor().equals("lede"))
        lede = r.pagesPerSec();
      if (r.dataset().equals("trafilatura-eval") && r.extractor().equals("readability.js"))
        js = r.pagesPerSec();
    }
    if (!Double.isNaN(lede) && !Double.isNaN(js)) {
      System.out.printf("speed ratio lede/readability.js on trafilatura-eval: %.1fx%n", lede / js);
    }
  }

  private static String fmt(double d) {
    return Double.isNaN(d) ? "-" : String.format("%.3f", d);
  }
}
