package dev.lede.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lede.extract.ExtractedPage;
import dev.lede.extract.Extractor;
import dev.lede.extract.HostTemplate;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * The effect of per-host templates on the 15 Global Voices pages of one day (one site): each page
 * is extracted alone and with the template learned from the other 14 (blocks on at least {@link
 * HostTemplate#MIN_PAGES} of them), and scored by tokens against the article text of the site's own
 * feed item ({@code content:encoded}, the body as the site published it).
 *
 * <p>Usage: {@code bench/run-java dev.lede.bench.ExtractionTemplates}
 */
public final class ExtractionTemplates {
  public static void main(String[] args) throws Exception {
    Path dir = Path.of("..", "shared", "data", "corpus", "globalvoices-2009");
    JsonNode index = new ObjectMapper().readTree(dir.resolve("index.json").toFile());
    Map<String, String> feedText = feedBodies(dir.resolve("globalvoices-feature-2009-06-11.rss"));
    List<String> urls = new ArrayList<>();
    List<byte[]> pages = new ArrayList<>();
    for (JsonNode e : index) {
      urls.add(e.get("original_url").asText());
      pages.add(Files.readAllBytes(dir.resolve(e.get("html_file").asText())));
    }
    List<List<Long>> prints = new ArrayList<>();
    for (int i = 0; i < pages.size(); i++) {
      prints.add(
          Extractor.extract(pages.get(i), Optional.empty(), urls.get(i), HostTemplate.none())
              .blockPrints());
    }
    double[] alone = new double[3];
    double[] templ = new double[3];
    int scored = 0;
    int charsAlone = 0;
    int charsTempl = 0;
    System.out.println(
        "| page | template blocks | chars alone | chars with | F1 alone | F1 with |");
    System.out.println("|---|---|---|---|---|---|");
    for (int i = 0; i < pages.size(); i++) {
      Map<Long, Integer> seen = new HashMap<>();
      for (int j = 0; j < pages.size(); j++) {
        if (j == i) continue;
        for (long p : new HashSet<>(prints.get(j))) seen.merge(p, 1, Integer::sum);
      }
      List<Long> repeated = new ArrayList<>();
      seen.forEach(
          (p, n) -> {
            if (n >= HostTemplate.MIN_PAGES) repeated.add(p);
          });
      HostTemplate t = HostTemplate.of(repeated);
      ExtractedPage a = Extractor.extract(pages.get(i), Optional.empty(), urls.get(i));
      ExtractedPage w = Extractor.extract(pages.get(i), Optional.empty(), urls.get(i), t);
      String gold = feedText.get(index.get(i).get("guid").asText());
      charsAlone += a.text().length();
      charsTempl += w.text().length();
      String f1a = "-";
      String f1w = "-";
      if (gold != null) {
        double[] pa = ExtractionEval.tokenPrf(a.text(), gold);
        double[] pw = ExtractionEval.tokenPrf(w.text(), gold);
        for (int k = 0; k < 3; k++) {
          alone[k] += pa[k];
          templ[k] += pw[k];
        }
        scored++;
        f1a = String.format("%.3f", pa[2]);
        f1w = String.format("%.3f", pw[2]);
      }
      System.out.printf(
          "| %s | %d | %d | %d | %s | %s |%n",
          index.get(i).get("html_file").asText(),
          t.size(),
          a.text().length(),
          w.text().length(),
          f1a,
          f1w);
    }
    System.out.printf(
        "pages %d (scored against the feed: %d); chars alone %d, with template %d%n",
        pages.size(), scored, charsAlone, charsTempl);
    System.out.printf(
        "mean token P/R/F1 alone %.4f / %.4f / %.4f; with template %.4f / %.4f / %.4f%n",
        alone[0] / scored,
        alone[1] / scored,
        alone[2] / scored,
        templ[0] / scored,
        templ[1] / scored,
        templ[2] / scored);
  }

  /** Item guid -> text of its {@code content:encoded}. */
  private static Map<String, String> feedBodies(Path rss) throws Exception {
    var doc = Jsoup.parse(Files.readString(rss), "", org.jsoup.parser.Parser.xmlParser());
    Map<String, String> out = new HashMap<>();
    for (Element item : doc.select("item")) {
      Element link = item.selectFirst("guid");
      Element content = item.getElementsByTag("content:encoded").first();
      if (link == null || content == null) continue;
      out.put(link.text().strip(), Jsoup.parse(content.text()).text());
    }
    return out;
  }
}
