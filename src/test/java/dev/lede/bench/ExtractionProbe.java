package dev.lede.bench;

import dev.lede.extract.ExtractedPage;
import dev.lede.extract.Extractor;
import dev.lede.extract.internal.HtmlDecoder;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Development aid: what a class of markup holds on the trafilatura-eval development pages. For a
 * CSS selector, counts the gold snippets that sit inside an element it matches (the smallest
 * element holding the snippet, or one of its ancestors), split into wanted ("with") and unwanted
 * ("without") snippets and into extracted now or not, so the effect of dropping or keeping the
 * class is known before a rule is written. Held-out pages are skipped.
 *
 * <p>Usage: {@code bench/run-java dev.lede.bench.ExtractionProbe [--list] SELECTOR...}: one line of
 * counts per selector; {@code --list} also prints each snippet counted, with the length of the
 * matched element's text.
 */
public final class ExtractionProbe {
  public static void main(String[] args) {
    boolean list = args[0].equals("--list");
    List<String> selectors = List.of(args).subList(list ? 1 : 0, args.length);
    Path dir = Path.of("..", "shared", "data", "extraction", "trafilatura-eval");
    int[][][] counts = new int[selectors.size()][2][2]; // [selector][with?0:1][extracted?0:1]
    int[] pages = new int[selectors.size()];
    for (ExtractionEval.SnippetDoc d : ExtractionEval.trafilatura(dir)) {
      if (ExtractionDev.heldOut(d.id())) continue;
      Document doc = Jsoup.parse(HtmlDecoder.decode(d.bytes(), Optional.empty()).text(), d.url());
      if (doc.body() == null) continue;
      String n = null;
      for (int k = 0; k < selectors.size(); k++) {
        String selector = selectors.get(k);
        if (doc.body().select(selector).isEmpty()) continue;
        pages[k]++;
        for (int kind = 0; kind < 2; kind++) {
          for (String s : kind == 0 ? d.with() : d.without()) {
            Element at = ExtractionWhere.smallest(doc.body(), ExtractionEval.norm(s));
            if (at == null || at.closest(selector) == null) continue;
            if (n == null) {
              ExtractedPage page = Extractor.extract(d.bytes(), Optional.empty(), d.url());
              n = ExtractionEval.norm(page.text());
            }
            boolean in = n.contains(ExtractionEval.norm(s));
            counts[k][kind][in ? 0 : 1]++;
            if (list) {
              System.out.printf(
                  "%-7s %-9s %s [%d] | %s | %s%n",
                  kind == 0 ? "WITH" : "WITHOUT",
                  in ? "kept" : "dropped",
                  selector,
                  at.closest(selector).text().length(),
                  d.id(),
                  s.strip().length() > 80 ? s.strip().substring(0, 80) : s.strip());
            }
          }
        }
      }
    }
    for (int k = 0; k < selectors.size(); k++) {
      System.out.printf(
          "%-50s pages %3d | with kept %3d dropped %3d | without kept %3d dropped %3d%n",
          selectors.get(k),
          pages[k],
          counts[k][0][0],
          counts[k][0][1],
          counts[k][1][0],
          counts[k][1][1]);
    }
  }
}
