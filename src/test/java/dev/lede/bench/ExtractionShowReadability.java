package dev.lede.bench;

import dev.lede.extract.ExtractedPage;
import dev.lede.extract.Extractor;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Development aid: prints Lede's paragraphs and the expected text of named readability test pages
 * (held-out pages are refused, so tuning never sees one).
 *
 * <p>Usage: {@code bench/run-java dev.lede.bench.ExtractionShowReadability PAGE...}
 */
public final class ExtractionShowReadability {
  public static void main(String[] args) {
    Path dir = Path.of("..", "shared", "data", "extraction", "readability-test-pages");
    for (ExtractionEval.ReadabilityDoc d : ExtractionEval.readability(dir)) {
      if (!ExtractionDev.shown(d.id(), args)) continue;
      ExtractedPage page =
          Extractor.extract(d.bytes(), Optional.empty(), "http://fakehost/test/page.html");
      double[] prf = ExtractionEval.tokenPrf(page.text(), d.expectedText());
      System.out.printf("== %s P=%.3f R=%.3f F1=%.3f%n", d.id(), prf[0], prf[1], prf[2]);
      for (String p : page.paragraphs()) System.out.println("  | " + p);
      System.out.println("  expected: " + d.expectedText());
    }
  }
}
