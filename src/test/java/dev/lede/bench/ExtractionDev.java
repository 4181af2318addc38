package dev.lede.bench;

import dev.lede.extract.ExtractedPage;
import dev.lede.extract.Extractor;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.zip.CRC32;

/**
 * Development aid for extraction tuning on the open sets, with a held-out quarter: pages whose id
 * hashes (CRC-32) to 0 mod 4 are held out. Prints P/R/F1 for the development and the held-out part
 * of trafilatura-eval (snippet metric) and of the readability test pages (token metric), and writes
 * the misses of development pages only to a file, so tuning never looks at a held-out page.
 *
 * <p>Usage: {@code bench/run-java dev.lede.bench.ExtractionDev [--dev-only] [MISSES_FILE]}; with
 * {@code --dev-only} held-out pages are not even extracted, so the held-out figure can be measured
 * once, at the end of a round of tuning. Beside the misses, {@code MISSES_FILE.pages.tsv} lists
 * every development page's precision, recall and F1 (set, page, P, R, F1, tp, fn, fp), worst first,
 * so failures can be grouped by page.
 *
 * <p>The development pages are also split by site into two halves ({@link #siteHalf}: CRC-32 of the
 * host, or of a readability page's name without its number), each scored apart. The held-out
 * quarter is drawn by page, so most of its sites also have development pages; a change judged on
 * one half's misses ({@code --look A} writes only half A's misses) and then scored on the other
 * half's sites shows whether it carries to sites nobody looked at, as the sealed pages require.
 */
public final class ExtractionDev {
  private static final Path SHARED = Path.of("..", "shared", "data", "extraction");

  /** Whether a page is in the held-out quarter (never inspected while tuning). */
  public static boolean heldOut(String id) {
    CRC32 crc = new CRC32();
    crc.update(id.getBytes(StandardCharsets.UTF_8));
    return crc.getValue() % 4 == 0;
  }

  /**
   * Whether a page-showing tool should show page {@code id}: named in {@code args} and a
   * development page (a held-out one is refused, saying so, so tuning never sees one).
   */
  static boolean shown(String id, String[] args) {
    if (!java.util.Arrays.asList(args).contains(id)) {
      return false;
    }
    if (heldOut(id)) {
      System.out.println("== " + id + ": held out, not shown");
      return false;
    }
    return true;
  }

  /**
   * Which half of the sites a page belongs to, "A" or "B": by its host without {@code www.} (a
   * trafilatura-eval page) or by its name without a trailing number ({@code nytimes-4} is {@code
   * nytimes}, a readability test page), so all pages of one site fall in one half.
   */
  static String siteHalf(String urlOrName) {
    CRC32 crc = new CRC32();
    crc.update(site(urlOrName).getBytes(StandardCharsets.UTF_8));
    return crc.getValue() % 2 == 0 ? "A" : "B";
  }

  /** A page's site: its host without {@code www.}, or its name without a trailing number. */
  static String site(String urlOrName) {
    String site = urlOrName;
    int scheme = site.indexOf("://");
    if (scheme >= 0) {
      site = site.substring(scheme + 3);
      int slash = site.indexOf('/');
      if (slash >= 0) site = site.substring(0, slash);
      if (site.startsWith("www.")) site = site.substring(4);
    } else {
      site = site.replaceFirst("-\\d+$", "");
    }
    return site.toLowerCase(java.util.Locale.ROOT);
  }

  public static void main(String[] args) throws Exception {
    if (!run(SHARED, args)) {
      System.out.println("skipped: " + SHARED + " is absent (the open extraction sets)");
    }
  }

  /**
   * Scores the development (and unless {@code --dev-only} the held-out) pages under {@code shared};
   * false, having read nothing, when the sets are not there (a checkout without {@code
   * ../shared/data}), so the bench skips instead of failing.
   */
  public static boolean run(Path shared, String[] args) throws Exception {
    if (!Files.isRegularFile(shared.resolve("trafilatura-eval").resolve("evaldata.json"))
        || !Files.isDirectory(shared.resolve("readability-test-pages").resolve("test-pages"))) {
      return false;
    }
    List<String> rest = new java.util.ArrayList<>(List.of(args));
    boolean devOnly = rest.remove("--dev-only");
    String look = null;
    int lookAt = rest.indexOf("--look");
    if (lookAt >= 0 && lookAt + 1 < rest.size()) {
      look = rest.get(lookAt + 1);
      rest.subList(lookAt, lookAt + 2).clear();
    }
    Path out = Path.of(rest.isEmpty() ? "target/dev-misses.txt" : rest.get(0));
    java.util.Map<String, ExtractionEval.Confusion> halves = new java.util.TreeMap<>();
    java.util.Map<String, TokenScore> rhalves = new java.util.TreeMap<>();
    java.util.Map<String, Integer> halfPages = new java.util.TreeMap<>();
    List<ExtractionEval.SnippetDoc> docs =
        ExtractionEval.trafilatura(shared.resolve("trafilatura-eval"));
    ExtractionEval.Confusion dev = new ExtractionEval.Confusion();
    ExtractionEval.Confusion held = new ExtractionEval.Confusion();
    int devPages = 0;
    List<PageScore> perPage = new java.util.ArrayList<>();
    try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out))) {
      for (ExtractionEval.SnippetDoc d : docs) {
        if (devOnly && heldOut(d.id())) continue;
        ExtractedPage page = Extractor.extract(d.bytes(), Optional.empty(), d.url());
        String text = page.text();
        ExtractionEval.Confusion c = ExtractionEval.score(text, d);
        if (heldOut(d.id())) {
          held.add(c);
          continue;
        }
        devPages++;
        dev.add(c);
        String half = siteHalf(d.url());
        halves.computeIfAbsent(half, h -> new ExtractionEval.Confusion()).add(c);
        halfPages.merge(half, 1, Integer::sum);
        if (look != null && !look.equals(half)) continue;
        perPage.add(
            new PageScore(
                "trafilatura-eval",
                d.id(),
                c.precision(),
                c.recall(),
                c.f1(),
                c.tp + " " + c.fn + " " + c.fp));
        if (c.fn > 0 || c.fp > 0) {
          w.printf("== %s fn=%d fp=%d len=%d %s%n", d.id(), c.fn, c.fp, text.length(), d.url());
          String n = ExtractionEval.norm(text);
          for (String s : d.with())
            if (!n.contains(ExtractionEval.norm(s))) w.println("  MISS " + s);
          for (String s : d.without())
            if (n.contains(ExtractionEval.norm(s))) w.println("  FP   " + s);
        }
      }
      TokenScore rdev = new TokenScore();
      TokenScore rheld = new TokenScore();
      for (ExtractionEval.ReadabilityDoc d :
          ExtractionEval.readability(shared.resolve("readability-test-pages"))) {
        if (devOnly && heldOut(d.id())) continue;
        ExtractedPage page =
            Extractor.extract(d.bytes(), Optional.empty(), "http://fakehost/test/page.html");
        if (heldOut(d.id())) {
          rheld.add(page.text(), d.expectedText());
        } else {
          rdev.add(page.text(), d.expectedText());
          String half = siteHalf(d.id());
          rhalves.computeIfAbsent(half, h -> new TokenScore()).add(page.text(), d.expectedText());
          if (look != null && !look.equals(half)) continue;
          double[] prf = ExtractionEval.tokenPrf(page.text(), d.expectedText());
          perPage.add(new PageScore("readability-pages", d.id(), prf[0], prf[1], prf[2], "- - -"));
          if (prf[2] < 0.9) {
            w.printf("== readability %s P=%.3f R=%.3f F1=%.3f%n", d.id(), prf[0], prf[1], prf[2]);
          }
        }
      }
      writePages(Path.of(out + ".pages.tsv"), perPage);
      // Only addresses are read here, never a held-out page's text or score.
      java.util.Set<String> devSites = new java.util.HashSet<>();
      for (ExtractionEval.SnippetDoc d : docs) if (!heldOut(d.id())) devSites.add(site(d.url()));
      long sharedSites =
          docs.stream()
              .filter(d -> heldOut(d.id()))
              .filter(d -> devSites.contains(site(d.url())))
              .count();
      System.out.printf(
          "trafilatura-eval held-out pages=%d, of which %d on a site with development pages%n",
          docs.stream().filter(d -> heldOut(d.id())).count(), sharedSites);
      row("trafilatura-eval", "dev", devPages, dev);
      rdev.print("dev");
      for (var h : halves.entrySet()) {
        row("trafilatura-eval", "dev " + h.getKey(), halfPages.get(h.getKey()), h.getValue());
      }
      for (var h : rhalves.entrySet()) h.getValue().print("dev " + h.getKey());
      if (!devOnly) {
        row("trafilatura-eval", "held-out", docs.size() - devPages, held);
        rheld.print("held-out");
      }
    }
    return true;
  }

  /** One development page's score; counts are "tp fn fp" for snippet pages. */
  private record PageScore(String set, String id, double p, double r, double f1, String counts) {}

  private static void writePages(Path file, List<PageScore> pages) throws java.io.IOException {
    List<PageScore> sorted = new java.util.ArrayList<>(pages);
    sorted.sort(java.util.Comparator.comparingDouble(PageScore::f1));
    try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(file))) {
      w.println("set\tpage\tP\tR\tF1\ttp fn fp");
      for (PageScore s : sorted) {
        w.printf(
            java.util.Locale.ROOT,
            "%s\t%s\t%.3f\t%.3f\t%.3f\t%s%n",
            s.set(),
            s.id(),
            s.p(),
            s.r(),
            s.f1(),
            s.counts());
      }
    }
  }

  private static void row(String set, String part, int pages, ExtractionEval.Confusion c) {
    System.out.printf(
        "%-18s %-9s pages=%4d P=%.4f R=%.4f F1=%.4f (tp=%d fn=%d fp=%d tn=%d)%n",
        set, part, pages, c.precision(), c.recall(), c.f1(), c.tp, c.fn, c.fp, c.tn);
  }

  /** Mean per-page token precision, recall and F1 against expected.html. */
  private static final class TokenScore {
    int n;
    double p;
    double r;
    double f1;

    void add(String actual, String expected) {
      double[] prf = ExtractionEval.tokenPrf(actual, expected);
      n++;
      p += prf[0];
      r += prf[1];
      f1 += prf[2];
    }

    void print(String part) {
      System.out.printf(
          "%-18s %-9s pages=%4d P=%.4f R=%.4f F1=%.4f (mean token scores)%n",
          "readability-pages", part, n, p / n, r / n, f1 / n);
    }
  }
}
