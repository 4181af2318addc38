package dev.lede.bench;

import dev.lede.model.WrittenStory;
import dev.lede.write.OfflineWriter;
import dev.lede.write.WriterInput;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The headlines of every development story (even-index Wikinews, ECB+ topics 1-{@value
 * WriterBench#LAST_DEV_TOPIC}, the first half of FRANK's CNN/DailyMail) written to a TSV file
 * ({@code id<TAB>headline}), and, given the file an earlier build wrote, how many changed, per
 * slice, with a sample of before and after: a rule's reach over all dev headlines, not one item.
 * Usage: {@code bench/run-java dev.lede.bench.HeadlineChanges OUT.tsv [BEFORE.tsv] [--minilm]
 * [--sample N] [--off-lede]}; {@code --off-lede} lists the headlines made from a sentence other
 * than the lede's first, with that first sentence, to read whether the news was passed over.
 */
public final class HeadlineChanges {
  private static final Instant NOW = Instant.parse("2025-01-01T00:00:00Z");

  private HeadlineChanges() {}

  public static void main(String[] args) throws Exception {
    List<String> a = List.of(args);
    Path out = Path.of(args[0]);
    Path before = args.length > 1 && !args[1].startsWith("--") ? Path.of(args[1]) : null;
    int sampleAt = a.indexOf("--sample");
    int sample = sampleAt >= 0 ? Integer.parseInt(args[sampleAt + 1]) : 40;
    OfflineWriter writer =
        a.contains("--minilm") ? OfflineWriter.withMiniLm() : OfflineWriter.lexical();
    Map<String, WrittenStory> stories = stories(writer, Path.of("..", "shared", "data"));
    Map<String, String> now = new LinkedHashMap<>();
    stories.forEach((id, s) -> now.put(id, s.headline().replace('\t', ' ').replace('\n', ' ')));
    List<String> lines = new ArrayList<>();
    now.forEach((id, h) -> lines.add(id + "\t" + h));
    Files.write(out, lines);
    long offLede = stories.values().stream().filter(s -> !fromLedeFirst(s)).count();
    System.out.printf(
        "headlines from a sentence other than the lede's first: %d of %d%n",
        offLede, stories.size());
    if (a.contains("--off-lede")) {
      stories.forEach(
          (id, s) -> {
            if (!fromLedeFirst(s) && !s.lede().isEmpty()) {
              System.out.println(
                  id
                      + "\n   headline:   "
                      + s.headline()
                      + "\n   lede first: "
                      + s.lede().get(0).text());
            }
          });
    }
    if (before == null) {
      System.out.println(now.size() + " dev headlines written to " + out);
      return;
    }
    Map<String, String> then = new LinkedHashMap<>();
    for (String l : Files.readAllLines(before)) {
      int tab = l.indexOf('\t');
      if (tab > 0) {
        then.put(l.substring(0, tab), l.substring(tab + 1));
      }
    }
    Map<String, int[]> slices = new LinkedHashMap<>();
    List<String> changed = new ArrayList<>();
    for (var e : now.entrySet()) {
      String slice = e.getKey().substring(0, e.getKey().indexOf(' '));
      int[] c = slices.computeIfAbsent(slice, k -> new int[2]);
      c[1]++;
      String old = then.get(e.getKey());
      if (old != null && !old.equals(e.getValue())) {
        c[0]++;
        changed.add(e.getKey() + "\n   before: " + old + "\n   after:  " + e.getValue());
      }
    }
    System.out.printf(
        "dev headlines changed: %d of %d (%.1f%%)%n",
        changed.size(), now.size(), 100.0 * changed.size() / Math.max(1, now.size()));
    slices.forEach((s, c) -> System.out.printf("  %-9s %d of %d%n", s, c[0], c[1]));
    titleSimilarity(titles(Path.of("..", "shared", "data")), then, now);
    changed.stream().limit(sample).forEach(System.out::println);
  }

  /**
   * Per slice, the mean ROUGE-L F of the headlines before and now against the outlets' own titles
   * ({@link HeadlineCandidateDump#stories}: Wikinews titles, ECB+ documents' first lines, FRANK
   * address slugs), over the stories that have titles: whether a change moved headlines towards
   * what editors wrote.
   */
  static void titleSimilarity(
      Map<String, List<String>> titles, Map<String, String> then, Map<String, String> now) {
    Map<String, double[]> by = new LinkedHashMap<>();
    titles.forEach(
        (id, ts) -> {
          if (then.containsKey(id) && now.containsKey(id)) {
            double[] d = by.computeIfAbsent(id.substring(0, id.indexOf(' ')), k -> new double[3]);
            d[0] += HeadlineCandidateDump.similarity(then.get(id), ts);
            d[1] += HeadlineCandidateDump.similarity(now.get(id), ts);
            d[2]++;
          }
        });
    by.forEach(
        (slice, d) ->
            System.out.printf(
                "  title ROUGE-L %-9s before %.4f now %.4f (%d titled)%n",
                slice, d[0] / d[2], d[1] / d[2], (int) d[2]));
  }

  /** The outlets' titles of the dev stories, by the ids {@link #stories} gives them. */
  static Map<String, List<String>> titles(Path data) throws Exception {
    Map<String, String> wikinews = new LinkedHashMap<>();
    if (Files.exists(HeadlineBench.WIKINEWS)) {
      for (HeadlineBench.Titled t : HeadlineBench.load(HeadlineBench.WIKINEWS)) {
        wikinews.put(t.input().id(), "wikinews " + t.index());
      }
    }
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (HeadlineCandidateDump.DevStory d : HeadlineCandidateDump.stories(data)) {
      String id = d.slice().equals("wikinews") ? wikinews.get(d.id()) : d.slice() + " " + d.id();
      if (id != null && !d.titles().isEmpty()) {
        out.put(id, d.titles());
      }
    }
    return out;
  }

  /**
   * Whether the headline cites the lede's first sentence: its first span's quote lies within one of
   * that sentence's quotes (a headline's spans are its sentence's, narrowed to what it keeps).
   */
  static boolean fromLedeFirst(WrittenStory s) {
    if (s.lede().isEmpty() || s.headlineSources().isEmpty()) {
      return false;
    }
    var h = s.headlineSources().get(0);
    return s.lede().get(0).sources().stream()
        .anyMatch(l -> l.article().equals(h.article()) && l.quote().contains(h.quote()));
  }

  /** Each dev story written, by "slice id", in a fixed order. */
  static Map<String, WrittenStory> stories(OfflineWriter writer, Path data) throws Exception {
    Map<String, WrittenStory> out = new LinkedHashMap<>();
    if (Files.exists(HeadlineBench.WIKINEWS)) {
      for (HeadlineBench.Titled t : HeadlineBench.load(HeadlineBench.WIKINEWS)) {
        if (t.index() % 2 == 0) {
          out.put("wikinews " + t.index(), story(writer, t.input().id(), List.of(t.input())));
        }
      }
    }
    Path ecb = data.resolve("clustering/ecbplus-dev/docs.jsonl");
    if (Files.exists(ecb)) {
      for (var e : WriterBench.loadEcb(ecb).entrySet()) {
        out.put("ecb " + e.getKey(), story(writer, e.getKey(), e.getValue()));
      }
    }
    Path frank = data.resolve("summarization/frank-dev/articles");
    if (Files.isDirectory(frank)) {
      for (WriterBench.FrankArticle f : WriterBench.half(WriterBench.loadFrank(frank), false)) {
        if (f.reference().isPresent()) {
          out.put("frank " + f.input().id(), story(writer, f.input().id(), List.of(f.input())));
        }
      }
    }
    return out;
  }

  private static WrittenStory story(OfflineWriter writer, String id, List<WriterInput> in) {
    return writer.write(id, in, List.of(), NOW);
  }
}
