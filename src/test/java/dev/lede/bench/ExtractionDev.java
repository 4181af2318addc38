package dev.lede.bench;

import dev.lede.extract.ExtractedPage;
import dev.lede.extract.Extractor;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Development aid: scores the trafilatura-eval pages and writes per-page misses to a file. */
public final class ExtractionDev {
  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args.length > 0 ? args[0] : "../shared/data/extraction/trafilatura-eval");
    Path out = Path.of(args.length > 1 ? args[1] : "target/dev-misses.txt");
    List<ExtractionEval.SnippetDoc> docs = ExtractionEval.trafilatura(dir);
    ExtractionEval.Confusion total = new ExtractionEval.Confusion();
    try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out))) {
      for (ExtractionEval.SnippetDoc d : docs) {
        ExtractedPage p = Extractor.extract(d.bytes(), Optional.empty(), d.url());
        String text = p.text();
        ExtractionEval.Confusion c = ExtractionEval.score(text, d);
        total.add(c);
        if (c.fn > 0 || c.fp > 0) {
          w.printf("== %s fn=%d fp=%d len=%d %s%n", d.id(), c.fn, c.fp, text.length(), d.url());
          String n = ExtractionEval.norm(text);
          for (String s : d.with())
            if (!n.contains(ExtractionEval.norm(s))) w.println("  MISS " + s);
          for (String s : d.without())
            if (n.contains(ExtractionEval.norm(s))) w.println("  FP   " + s);
        }
      }
    }
    System.out.printf(
        "pages=%d P=%.3f R=%.3f F1=%.4f tp=%d fn=%d fp=%d tn=%d%n",
        docs.size(),
        total.precision(),
        total.recall(),
        total.f1(),
        total.tp,
        total.fn,
        total.fp,
        total.tn);
  }
}
