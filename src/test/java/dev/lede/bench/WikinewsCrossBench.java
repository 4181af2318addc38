package dev.lede.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lede.index.lucene.LuceneCandidateIndex;
import dev.lede.story.ClusterCommandLogic;
import dev.lede.story.StoryClusterer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Cross-language joins on a hand-checked set of Korean, Japanese and English Wikinews articles
 * ({@code bench/data/wikinews-cross-language.tsv}): every article of three date windows, in time
 * order, through stateless {@code lede cluster}; prints precision and recall of the pairs of
 * articles in different languages put in one story. Run: {@code bench/wikinews-cross}.
 */
public final class WikinewsCrossBench {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path CORPUS = Path.of("..", "shared", "data", "corpus");
  private static final String[][] WINDOWS = {
    {"2011-03-09", "2011-03-16"}, {"2011-12-16", "2011-12-23"}, {"2013-02-08", "2013-02-15"}
  };

  private WikinewsCrossBench() {}

  record Article(String id, String lang, String date, String title, String text) {}

  public static void main(String[] args) throws Exception {
    Path ja = CORPUS.resolve("wikinews-ja/jawikinews.jsonl");
    Path ko = CORPUS.resolve("wikinews-ko/wikinews_ko.jsonl");
    Path en = CORPUS.resolve("wikinews-en-timeline/articles.jsonl");
    if (!Files.exists(ja) || !Files.exists(ko) || !Files.exists(en)) {
      System.out.println("wikinews-cross: ../shared/data/corpus is absent; skipped");
      return;
    }
    Map<String, String> labels = new HashMap<>();
    for (String line : Files.readAllLines(Path.of("bench/data/wikinews-cross-language.tsv"))) {
      if (!line.startsWith("#") && !line.isBlank()) {
        String[] f = line.split("\t");
        labels.put(f[0], f[1]);
      }
    }
    List<Article> articles = new ArrayList<>();
    read(ja, "ja", "published", articles);
    read(ko, "ko", "date", articles);
    read(en, "en", "date", articles);
    articles.sort(Comparator.comparing(Article::date).thenComparing(Article::id));
    StringBuilder in = new StringBuilder();
    for (Article a : articles) {
      ObjectNode o = JSON.createObjectNode();
      o.put("id", a.id()).put("title", a.title()).put("text", a.text()).put("published", a.date());
      in.append(o).append('\n');
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new ClusterCommandLogic(StoryClusterer.Config.defaults(), LuceneCandidateIndex.FACTORY)
        .run(
            new ByteArrayInputStream(in.toString().getBytes(StandardCharsets.UTF_8)),
            new PrintStream(out, true, StandardCharsets.UTF_8));
    Map<String, String> story = new HashMap<>();
    for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
      if (!line.isBlank()) {
        JsonNode n = JSON.readTree(line);
        story.put(n.get("id").asText(), n.get("story").asText());
      }
    }
    int gold = 0;
    int joined = 0;
    int correct = 0;
    List<String> wrong = new ArrayList<>();
    for (int i = 0; i < articles.size(); i++) {
      for (int j = i + 1; j < articles.size(); j++) {
        Article a = articles.get(i);
        Article b = articles.get(j);
        if (a.lang().equals(b.lang())) {
          continue;
        }
        boolean g = labels.containsKey(a.id()) && labels.get(a.id()).equals(labels.get(b.id()));
        boolean p = story.get(a.id()).equals(story.get(b.id()));
        gold += g ? 1 : 0;
        joined += p ? 1 : 0;
        correct += g && p ? 1 : 0;
        if (g != p) {
          wrong.add((g ? "missed: " : "wrong:  ") + a.title() + "  |  " + b.title());
        }
      }
    }
    long perLang = articles.stream().map(Article::lang).distinct().count();
    System.out.printf(
        "%d articles (%d languages) in %d windows; %d hand-checked cross-language pairs%n%n",
        articles.size(), perLang, WINDOWS.length, gold);
    System.out.println("| cross-language pairs | gold | joined | correct | P | R |");
    System.out.println("|---|---|---|---|---|---|");
    System.out.printf(
        "| lede cluster | %d | %d | %d | %.3f | %.3f |%n",
        gold,
        joined,
        correct,
        joined == 0 ? 1.0 : (double) correct / joined,
        (double) correct / gold);
    wrong.forEach(System.out::println);
  }

  private static void read(Path file, String lang, String dateField, List<Article> out)
      throws Exception {
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode n = JSON.readTree(line);
      String date = n.path(dateField).asText("");
      if (date.length() < 10) {
        continue;
      }
      LocalDate d = LocalDate.parse(date.substring(0, 10));
      for (String[] w : WINDOWS) {
        if (!d.isBefore(LocalDate.parse(w[0])) && !d.isAfter(LocalDate.parse(w[1]))) {
          out.add(
              new Article(
                  n.get("id").asText(),
                  lang,
                  date.substring(0, 10),
                  n.path("title").asText(""),
                  n.path("text").asText("")));
        }
      }
    }
  }
}
