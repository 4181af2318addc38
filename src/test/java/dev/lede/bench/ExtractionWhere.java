package dev.lede.bench;

import dev.lede.extract.ExtractedPage;
import dev.lede.extract.Extractor;
import dev.lede.extract.internal.HtmlDecoder;
import java.nio.file.Path;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Development aid: for each kept-boilerplate snippet (and, with {@code --misses}, each missed one)
 * of the trafilatura-eval development pages, prints the markup path of the smallest element holding
 * it, so rules can be written from where boilerplate sits. Held-out pages are skipped.
 *
 * <p>Usage: {@code bench/run-java dev.lede.bench.ExtractionWhere [--misses] [PAGE_FILE...]}
 */
public final class ExtractionWhere {
  public static void main(String[] args) {
    boolean misses = false;
    java.util.Set<String> only = new java.util.HashSet<>();
    for (String a : args) {
      if (a.equals("--misses")) misses = true;
      else only.add(a);
    }
    Path dir = Path.of("..", "shared", "data", "extraction", "trafilatura-eval");
    for (ExtractionEval.SnippetDoc d : ExtractionEval.trafilatura(dir)) {
      if (ExtractionDev.heldOut(d.id())) continue;
      if (!only.isEmpty() && !only.contains(d.id())) continue;
      ExtractedPage page = Extractor.extract(d.bytes(), Optional.empty(), d.url());
      String n = ExtractionEval.norm(page.text());
      Document doc = null;
      for (String s : misses ? d.with() : d.without()) {
        boolean in = n.contains(ExtractionEval.norm(s));
        if (in == misses) continue;
        if (doc == null) {
          doc = Jsoup.parse(HtmlDecoder.decode(d.bytes(), Optional.empty()).text(), d.url());
        }
        System.out.println("== " + d.id() + (misses ? " MISS " : " FP ") + s.strip());
        Element at = smallest(doc.body(), ExtractionEval.norm(s));
        if (at == null) {
          System.out.println("   (not found in markup)");
          continue;
        }
        StringBuilder path = new StringBuilder();
        for (Element e = at; e != null && e != doc.body(); e = e.parent()) {
          path.insert(0, " > " + label(e));
        }
        System.out.println("   path:" + path);
        String t = at.text();
        System.out.println(
            "   text[" + t.length() + "]: " + (t.length() > 200 ? t.substring(0, 200) : t));
      }
    }
  }

  private static String label(Element e) {
    StringBuilder b = new StringBuilder(e.normalName());
    if (!e.id().isEmpty()) b.append('#').append(e.id());
    String c = e.className().trim();
    if (!c.isEmpty()) b.append('.').append(c.replaceAll("\\s+", "."));
    if (b.length() > 70) b.setLength(70);
    return b.toString();
  }

  /**
   * The smallest element under {@code root} whose normalised text holds {@code snippet}, or null.
   */
  static Element smallest(Element root, String snippet) {
    if (!ExtractionEval.norm(root.text()).contains(snippet)) return null;
    for (Element c : root.children()) {
      Element s = smallest(c, snippet);
      if (s != null) return s;
    }
    return root;
  }
}
