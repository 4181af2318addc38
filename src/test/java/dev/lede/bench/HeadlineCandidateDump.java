package dev.lede.bench;

import dev.lede.write.Composer;
import dev.lede.write.OfflineWriter;
import dev.lede.write.StoryPlan;
import dev.lede.write.WriterInput;
import dev.lede.write.internal.HeadlineFeatures;
import dev.lede.write.internal.Headlines;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every headline candidate of every development story (even-index Wikinews, ECB+ topics 1-{@value
 * WriterBench#LAST_DEV_TOPIC}, the first half of FRANK's CNN/DailyMail) with its features ({@link
 * HeadlineFeatures#ALL}), its hand-set score, whether the hand-set picker chooses it, and its
 * similarity to the outlets' own titles where the story has them (Wikinews titles, the first lines
 * of ECB+ "ecbplus" documents, the slug of a FRANK article's address): the data a headline ranking
 * is fitted on. Usage: {@code bench/run-java dev.lede.bench.HeadlineCandidateDump OUT.tsv}.
 */
public final class HeadlineCandidateDump {
  private HeadlineCandidateDump() {}

  /** One dev story: its slice (wikinews, ecb, frank), inputs and the outlets' titles. */
  record DevStory(String slice, String id, List<WriterInput> inputs, List<String> titles) {}

  /** One candidate of a dev story. */
  record Row(
      DevStory story, Headlines.Candidate candidate, boolean handPick, double titleSimilarity) {}

  public static void main(String[] args) throws Exception {
    Path out = Path.of(args[0]);
    List<Row> rows = rows(OfflineWriter.lexical(), stories(Path.of("..", "shared", "data")));
    try (PrintStream p = new PrintStream(Files.newOutputStream(out), true, "UTF-8")) {
      p.println(
          "slice\tstory\thand_pick\ttitle_sim\ttext\t" + String.join("\t", HeadlineFeatures.ALL));
      for (Row r : rows) {
        StringBuilder b = new StringBuilder();
        b.append(r.story().slice())
            .append('\t')
            .append(r.story().id())
            .append('\t')
            .append(r.handPick() ? 1 : 0)
            .append('\t')
            .append(String.format(Locale.ROOT, "%.3f", r.titleSimilarity()))
            .append('\t')
            .append(r.candidate().clause().text().replace('\t', ' '));
        for (double f : r.candidate().features()) {
          b.append('\t').append(String.format(Locale.ROOT, "%.4g", f));
        }
        p.println(b);
      }
    }
    long stories = rows.stream().map(r -> r.story().id()).distinct().count();
    long titled = rows.stream().filter(r -> !r.story().titles().isEmpty()).count();
    System.out.printf(
        "%d candidates of %d dev stories (%d of them with an outlet title) written to %s%n",
        rows.size(), stories, titled, out);
  }

  /** Every candidate of every story, the hand-set picker's choice marked. */
  static List<Row> rows(OfflineWriter writer, List<DevStory> stories) {
    List<Row> out = new ArrayList<>();
    for (DevStory s : stories) {
      StoryPlan plan = writer.plan(s.id(), s.inputs(), List.of());
      List<Headlines.Candidate> cands = Composer.headlineCandidates(plan);
      int pick = -1;
      double best = Double.NEGATIVE_INFINITY;
      for (int i = 0; i < cands.size(); i++) {
        Headlines.Candidate c = cands.get(i);
        if (!c.clause().cut()
            && c.clause().text().length() <= Headlines.HEADLINE_MAX
            && c.hand() > best) {
          best = c.hand();
          pick = i;
        }
      }
      for (int i = 0; i < cands.size(); i++) {
        Headlines.Candidate c = cands.get(i);
        out.add(new Row(s, c, i == pick, similarity(c.clause().text(), s.titles())));
      }
    }
    return out;
  }

  /** The best ROUGE-L F1 of the headline against any of the titles (0 with none). */
  static double similarity(String headline, List<String> titles) {
    double best = 0;
    for (String t : titles) {
      best = Math.max(best, rougeL(words(headline), words(t)));
    }
    return best;
  }

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  static double rougeL(List<String> a, List<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    int[][] l = new int[a.size() + 1][b.size() + 1];
    for (int i = 1; i <= a.size(); i++) {
      for (int j = 1; j <= b.size(); j++) {
        l[i][j] =
            a.get(i - 1).equals(b.get(j - 1))
                ? l[i - 1][j - 1] + 1
                : Math.max(l[i - 1][j], l[i][j - 1]);
      }
    }
    double lcs = l[a.size()][b.size()];
    if (lcs == 0) {
      return 0;
    }
    double p = lcs / a.size();
    double r = lcs / b.size();
    return 2 * p * r / (p + r);
  }

  /** The dev stories with the outlets' titles where they exist. */
  static List<DevStory> stories(Path data) throws Exception {
    List<DevStory> out = new ArrayList<>();
    if (Files.exists(HeadlineBench.WIKINEWS)) {
      for (HeadlineBench.Titled t : HeadlineBench.load(HeadlineBench.WIKINEWS)) {
        if (t.index() % 2 == 0) {
          out.add(
              new DevStory(
                  "wikinews",
                  t.input().id(),
                  List.of(t.input()),
                  t.title().isBlank() ? List.of() : List.of(t.title())));
        }
      }
    }
    Path ecb = data.resolve("clustering/ecbplus-dev/docs.jsonl");
    if (Files.exists(ecb)) {
      for (var e : WriterBench.loadEcb(ecb).entrySet()) {
        List<String> titles = new ArrayList<>();
        for (WriterInput w : e.getValue()) {
          // An ECB+ document's first line is its outlet's title; an ECB one's is its lead.
          if (w.id().contains("ecbplus")) {
            titles.add(w.text().lines().findFirst().orElse(""));
          }
        }
        out.add(new DevStory("ecb", e.getKey(), e.getValue(), titles));
      }
    }
    Path frank = data.resolve("summarization/frank-dev/articles");
    if (Files.isDirectory(frank)) {
      for (WriterBench.FrankArticle f : WriterBench.half(WriterBench.loadFrank(frank), false)) {
        if (f.reference().isPresent()) {
          List<String> titles = slug(f.input().url()).map(List::of).orElse(List.of());
          out.add(new DevStory("frank", f.input().id(), List.of(f.input()), titles));
        }
      }
    }
    return out;
  }

  private static final Pattern SLUG =
      Pattern.compile(
          "/(?:article-\\d+/)?([A-Za-z0-9'-]+-[A-Za-z0-9'-]+)(?:\\.html|/index\\.html)");

  /** The words of an article address's slug ("Gary-Locke-set-confirmed-....html"), if any. */
  static Optional<String> slug(Optional<String> url) {
    if (url.isEmpty()) {
      return Optional.empty();
    }
    Matcher m = SLUG.matcher(url.get());
    String last = null;
    while (m.find()) {
      last = m.group(1);
    }
    return Optional.ofNullable(last).map(s -> s.replace('-', ' '));
  }

  /** The dev stories by id, for tools that join judged headlines to their stories. */
  static Map<String, DevStory> byId(List<DevStory> stories) {
    Map<String, DevStory> out = new LinkedHashMap<>();
    stories.forEach(s -> out.put(s.id(), s));
    return out;
  }
}
