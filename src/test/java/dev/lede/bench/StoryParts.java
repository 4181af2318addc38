package dev.lede.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Checks, on a running site, that the pages of its multi-source stories show every part issue 5
 * lists, and prints one row per story with the count of each part. Exits 1 when a story lacks a
 * part every story must have (one h1, standfirst, lede, citations that resolve, disclaimer with a
 * link per source with a URL, sources panel, update history, the head tags and JSON-LD).
 *
 * <p>{@code bench/story-parts [BASE_URL] [MIN_SOURCES]} (default http://localhost:8080, 2): run it
 * against {@code ./lede run}.
 */
public final class StoryParts {
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private static final ObjectMapper JSON = new ObjectMapper();

  private StoryParts() {}

  public static void main(String[] args) throws Exception {
    String base = args.length > 0 ? args[0].replaceAll("/+$", "") : "http://localhost:8080";
    int minSources = args.length > 1 ? Integer.parseInt(args[1]) : 2;
    JsonNode stories = JSON.readTree(get(base + "/api/stories"));
    List<String> header =
        List.of(
            "h1",
            "stand",
            "lede",
            "cited",
            "quotes",
            "sections",
            "bg",
            "chart",
            "discl",
            "srcs",
            "updates",
            "related",
            "head",
            "ld");
    System.out.printf(
        Locale.ROOT, "%-16s %4s  %s  headline%n", "story", "arts", String.join(" ", pad(header)));
    int checked = 0;
    int failed = 0;
    Map<String, Integer> present = new LinkedHashMap<>();
    for (JsonNode s : stories) {
      if (s.get("sources").asInt() < minSources) {
        continue;
      }
      checked++;
      Document doc = Jsoup.parse(get(base + s.get("url").asText()), base);
      Map<String, Integer> parts = parts(doc);
      List<String> cells = new ArrayList<>();
      for (String h : header) {
        int v = parts.get(h);
        cells.add(Integer.toString(v));
        present.merge(h, v > 0 ? 1 : 0, Integer::sum);
      }
      boolean ok =
          parts.get("h1") == 1
              && parts.get("stand") > 0
              && parts.get("lede") > 0
              && parts.get("cited") == 1
              && parts.get("discl") > 0
              && parts.get("srcs") > 0
              && parts.get("updates") > 0
              && parts.get("head") == 1
              && parts.get("ld") == 1;
      failed += ok ? 0 : 1;
      String headline = s.get("headline").asText();
      System.out.printf(
          Locale.ROOT,
          "%-16s %4d  %s  %s%s%n",
          s.get("id").asText(),
          s.get("sources").asInt(),
          String.join(" ", pad(cells)),
          headline.length() > 60 ? headline.substring(0, 59) + "…" : headline,
          ok ? "" : "  << MISSING A REQUIRED PART");
    }
    System.out.printf(
        Locale.ROOT,
        "%n%d stories with at least %d sources checked, %d missing a required part.%n",
        checked,
        minSources,
        failed);
    System.out.print("stories showing each part:");
    present.forEach((k, v) -> System.out.printf(Locale.ROOT, " %s %d;", k, v));
    System.out.println();
    System.out.println(
        "cited = 1 when every sentence has a marker whose target passage exists; head = 1 when"
            + " lang, title, description, canonical, og:title and twitter:card are present; ld = 1"
            + " when the JSON-LD parses as a NewsArticle with isBasedOn.");
    if (failed > 0 || checked == 0) {
      System.exit(1);
    }
  }

  private static List<String> pad(List<String> cells) {
    return cells.stream().map(c -> String.format(Locale.ROOT, "%7s", c)).toList();
  }

  static Map<String, Integer> parts(Document doc) {
    Map<String, Integer> p = new LinkedHashMap<>();
    p.put("h1", doc.select("h1").size());
    Element stand = doc.selectFirst(".standfirst");
    p.put("stand", stand != null && !stand.text().isBlank() ? 1 : 0);
    p.put("lede", doc.select(".lede .s").size());
    boolean cited = !doc.select(".body .s").isEmpty();
    for (Element s : doc.select(".body .s")) {
      List<Element> marks = s.select("sup.cite a[href^=#]");
      if (marks.isEmpty()) {
        cited = false;
      }
      for (Element m : marks) {
        Element target = doc.getElementById(m.attr("href").substring(1));
        if (target == null || target.selectFirst("q") == null) {
          cited = false;
        }
      }
    }
    p.put("cited", cited ? 1 : 0);
    p.put("quotes", doc.select(".body blockquote").size());
    p.put("sections", doc.select(".body section[aria-labelledby^=h-] > h2").size());
    p.put("bg", doc.select("section.background .s").size());
    p.put("chart", doc.select("section.coverage svg").size());
    p.put("discl", doc.select("aside.disclaimer .original-links li").size());
    p.put("srcs", doc.select(".source-list > li").size());
    p.put("updates", doc.select("section.updates li").size());
    p.put("related", doc.select("section.related .related-item:has(.reason)").size());
    boolean head =
        !doc.select("html[lang]").isEmpty()
            && !doc.title().isBlank()
            && !doc.select("meta[name=description]").isEmpty()
            && !doc.select("link[rel=canonical]").isEmpty()
            && !doc.select("meta[property=og:title]").isEmpty()
            && !doc.select("meta[name=twitter:card]").isEmpty();
    p.put("head", head ? 1 : 0);
    int ld = 0;
    for (Element script : doc.select("script[type=application/ld+json]")) {
      try {
        JsonNode n = JSON.readTree(script.data());
        if ("NewsArticle".equals(n.path("@type").asText()) && n.has("isBasedOn")) {
          ld = 1;
        }
      } catch (java.io.IOException e) {
        ld = 0;
      }
    }
    p.put("ld", ld);
    return p;
  }

  private static String get(String url) throws Exception {
    HttpResponse<byte[]> r =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
            HttpResponse.BodyHandlers.ofByteArray());
    if (r.statusCode() != 200) {
      throw new IllegalStateException(url + " answered " + r.statusCode());
    }
    return new String(r.body(), StandardCharsets.UTF_8);
  }
}
