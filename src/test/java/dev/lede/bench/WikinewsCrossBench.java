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
 * ({@code bench/data/wikinews-cross-language.tsv}): every article of the three corpora published
 * within {@value #MARGIN_DAYS} days of a labelled article (windows merged), in time order, through
 * stateless {@code lede cluster}; prints precision and recall of the pairs of articles in different
 * languages put in one story, in all and per language pair. Run: {@code bench/wikinews-cross}.
 */
public final class WikinewsCrossBench {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path CORPUS = Path.of("..", "shared", "data", "corpus");
  private static final int MARGIN_DAYS = 3;

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
    List<Article> all = new ArrayList<>();
    read(ja, "ja", "published", all);
    read(ko, "ko", "date", all);
    read(en, "en", "date", all);
    List<LocalDate[]> windows = windows(all, labels);
    List<Article> articles = new ArrayList<>();
    for (Article a : all) {
      LocalDate d = LocalDate.parse(a.date());
      if (windows.stream().anyMatch(w -> !d.isBefore(w[0]) && !d.isAfter(w[1]))) {
        articles.add(a);
      }
    }
    long labelled = articles.stream().filter(a -> labels.containsKey(a.id())).count();
    if (labelled != labels.size()) {
      throw new IllegalStateException(
          "wikinews-cross: "
              + (labels.size() - labelled)
              + " labelled articles are not in the corpora");
    }
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
    Map<String, int[]> byPair = new java.util.TreeMap<>();
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
        String pair =
            a.lang().compareTo(b.lang()) < 0
                ? a.lang() + "-" + b.lang()
                : b.lang() + "-" + a.lang();
        int[] c = byPair.computeIfAbsent(pair, k -> new int[3]);
        c[0] += g ? 1 : 0;
        c[1] += p ? 1 : 0;
        c[2] += g && p ? 1 : 0;
        if (g != p) {
          wrong.add((g ? "missed: " : "wrong:  ") + a.title() + "  |  " + b.title());
        }
      }
    }
    Map<String, Long> perLang = new java.util.TreeMap<>();
    articles.forEach(a -> perLang.merge(a.lang(), 1L, Long::sum));
    System.out.printf(
        "%d articles %s in %d windows; %d labelled in %d events; %d hand-checked cross-language"
            + " pairs%n%n",
        articles.size(),
        perLang,
        windows.size(),
        labelled,
        new java.util.HashSet<>(labels.values()).size(),
        gold);
    System.out.println("| cross-language pairs | gold | joined | correct | P | R |");
    System.out.println("|---|---|---|---|---|---|");
    byPair.forEach((k, c) -> row(k, c[0], c[1], c[2]));
    row("all (lede cluster)", gold, joined, correct);
    wrong.forEach(System.out::println);
  }

  private static void row(String name, int gold, int joined, int correct) {
    System.out.printf(
        "| %s | %d | %d | %d | %.3f | %.3f |%n",
        name,
        gold,
        joined,
        correct,
        joined == 0 ? 1.0 : (double) correct / joined,
        gold == 0 ? 1.0 : (double) correct / gold);
  }

  /** Each labelled article's day, widened by the margin on both sides; overlapping spans merged. */
  private static List<LocalDate[]> windows(List<Article> all, Map<String, String> labels) {
    List<LocalDate[]> spans = new ArrayList<>();
    all.stream()
        .filter(a -> labels.containsKey(a.id()))
        .map(a -> LocalDate.parse(a.date()))
        .sorted()
        .forEach(
            d -> {
              LocalDate from = d.minusDays(MARGIN_DAYS);
              LocalDate to = d.plusDays(MARGIN_DAYS);
              LocalDate[] last = spans.isEmpty() ? null : spans.get(spans.size() - 1);
              if (last != null && !from.isAfter(last[1].plusDays(1))) {
                last[1] = to.isAfter(last[1]) ? to : last[1];
              } else {
                spans.add(new LocalDate[] {from, to});
              }
            });
    return spans;
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
