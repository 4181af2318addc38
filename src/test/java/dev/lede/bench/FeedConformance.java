package dev.lede.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lede.ingest.feed.Feed;
import dev.lede.ingest.feed.FeedException;
import dev.lede.ingest.feed.FeedItem;
import dev.lede.ingest.feed.FeedParser;
import dev.lede.testing.SharedData;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;

/**
 * Runs every file of the four feed-parser suites in {@code shared/data/feeds} through {@link
 * FeedParser}, each under a timeout, and prints per suite: files, parsed, rejected with a clear
 * error, internal errors caught by the parser's safety net, unchecked exceptions that escaped,
 * hangs, and the pass rate against the suite's gold where gold exists.
 *
 * <p>Usage: {@code FeedConformance [--timeout-ms N] [--failures FILE] [--suite NAME]}
 */
public final class FeedConformance {
  private static final ObjectMapper JSON = new ObjectMapper();

  enum Status {
    PARSED,
    REJECTED,
    INTERNAL,
    UNCHECKED,
    HANG
  }

  record Run(Status status, Optional<Feed> feed, String error) {}

  /** Per-suite counters. */
  static final class Tally {
    final String suite;
    int files;
    final Map<Status, Integer> status = new LinkedHashMap<>();
    int goldPass;
    int goldFail;
    int goldNotEvaluated;
    String goldNote = "";

    Tally(String suite) {
      this.suite = suite;
      for (Status s : Status.values()) {
        status.put(s, 0);
      }
    }

    void count(Status s) {
      files++;
      status.merge(s, 1, Integer::sum);
    }
  }

  private final long timeoutMs;
  private final PrintWriter failures;
  private ExecutorService executor = newExecutor();

  FeedConformance(long timeoutMs, PrintWriter failures) {
    this.timeoutMs = timeoutMs;
    this.failures = failures;
  }

  public static void main(String[] args) throws Exception {
    long timeout = 10_000;
    Path failuresFile = null;
    String only = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--timeout-ms" -> timeout = Long.parseLong(args[++i]);
        case "--failures" -> failuresFile = Path.of(args[++i]);
        case "--suite" -> only = args[++i];
        default -> throw new IllegalArgumentException("unknown argument: " + args[i]);
      }
    }
    Optional<Path> root = SharedData.root();
    if (root.isEmpty()) {
      System.out.println("shared/data is not present: nothing to run");
      return;
    }
    Path feeds = root.get().resolve("data/feeds");
    PrintWriter fw =
        failuresFile == null
            ? new PrintWriter(PrintWriter.nullWriter())
            : new PrintWriter(Files.newBufferedWriter(failuresFile, StandardCharsets.UTF_8));
    FeedConformance c = new FeedConformance(timeout, fw);
    List<Tally> tallies = new ArrayList<>();
    long start = System.nanoTime();
    if (only == null || only.equals("gofeed")) {
      tallies.add(c.gofeed(feeds.resolve("gofeed/testdata")));
    }
    if (only == null || only.equals("feedparser")) {
      tallies.add(c.feedparser(feeds.resolve("feedparser/tests")));
    }
    if (only == null || only.equals("rss-parser")) {
      tallies.add(c.rssParser(feeds.resolve("rss-parser")));
    }
    if (only == null || only.equals("feedjira")) {
      tallies.add(c.feedjira(feeds.resolve("feedjira/sample_feeds")));
    }
    fw.close();
    c.executor.shutdownNow();
    print(tallies, timeout, (System.nanoTime() - start) / 1_000_000);
    System.exit(0); // a hung worker thread must not keep the JVM alive
  }

  static void print(List<Tally> tallies, long timeout, long elapsedMs) {
    System.out.printf(
        "Feed conformance (per-file timeout %d ms, %.1f s total)%n%n", timeout, elapsedMs / 1000.0);
    String fmt = "%-11s %6s %7s %9s %9s %10s %6s   %-28s %s%n";
    System.out.printf(
        fmt,
        "suite",
        "files",
        "parsed",
        "rejected",
        "internal",
        "unchecked",
        "hangs",
        "gold pass",
        "gold");
    for (Tally t : tallies) {
      int evaluated = t.goldPass + t.goldFail;
      String gold =
          evaluated == 0
              ? "-"
              : String.format(
                  Locale.ROOT,
                  "%d/%d = %.1f%% (%d not eval.)",
                  t.goldPass,
                  evaluated,
                  100.0 * t.goldPass / evaluated,
                  t.goldNotEvaluated);
      System.out.printf(
          fmt,
          t.suite,
          t.files,
          t.status.get(Status.PARSED),
          t.status.get(Status.REJECTED),
          t.status.get(Status.INTERNAL),
          t.status.get(Status.UNCHECKED),
          t.status.get(Status.HANG),
          gold,
          t.goldNote);
    }
    System.out.println();
    System.out.println(
        "parsed = Feed returned; rejected = FeedException naming input and problem; internal ="
            + " FeedException from the parser's catch-all (a bug);");
    System.out.println(
        "unchecked = exception escaping parse(); hangs = over the per-file timeout.");
    System.out.println(
        "Gold mapping: Lede titles are text, so gold titles are reduced to text before comparing;"
            + " a relative gold link matches");
    System.out.println(
        "Lede's resolved link when it ends with it; U+FFFD in gold (undecodable there) matches any"
            + " one character; feedparser");
    System.out.println(
        "keys Lede does not model count as 'not eval.'; a rejected file is evaluated as feedparser's"
            + " bozo result with no entries.");
  }

  // ------------------------------------------------------------------ running one file

  private static ExecutorService newExecutor() {
    return Executors.newSingleThreadExecutor(
        r -> {
          Thread t = new Thread(r, "feed-conformance");
          t.setDaemon(true);
          return t;
        });
  }

  Run run(byte[] body, Optional<String> contentType, String name) {
    Future<Feed> f = executor.submit(() -> FeedParser.parse(body, contentType, name));
    try {
      return new Run(Status.PARSED, Optional.of(f.get(timeoutMs, TimeUnit.MILLISECONDS)), "");
    } catch (TimeoutException e) {
      f.cancel(true);
      executor.shutdownNow();
      executor = newExecutor();
      return new Run(Status.HANG, Optional.empty(), "timeout");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof FeedException fe) {
        boolean internal = fe.getMessage().contains(": internal error while parsing: ");
        return new Run(
            internal ? Status.INTERNAL : Status.REJECTED, Optional.empty(), fe.getMessage());
      }
      return new Run(Status.UNCHECKED, Optional.empty(), String.valueOf(cause));
    }
  }

  private Run runFile(Tally t, Path file, Optional<String> contentType, String name)
      throws IOException {
    Run r = run(Files.readAllBytes(file), contentType, name);
    t.count(r.status);
    if (r.status != Status.PARSED && r.status != Status.REJECTED) {
      failures.println("[" + t.suite + "] " + r.status + " " + file + ": " + r.error);
    }
    return r;
  }

  private static List<Path> files(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).sorted().toList();
    }
  }

  // ------------------------------------------------------------------ gofeed

  Tally gofeed(Path dir) throws IOException {
    Tally t = new Tally("gofeed");
    t.goldNote = "expected .json: title, link, item count, item title/link/dates";
    for (Path file : files(dir)) {
      String fn = file.getFileName().toString();
      String rel = dir.relativize(file).toString();
      Optional<Path> gold = gofeedGold(file);
      boolean isGoldFile =
          fn.endsWith("_expected.json")
              || (fn.endsWith(".json")
                  && !rel.contains("json/")
                  && !rel.startsWith("parser/universal"));
      if (isGoldFile) {
        continue; // gold, not input
      }
      Run r = runFile(t, file, Optional.empty(), fn);
      if (gold.isEmpty()) {
        continue;
      }
      JsonNode g = JSON.readTree(gold.get().toFile());
      List<String> diffs = new ArrayList<>();
      if (r.feed.isEmpty()) {
        diffs.add("not parsed: " + r.error);
      } else {
        compareGofeed(rel, g, r.feed.get(), diffs);
      }
      record(t, rel, diffs);
    }
    return t;
  }

  private void record(Tally t, String rel, List<String> diffs) {
    if (diffs.isEmpty()) {
      t.goldPass++;
    } else {
      t.goldFail++;
      failures.println("[" + t.suite + "] FAIL " + rel + ": " + String.join("; ", diffs));
    }
  }

  private static Optional<Path> gofeedGold(Path input) {
    String fn = input.getFileName().toString();
    Path dir = input.getParent();
    if (fn.endsWith(".xml")) {
      Path g = dir.resolve(fn.substring(0, fn.length() - 4) + ".json");
      return Files.exists(g) ? Optional.of(g) : Optional.empty();
    }
    if (fn.endsWith(".json") && !fn.endsWith("_expected.json")) {
      Path g = dir.resolve(fn.substring(0, fn.length() - 5) + "_expected.json");
      return Files.exists(g) ? Optional.of(g) : Optional.empty();
    }
    return Optional.empty();
  }

  private static void compareGofeed(String rel, JsonNode g, Feed f, List<String> diffs) {
    boolean atomModel = rel.startsWith("parser/atom");
    boolean jsonModel = rel.startsWith("parser/json");
    cmpText("title", g.path("title"), f.title(), diffs);
    JsonNode link =
        jsonModel
            ? g.path("home_page_url")
            : atomModel ? alternateHref(g.path("links")) : g.path("link");
    cmpLink("link", link, f.link(), diffs);
    JsonNode updated = g.path("updatedParsed");
    cmpDate("updated", updated, f.updated(), diffs);
    JsonNode items = atomModel ? g.path("entries") : g.path("items");
    if (items.isArray()) {
      if (items.size() != f.items().size()) {
        diffs.add("item count " + f.items().size() + " != " + items.size());
        return;
      }
      for (int i = 0; i < items.size(); i++) {
        JsonNode gi = items.get(i);
        FeedItem fi = f.items().get(i);
        cmpText("items[" + i + "].title", gi.path("title"), fi.title(), diffs);
        JsonNode ilink =
            jsonModel
                ? gi.path("url")
                : atomModel ? alternateHref(gi.path("links")) : gi.path("link");
        cmpLink("items[" + i + "].link", ilink, fi.link(), diffs);
        JsonNode pub =
            jsonModel
                ? gi.path("date_published")
                : gi.has("pubDateParsed") ? gi.path("pubDateParsed") : gi.path("publishedParsed");
        cmpDate("items[" + i + "].published", pub, fi.published(), diffs);
        JsonNode upd = jsonModel ? gi.path("date_modified") : gi.path("updatedParsed");
        cmpDate("items[" + i + "].updated", upd, fi.updated(), diffs);
      }
    }
  }

  private static JsonNode alternateHref(JsonNode links) {
    if (!links.isArray()) {
      return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }
    for (JsonNode l : links) {
      String rel = l.path("rel").asText("alternate");
      if ((rel.isEmpty() || rel.equals("alternate")) && l.has("href")) {
        return l.path("href");
      }
    }
    return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
  }

  /** Lede titles are text, so gold is reduced to text the same way before comparing. */
  private static void cmpText(String what, JsonNode gold, Optional<String> ours, List<String> d) {
    if (!gold.isTextual()) {
      return;
    }
    String want = normText(gold.asText());
    String got = ours.map(FeedConformance::normSpace).orElse("");
    if (!matchesWithWildcards(want, got)) {
      d.add(what + " '" + got + "' != '" + want + "'");
    }
  }

  /** Lede's titles are already text: only whitespace is normalised. */
  static String normSpace(String s) {
    return s.replace('\u00A0', ' ').strip().replaceAll("\\s+", " ");
  }

  /** U+FFFD in gold marks a character the gold's own tool failed to decode: any one char. */
  static boolean matchesWithWildcards(String want, String got) {
    if (want.indexOf('\uFFFD') < 0) {
      return want.equals(got);
    }
    if (want.length() != got.length()) {
      return false;
    }
    for (int i = 0; i < want.length(); i++) {
      if (want.charAt(i) != '\uFFFD' && want.charAt(i) != got.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  static String normText(String s) {
    String t = s.indexOf('<') >= 0 || s.indexOf('&') >= 0 ? Jsoup.parseBodyFragment(s).text() : s;
    return t.replace('\u00A0', ' ').strip().replaceAll("\\s+", " ");
  }

  private static void cmpLink(String what, JsonNode gold, Optional<String> ours, List<String> d) {
    if (!gold.isTextual()) {
      return;
    }
    String want = gold.asText().strip();
    String got = ours.orElse("");
    // Gold models that do not resolve relative links: Lede's resolved link must end with it.
    boolean relativeGold = !want.contains("://") && want.startsWith("/") && got.endsWith(want);
    if (!want.equals(got) && !relativeGold) {
      d.add(what + " '" + got + "' != '" + want + "'");
    }
  }

  private static void cmpDate(String what, JsonNode gold, Optional<Instant> ours, List<String> d) {
    if (!gold.isTextual()) {
      return;
    }
    Instant want;
    try {
      want = java.time.OffsetDateTime.parse(gold.asText()).toInstant();
    } catch (DateTimeParseException e) {
      return;
    }
    if (ours.isEmpty() || !ours.get().equals(want)) {
      d.add(what + " " + ours.map(Instant::toString).orElse("none") + " != " + want);
    }
  }

  // ------------------------------------------------------------------ feedparser

  private static final Pattern EXPECT = Pattern.compile("Expect:\\s*(.*)");
  private static final Pattern HEADER = Pattern.compile("Header:\\s*([\\w-]+):\\s*(.*)");

  Tally feedparser(Path dir) throws IOException {
    Tally t = new Tally("feedparser");
    t.goldNote = "Expect: expressions (bozo, feed/entries fields Lede maps)";
    Map<String, Integer> notEvaluatedReasons = new HashMap<>();
    for (Path file : files(dir)) {
      String rel = dir.relativize(file).toString();
      byte[] bytes = Files.readAllBytes(file);
      String head = headerText(bytes);
      Optional<String> contentType = Optional.empty();
      // feedparser's harness fetches files whose path mentions "http" from a local server, so their
      // document URL (the base for relative links) is that server's; Content-Location overrides it.
      String name =
          rel.contains("http")
              ? "http://127.0.0.1:8097/tests/" + rel.replace('\\', '/')
              : file.getFileName().toString();
      Matcher hm = HEADER.matcher(head);
      while (hm.find()) {
        String h = hm.group(1).toLowerCase(Locale.ROOT);
        if (h.equals("content-type")) {
          contentType = Optional.of(hm.group(2).strip());
        } else if (h.equals("content-location")) {
          String location = hm.group(2).strip();
          name = name.startsWith("http") ? resolve(name, location) : location;
        }
      }
      Run r = run(bytes, contentType, name);
      t.count(r.status);
      if (r.status != Status.PARSED && r.status != Status.REJECTED) {
        failures.println("[feedparser] " + r.status + " " + rel + ": " + r.error);
      }
      Matcher em = EXPECT.matcher(head);
      if (!em.find()) {
        continue;
      }
      String expect = em.group(1).strip();
      if (expect.endsWith("-->")) {
        expect = expect.substring(0, expect.length() - 3).strip();
      }
      if (expect.endsWith("\",")) {
        expect = expect.substring(0, expect.length() - 2).strip();
      }
      try {
        boolean ok = PyExpr.eval(expect, FeedparserModel.env(r.feed));
        if (ok) {
          t.goldPass++;
        } else {
          t.goldFail++;
          failures.println(
              "[feedparser] FAIL "
                  + rel
                  + ": "
                  + expect
                  + " | "
                  + r.feed.map(FeedparserModel::describe).orElse("rejected: " + r.error));
        }
      } catch (PyExpr.Missing e) {
        t.goldFail++;
        failures.println(
            "[feedparser] FAIL "
                + rel
                + ": "
                + expect
                + " | "
                + e.getMessage()
                + " | "
                + r.feed.map(FeedparserModel::describe).orElse("rejected: " + r.error));
      } catch (PyExpr.NotEvaluable e) {
        t.goldNotEvaluated++;
        notEvaluatedReasons.merge(e.getMessage().replaceAll(" at \\d+.*", ""), 1, Integer::sum);
      } catch (RuntimeException e) {
        t.goldNotEvaluated++;
        notEvaluatedReasons.merge("evaluator: " + e.getClass().getSimpleName(), 1, Integer::sum);
      }
    }
    notEvaluatedReasons.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
        .forEach(
            e ->
                failures.println(
                    "[feedparser] not evaluated x" + e.getValue() + ": " + e.getKey()));
    return t;
  }

  private static String resolve(String base, String ref) {
    try {
      return java.net.URI.create(base).resolve(ref).toString();
    } catch (IllegalArgumentException e) {
      return ref;
    }
  }

  /** The leading comment, decoded leniently whatever the file's encoding (UTF-16/32 included). */
  private static String headerText(byte[] bytes) {
    String s = new String(bytes, 0, Math.min(bytes.length, 8192), StandardCharsets.ISO_8859_1);
    if (s.indexOf('\0') >= 0) {
      s = s.replace("\0", "");
    }
    int end = s.indexOf("-->");
    if (bytes.length > 0 && s.stripLeading().startsWith("{")) {
      return new String(bytes, StandardCharsets.UTF_8);
    }
    return end < 0 ? s : s.substring(0, end);
  }

  // ------------------------------------------------------------------ rss-parser

  Tally rssParser(Path dir) throws IOException {
    Tally t = new Tally("rss-parser");
    t.goldNote = "output/*.json: title, link, item count, item titles/links";
    for (Path file : files(dir.resolve("input"))) {
      String fn = file.getFileName().toString();
      Run r = runFile(t, file, Optional.empty(), fn);
      Path gold = dir.resolve("output").resolve(fn.substring(0, fn.lastIndexOf('.')) + ".json");
      if (!Files.exists(gold)) {
        continue;
      }
      // Some gold files are not valid UTF-8; decode with replacement rather than fail.
      JsonNode g =
          JSON.readTree(new String(Files.readAllBytes(gold), StandardCharsets.UTF_8)).path("feed");
      List<String> diffs = new ArrayList<>();
      if (r.feed.isEmpty()) {
        diffs.add("not parsed: " + r.error);
      } else {
        Feed f = r.feed.get();
        cmpText("title", g.path("title"), f.title(), diffs);
        cmpLink("link", g.path("link"), f.link(), diffs);
        JsonNode items = g.path("items");
        if (items.size() != f.items().size()) {
          diffs.add("item count " + f.items().size() + " != " + items.size());
        } else {
          for (int i = 0; i < items.size(); i++) {
            cmpText(
                "items[" + i + "].title",
                items.get(i).path("title"),
                f.items().get(i).title(),
                diffs);
            cmpLink(
                "items[" + i + "].link", items.get(i).path("link"), f.items().get(i).link(), diffs);
          }
        }
      }
      record(t, fn, diffs);
    }
    return t;
  }

  // ------------------------------------------------------------------ feedjira

  private static final Set<String> FEEDJIRA_NOT_FEEDS = Set.of();

  Tally feedjira(Path dir) throws IOException {
    Tally t = new Tally("feedjira");
    Map<String, Feed> parsed = new HashMap<>();
    List<Path> fragments = new ArrayList<>();
    int feeds = 0;
    int withItems = 0;
    for (Path file : files(dir)) {
      String fn = file.getFileName().toString();
      Run r = runFile(t, file, Optional.empty(), fn);
      if (fn.contains("FirstEntry")) {
        fragments.add(file);
        continue; // a fragment of expected output, not a feed
      }
      feeds++;
      List<String> diffs = new ArrayList<>();
      if (r.feed.isEmpty()) {
        diffs.add("not parsed: " + r.error);
      } else if (r.feed.get().items().isEmpty()) {
        diffs.add("no items");
      } else {
        withItems++;
        parsed.put(fn.substring(0, fn.lastIndexOf('.')), r.feed.get());
      }
      record(t, fn, diffs);
    }
    int fragOk = 0;
    for (Path frag : fragments) {
      String fn = frag.getFileName().toString();
      String feedName = fn.substring(0, fn.indexOf("FirstEntry"));
      String expected = normText(Files.readString(frag, StandardCharsets.UTF_8));
      Feed f = parsed.get(feedName);
      List<String> diffs = new ArrayList<>();
      if (f == null) {
        diffs.add("feed " + feedName + " not parsed");
      } else {
        FeedItem first = f.items().get(0);
        String which = fn.endsWith("Description.xml") ? "summary" : "content";
        Optional<String> ours =
            which.equals("summary") ? first.summary() : first.content().or(first::summary);
        String got = ours.map(FeedConformance::normText).orElse("");
        if (!got.equals(expected)) {
          diffs.add(
              which
                  + " of first entry differs: '"
                  + abbreviate(got)
                  + "' vs '"
                  + abbreviate(expected)
                  + "'");
        }
      }
      record(t, fn, diffs);
      if (diffs.isEmpty()) {
        fragOk++;
      }
    }
    t.goldNote =
        String.format(
            "parses with items: %d/%d feeds; FirstEntry fragments: %d/%d",
            withItems, feeds, fragOk, fragments.size());
    return t;
  }

  private static String abbreviate(String s) {
    return s.length() <= 80 ? s : s.substring(0, 80) + "...";
  }
}
