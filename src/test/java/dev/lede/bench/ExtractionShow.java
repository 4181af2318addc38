package dev.lede.bench;

import dev.lede.extract.internal.ClassHints;
import dev.lede.extract.internal.HtmlDecoder;
import dev.lede.extract.internal.MainText;
import dev.lede.extract.internal.PageModel;
import java.nio.file.Path;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Development aid: prints the strategy and the text Lede extracts from named trafilatura-eval
 * development pages (held-out pages are refused, so tuning never sees one).
 *
 * <p>Usage: {@code bench/run-java dev.lede.bench.ExtractionShow PAGE_FILE...}
 */
public final class ExtractionShow {
  public static void main(String[] args) {
    Path dir = Path.of("..", "shared", "data", "extraction", "trafilatura-eval");
    for (ExtractionEval.SnippetDoc d : ExtractionEval.trafilatura(dir)) {
      if (!ExtractionDev.shown(d.id(), args)) continue;
      String html = HtmlDecoder.decode(d.bytes(), Optional.empty()).text();
      Document doc = Jsoup.parse(html, d.url());
      MainText.Result r = MainText.extract(PageModel.of(doc.body(), new ClassHints()));
      System.out.println("== " + d.id() + " strategy=" + r.strategy());
      for (var e : r.containers())
        System.out.println("   container <" + e.normalName() + " " + e.attributes() + ">");
      for (String p : r.paragraphs()) System.out.println("  | " + p);
    }
  }
}
