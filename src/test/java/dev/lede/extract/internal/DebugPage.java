package dev.lede.extract.internal;

import dev.lede.bench.ExtractionEval;
import java.nio.file.Path;
import java.util.Optional;

/** Development aid: shows where snippets of one trafilatura-eval page sit in the block model. */
public final class DebugPage {
  public static void main(String[] args) {
    Path dir = Path.of("../shared/data/extraction/trafilatura-eval");
    if (args[0].equals("--all")) {
      all(dir);
      return;
    }
    for (ExtractionEval.SnippetDoc d : ExtractionEval.trafilatura(dir)) {
      if (!d.id().equals(args[0]) || dev.lede.bench.ExtractionDev.heldOut(d.id())) continue;
      String html = HtmlDecoder.decode(d.bytes(), Optional.empty()).text();
      org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parse(html, d.url());
      PageModel pm = PageModel.of(doc.body(), new ClassHints());
      MainText.Result r = MainText.extract(pm);
      System.out.println("strategy=" + r.strategy() + " containers=" + r.containers().size());
      for (var c : r.containers()) System.out.println("  container " + path(c));
      for (String s : d.with()) show("WITH", s, pm);
      for (String s : d.without()) show("WITHOUT", s, pm);
      if (args.length > 1) {
        for (String p : r.paragraphs()) System.out.println("  | " + p);
      }
    }
  }

  private static void all(Path dir) {
    for (ExtractionEval.SnippetDoc d : ExtractionEval.trafilatura(dir)) {
      // Held-out pages (ExtractionDev) are never inspected.
      if (dev.lede.bench.ExtractionDev.heldOut(d.id())) continue;
      String html = HtmlDecoder.decode(d.bytes(), Optional.empty()).text();
      org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parse(html, d.url());
      PageModel pm = PageModel.of(doc.body(), new ClassHints());
      MainText.Result r = MainText.extract(pm);
      String text = ExtractionEval.norm(String.join(" ", r.paragraphs()));
      boolean header = false;
      for (String s : d.with()) {
        if (text.contains(ExtractionEval.norm(s))) continue;
        if (!header)
          System.out.println(
              "== "
                  + d.id()
                  + " "
                  + r.strategy()
                  + " "
                  + (r.containers().isEmpty() ? "" : path(r.containers().get(0))));
        header = true;
        show("MISS", s, pm);
        System.out.println("REASON " + reason(s, pm, r));
      }
      for (String s : d.without()) {
        if (!text.contains(ExtractionEval.norm(s))) continue;
        if (!header)
          System.out.println(
              "== "
                  + d.id()
                  + " "
                  + r.strategy()
                  + " "
                  + (r.containers().isEmpty() ? "" : path(r.containers().get(0))));
        header = true;
        show("FP", s, pm);
      }
    }
  }

  private static String reason(String snippet, PageModel pm, MainText.Result r) {
    String n = ExtractionEval.norm(snippet);
    for (Block b : pm.blocks) {
      if (!ExtractionEval.norm(b.text()).contains(n)) continue;
      boolean ex = false;
      for (Box x = b.owner(); x != null; x = x.parent) if (x.boilerplate) ex = true;
      boolean inside = false;
      for (var c : r.containers()) {
        for (org.jsoup.nodes.Element e = b.owner().element; e != null; e = e.parent()) {
          if (e == c) inside = true;
        }
      }
      return (inside ? "inside" : "outside")
          + (ex ? "-excluded" : "")
          + " "
          + r.strategy()
          + " "
          + dropReason(b);
    }
    return "spans-blocks-or-absent " + r.strategy();
  }

  /** Which emission filter of {@link MainText} a block meets (reflection: they are private). */
  static String dropReason(Block b) {
    StringBuilder out = new StringBuilder();
    if (b.linkDensity() > 0.75 || (b.linkDensity() > 0.5 && b.text().length() < 200)) {
      out.append("link-dense ");
    }
    String t = b.text();
    if (Boilerplate.isLabel(t)) out.append("label ");
    if (Boilerplate.isTeaser(t, b.linkLength())) out.append("teaser ");
    if (BoilerplateLines.matches(t)) out.append("word-list ");
    if (b.tag() != Tag.CELL && DateLines.matches(t)) out.append("date-line ");
    if (b.owner().tag == Tag.HEADING && b.owner().element.normalName().equals("h1")) {
      out.append("h1 ");
    }
    if (BoilerplateLines.marksBox(t)) out.append("appeal-line ");
    return out.append("tag=").append(b.owner().tag).toString();
  }

  private static void show(String kind, String snippet, PageModel pm) {
    String n = ExtractionEval.norm(snippet);
    boolean found = false;
    for (Block b : pm.blocks) {
      if (b.text().contains(n) || ExtractionEval.norm(b.text()).contains(n)) {
        found = true;
        StringBuilder chain = new StringBuilder();
        for (Box x = b.owner(); x != null; x = x.parent) {
          chain.insert(0, (x.boilerplate ? "!" : "") + x + " > ");
        }
        System.out.printf(
            "%s [%s] ld=%.2f len=%d%n   %s%n",
            kind, snippet, b.linkDensity(), b.text().length(), chain);
      }
    }
    if (!found) System.out.printf("%s [%s] NOT IN ANY BLOCK%n", kind, snippet);
  }

  static String path(org.jsoup.nodes.Element e) {
    StringBuilder b = new StringBuilder();
    for (org.jsoup.nodes.Element x = e; x != null; x = x.parent()) {
      b.insert(
          0,
          x.tagName()
              + (x.id().isEmpty() ? "" : "#" + x.id())
              + (x.className().isEmpty() ? "" : "." + x.className().trim().replace(' ', '.'))
              + " > ");
    }
    return b.toString();
  }
}
