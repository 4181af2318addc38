package dev.lede.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lede.model.WrittenStory;
import dev.lede.nlp.Sentence;
import dev.lede.nlp.SentenceSplitter;
import dev.lede.write.OfflineWriter;
import dev.lede.write.WriterInput;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Headline ROUGE-L against the outlets' own titles on the demo's English Wikinews articles (one
 * article a story), beside a first-clause baseline (the first sentence up to its first comma,
 * semicolon, colon or dash, cut at a word to 70 chars). Reported apart for the even-index articles
 * (in file order; the development set) and the odd-index ones (held out: only their figures are
 * printed, never their texts).
 *
 * <p>{@code bench/headlines --dev} prints, for the development material only (even-index Wikinews,
 * ECB+ topics 1-{@value WriterBench#LAST_DEV_TOPIC}, the first half of FRANK's CNN/DailyMail), each
 * story's headline and meta description beside the outlet's title or the reference summary, for
 * reading them as an editor would; {@code --dev --minilm} writes them as {@code lede write} does,
 * with MiniLM; {@code --only frank} (or {@code ecb}, {@code wikinews}) prints one of them.
 *
 * <p>Usage: {@code bench/headlines [--show]} prints the two rows ({@code --show} also lists the
 * development articles: title, Lede's headline, baseline); {@code bench/headlines FILE.jsonl}
 * prints Lede's headline for every line of a JSON Lines file of articles ({@code
 * {id,text,title?,source?,url?,published?}}, one story per line) as {@code id<TAB>headline}.
 */
public final class HeadlineBench {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Instant NOW = Instant.parse("2025-01-01T00:00:00Z");
  static final Path WIKINEWS = Path.of("demo", "wikinews-en", "articles.jsonl");

  private HeadlineBench() {}

  /** One article with the outlet's own title. */
  record Titled(int index, WriterInput input, String title) {}

  /** ROUGE-L F sums and counts for one half. */
  static final class Half {
    int n;
    double lede;
    double baseline;

    String row(String label) {
      return String.format(
          Locale.ROOT,
          "%-44s %6d %10.3f %10.3f",
          label,
          n,
          n == 0 ? 0 : lede / n,
          n == 0 ? 0 : baseline / n);
    }
  }

  public static void main(String[] args) throws Exception {
    boolean show = false;
    Path file = null;
    for (String a : args) {
      if (a.equals("--dev")) {
        // With --minilm, the writer `lede write` uses (what the blind judges read).
        boolean minilm = List.of(args).contains("--minilm");
        int only = List.of(args).indexOf("--only");
        dev(
            minilm ? OfflineWriter.withMiniLm() : OfflineWriter.lexical(),
            Path.of("..", "shared", "data"),
            only >= 0 && only + 1 < args.length ? args[only + 1] : "");
        return;
      }
      if (a.equals("--show")) {
        show = true;
      } else {
        file = Path.of(a);
      }
    }
    OfflineWriter writer = OfflineWriter.lexical();
    if (file != null) {
      for (Titled t : load(file)) {
        WrittenStory s = writer.write(t.input().id(), List.of(t.input()), List.of(), NOW);
        System.out.println(t.input().id() + "\t" + s.headline());
      }
      return;
    }
    if (!Files.exists(WIKINEWS)) {
      System.out.println("skipped: " + WIKINEWS + " is missing");
      return;
    }
    printRows(writer, load(WIKINEWS), show);
  }

  /** Prints the header and the even- and odd-index rows (and, with show, the even articles). */
  static void printRows(OfflineWriter writer, List<Titled> articles, boolean show) {
    Half even = new Half();
    Half odd = new Half();
    for (Titled t : articles) {
      WrittenStory s = writer.write(t.input().id(), List.of(t.input()), List.of(), NOW);
      String base = firstClause(t.input().text());
      Half h = t.index() % 2 == 0 ? even : odd;
      h.n++;
      h.lede += Rouge.rougeL(s.headline(), t.title()).f();
      h.baseline += Rouge.rougeL(base, t.title()).f();
      if (show && t.index() % 2 == 0) {
        System.out.println("#" + t.index() + " title:    " + t.title());
        System.out.println("   lede:     " + s.headline());
        System.out.println("   baseline: " + base);
      }
    }
    System.out.printf(
        Locale.ROOT,
        "%-44s %6s %10s %10s%n",
        "headline ROUGE-L F vs own titles",
        "n",
        "lede",
        "1st clause");
    System.out.println(even.row("Wikinews demo, even index (development)"));
    System.out.println(odd.row("Wikinews demo, odd index (held out)"));
  }

  /** Headline and meta description of every development story, beside what the outlet wrote. */
  static void dev(OfflineWriter writer, Path data, String only) throws Exception {
    if (Files.exists(WIKINEWS) && (only.isEmpty() || only.equals("wikinews"))) {
      for (Titled t : load(WIKINEWS)) {
        if (t.index() % 2 == 0) {
          WrittenStory s = writer.write(t.input().id(), List.of(t.input()), List.of(), NOW);
          print("wikinews #" + t.index(), t.title(), s, t.input().text());
        }
      }
    }
    Path ecb = data.resolve("clustering/ecbplus-dev/docs.jsonl");
    if (Files.exists(ecb) && (only.isEmpty() || only.equals("ecb"))) {
      for (var e : WriterBench.loadEcb(ecb).entrySet()) {
        WrittenStory s = writer.write(e.getKey(), e.getValue(), List.of(), NOW);
        print("ecb " + e.getKey(), "", s, e.getValue().get(0).text());
      }
    }
    Path frank = data.resolve("summarization/frank-dev/articles");
    if (Files.isDirectory(frank) && (only.isEmpty() || only.equals("frank"))) {
      for (WriterBench.FrankArticle a : WriterBench.half(WriterBench.loadFrank(frank), false)) {
        if (a.reference().isPresent()) {
          WrittenStory s = writer.write(a.input().id(), List.of(a.input()), List.of(), NOW);
          // The outlet's own headline, where its address spells it ("/Teen-dies-in-crash.html").
          String slug =
              a.input()
                  .url()
                  .orElse("")
                  .replaceAll("/index\\.html$|/$|\\?.*$", "")
                  .replaceAll(".*/", "")
                  .replaceAll("\\.html$", "");
          print(
              "frank " + a.input().id().substring(0, 8) + " " + slug.replace('-', ' '),
              a.reference().get(),
              s,
              a.input().text());
        }
      }
    }
  }

  private static void print(String id, String outlet, WrittenStory s, String text) {
    List<Sentence> ss = SentenceSplitter.split(text);
    System.out.println("== " + id);
    if (!outlet.isBlank()) {
      System.out.println("   outlet:   " + outlet.replaceAll("\\s+", " "));
    }
    System.out.println("   first:    " + (ss.isEmpty() ? "" : ss.get(0).text()));
    for (var l : s.lede()) {
      System.out.println("   lede:     " + l.text());
    }
    System.out.println("   headline: " + s.headline() + "  [" + s.headline().length() + "]");
    System.out.println(
        "   meta:     " + s.metaDescription() + "  [" + s.metaDescription().length() + "]");
    System.out.println("   keyphrase: " + s.keyphrase());
    List<String> v = dev.lede.write.StructureLimits.violations(s, s.sources().size());
    if (!v.isEmpty()) {
      System.out.println("   VIOLATIONS: " + v);
    }
  }

  private static final Pattern CLAUSE_END = Pattern.compile(",\\s|;\\s|:\\s|\\s(?:--|–|—|-)\\s");

  /** The first clause of the first sentence, at most 70 chars cut at a word. */
  static String firstClause(String text) {
    List<Sentence> ss = SentenceSplitter.split(text);
    String first = ss.isEmpty() ? text : ss.get(0).text();
    Matcher m = CLAUSE_END.matcher(first);
    String c = m.find() ? first.substring(0, m.start()) : first;
    c = c.strip().replaceAll("[.!?]+$", "");
    if (c.length() > 70) {
      int sp = c.lastIndexOf(' ', 70);
      c = c.substring(0, sp > 0 ? sp : 70);
    }
    return c;
  }

  /** The articles of a JSON Lines file, in file order, with their titles (blank when absent). */
  static List<Titled> load(Path file) throws IOException {
    List<Titled> out = new ArrayList<>();
    int index = 0;
    for (String line : Files.readAllLines(file)) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode n = JSON.readTree(line);
      String id = n.path("id").asText("line-" + index);
      Optional<String> title = text(n, "title");
      Optional<String> source = text(n, "source");
      Optional<String> url = text(n, "url");
      WriterInput in =
          new WriterInput(
              id,
              title,
              n.path("text").asText(),
              WriterInput.outletOf(source, url, id),
              url,
              Optional.empty());
      out.add(new Titled(index++, in, title.orElse("")));
    }
    return out;
  }

  private static Optional<String> text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() || v.asText().isBlank()
        ? Optional.empty()
        : Optional.of(v.asText());
  }
}
