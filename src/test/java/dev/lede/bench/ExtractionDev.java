package dev.lede.bench;

import dev.lede.extract.internal.ClassHints;
import dev.lede.extract.internal.HtmlDecoder;
import dev.lede.extract.internal.MainText;
import dev.lede.extract.internal.PageModel;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Development aid: scores the trafilatura-eval pages and writes per-page misses to a file. */
public final class ExtractionDev {
  static String describe(org.jsoup.nodes.Element e) {
    return e.tagName()
        + (e.id().isEmpty() ? "" : "#" + e.id())
        + (e.className().isEmpty() ? "" : "." + e.className().trim().replace(' ', '.'));
  }

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args.length > 0 ? args[0] : "../shared/data/extraction/trafilatura-eval");
    Path out = Path.of(args.length > 1 ? args[1] : "target/dev-misses.txt");
    List<ExtractionEval.SnippetDoc> docs = ExtractionEval.trafilatura(dir);
    ExtractionEval.Confusion total = new ExtractionEval.Confusion();
    try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out))) {
      for (ExtractionEval.SnippetDoc d : docs) {
        String html = HtmlDecoder.decode(d.bytes(), Optional.empty()).text();
        org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parse(html, d.url());
        MainText.Result r = MainText.extract(PageModel.of(doc.body(), new ClassHints()));
        String text = String.join("\n\n", r.paragraphs());
        ExtractionEval.Confusion c = ExtractionEval.score(text, d);
        total.add(c);
        if (c.fn > 0 || c.fp > 0) {
          w.printf(
              "== %s fn=%d fp=%d len=%d %s %s %s%n",
              d.id(),
              c.fn,
              c.fp,
              text.length(),
              r.strategy(),
              r.containers().isEmpty() ? "" : describe(r.containers().get(0)),
              d.url());
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
