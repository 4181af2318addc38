package dev.lede.bench;

import dev.lede.extract.ExtractedPage;
import dev.lede.extract.Extractor;
import dev.lede.extract.internal.HtmlDecoder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Development aid: how the gold treats the text inside some kind of markup, before a rule is
 * written for it. For each CSS selector, counts the trafilatura-eval development snippets whose
 * smallest element sits inside a match: wanted ones kept and lost, boilerplate ones kept and
 * dropped, with the pages. A rule that keeps or drops such text is worth writing only when the gold
 * treats it one way on most pages. Held-out pages are skipped.
 *
 * <p>Usage: {@code bench/run-java dev.lede.bench.ExtractionInside SELECTOR...}, e.g. {@code
 * figcaption "[class*=teaser]"}
 */
public final class ExtractionInside {
  public static void main(String[] args) {
    int k = args.length;
    int[][] counts = new int[k][4]; // with kept, with lost, without kept, without dropped
    List<List<String>> examples = new ArrayList<>();
    for (int i = 0; i < k; i++) examples.add(new ArrayList<>());
    Path dir = Path.of("..", "shared", "data", "extraction", "trafilatura-eval");
    for (ExtractionEval.SnippetDoc d : ExtractionEval.trafilatura(dir)) {
      if (ExtractionDev.heldOut(d.id())) continue;
      ExtractedPage page = Extractor.extract(d.bytes(), Optional.empty(), d.url());
      String n = ExtractionEval.norm(page.text());
      Document doc = Jsoup.parse(HtmlDecoder.decode(d.bytes(), Optional.empty()).text(), d.url());
      for (int w = 0; w < 2; w++) {
        for (String s : w == 0 ? d.with() : d.without()) {
          Element at = ExtractionWhere.smallest(doc.body(), ExtractionEval.norm(s));
          if (at == null) continue;
          boolean kept = n.contains(ExtractionEval.norm(s));
          for (int i = 0; i < k; i++) {
            Element m = at.closest(args[i]);
            if (m == null) continue;
            counts[i][w * 2 + (kept ? 0 : 1)]++;
            examples
                .get(i)
                .add(
                    (w == 0 ? (kept ? "with kept    " : "with LOST    ") : "")
                        + (w == 1 ? (kept ? "without KEPT " : "without drop ") : "")
                        + d.id()
                        + " | "
                        + cut(s));
          }
        }
      }
    }
    for (int i = 0; i < k; i++) {
      System.out.printf(
          "== %s: with kept %d, with lost %d, without kept %d, without dropped %d%n",
          args[i], counts[i][0], counts[i][1], counts[i][2], counts[i][3]);
      for (String e : examples.get(i)) System.out.println("   " + e);
    }
  }

  private static String cut(String s) {
    String t = s.strip();
    return t.length() > 80 ? t.substring(0, 80) : t;
  }
}
