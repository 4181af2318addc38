package dev.lede.write;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lede.model.WrittenStory;
import dev.lede.write.internal.Headlines;
import dev.lede.write.internal.Words;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Scores the offline writer's keyphrases and headlines against a hand-checked set: every event of
 * ECB+ dev topics 1-22 (read in place) and every 6th article of the bundled English Wikinews demo
 * corpus. Gold is in {@code keyphrase-gold.tsv} (accepted event words and names per story) and
 * {@code headline-judgments.tsv} (a verdict per story and exact headline text, written by reading
 * each headline against its source sentence); both are in this package's test resources with their
 * provenance.
 *
 * <p>Counts: keyphrases whose event word is wrong, that have none, that name none of the accepted
 * names; headlines that are the keyphrase alone, that end on a dangling word (automatic), and that
 * the judgments call cut short or off the event, and those that fell back to the keyphrase and a
 * fixed label. A headline without a judgment is listed as unjudged. Usage: {@code bench/keyphrase
 * [DATA_DIR] [--all]} ({@code --all} lists every story).
 */
public final class KeyphraseEval {
  static final String ECB = "clustering/ecbplus-dev/docs.jsonl";
  static final Path WIKINEWS = Path.of("demo", "wikinews-en", "articles.jsonl");

  /** ECB+ topics in the set: 1-22 (topics 15 and 17 are not in dev). */
  static final int LAST_TOPIC = 22;

  /** Every n-th Wikinews article, in file order, is in the set. */
  static final int WIKINEWS_EVERY = 6;

  private static final ObjectMapper JSON = new ObjectMapper();

  private KeyphraseEval() {}

  /** One story's gold: accepted event words (lower case) and accepted names. */
  record Gold(String story, List<String> events, List<String> names, String example) {}

  /** What the writer gave for one story and how it scores. */
  record Scored(
      String story,
      String keyphrase,
      String headline,
      EventVerdict event,
      boolean nameOk,
      boolean keyphraseOnly,
      boolean pattern,
      boolean danglingEnd,
      Optional<String> judgment) {}

  enum EventVerdict {
    CORRECT,
    WRONG,
    MISSING
  }

  /** The totals over the set. */
  record Report(List<Scored> stories) {
    long count(java.util.function.Predicate<Scored> p) {
      return stories.stream().filter(p).count();
    }

    long wrongEvent() {
      return count(s -> s.event() == EventVerdict.WRONG);
    }

    long missingEvent() {
      return count(s -> s.event() == EventVerdict.MISSING);
    }

    long wrongName() {
      return count(s -> !s.nameOk());
    }

    long keyphraseOnly() {
      return count(Scored::keyphraseOnly);
    }

    long dangling() {
      return count(Scored::danglingEnd);
    }

    long judged(String verdict) {
      return count(s -> s.judgment().filter(verdict::equals).isPresent());
    }

    long pattern() {
      return count(Scored::pattern);
    }

    long unjudged() {
      return count(s -> !s.keyphraseOnly() && !s.pattern() && s.judgment().isEmpty());
    }
  }

  public static void main(String[] args) throws Exception {
    Path data = Path.of("..", "shared", "data");
    boolean all = false;
    for (String a : args) {
      if (a.equals("--all")) {
        all = true;
      } else {
        data = Path.of(a);
      }
    }
    Path ecb = data.resolve(ECB);
    if (!Files.exists(ecb)) {
      System.out.println("skipped: " + ecb + " is missing");
      return;
    }
    Report r = evaluate(ecb, WIKINEWS, OfflineWriter.lexical());
    print(r, all);
  }

  static Report evaluate(Path ecb, Path wikinews, OfflineWriter writer) throws IOException {
    Map<String, Gold> gold = gold();
    Map<String, Map<String, String>> judgments = judgments();
    Map<String, List<WriterInput>> stories = stories(ecb, wikinews);
    List<Scored> out = new ArrayList<>();
    for (Gold g : gold.values()) {
      List<WriterInput> in = stories.get(g.story());
      if (in == null) {
        throw new IllegalStateException("gold story " + g.story() + " is not in the data");
      }
      WrittenStory s = writer.write(g.story(), in, List.of(), Instant.EPOCH);
      out.add(score(g, s, judgments.getOrDefault(g.story(), Map.of())));
    }
    return new Report(out);
  }

  static Scored score(Gold g, WrittenStory s, Map<String, String> judged) {
    String kp = s.keyphrase();
    EventVerdict ev = eventVerdict(g, kp);
    String lowerKp = kp.toLowerCase(Locale.ROOT);
    boolean nameOk = g.names().stream().anyMatch(n -> lowerKp.contains(n.toLowerCase(Locale.ROOT)));
    String h = s.headline();
    boolean kpOnly = h.equalsIgnoreCase(kp.strip());
    boolean pattern = h.endsWith(Headlines.FALLBACK_LABEL);
    return new Scored(
        g.story(),
        kp,
        h,
        ev,
        nameOk,
        kpOnly,
        pattern,
        !kpOnly && danglingEnd(h),
        Optional.ofNullable(judged.get(h)));
  }

  /** Whether the keyphrase's event words (its lower-case content words) are all accepted. */
  static EventVerdict eventVerdict(Gold g, String kp) {
    List<String> eventWords = new ArrayList<>();
    for (String w : kp.split("\\s+")) {
      // "Gulf of Aden": a lower-case function word inside a name is no event word.
      if (!w.isEmpty()
          && Character.isLowerCase(w.charAt(0))
          && Words.isContent(w.toLowerCase(Locale.ROOT))) {
        eventWords.add(w.toLowerCase(Locale.ROOT));
      }
    }
    if (eventWords.isEmpty()) {
      return EventVerdict.MISSING;
    }
    for (String w : eventWords) {
      if (g.events().stream().noneMatch(e -> Words.stem(e).equals(Words.stem(w)))) {
        return EventVerdict.WRONG;
      }
    }
    return EventVerdict.CORRECT;
  }

  /** Words a finished headline clause never ends on. */
  private static final Set<String> DANGLING =
      Set.of(
          "the",
          "a",
          "an",
          "of",
          "to",
          "and",
          "or",
          "but",
          "that",
          "which",
          "who",
          "his",
          "her",
          "their",
          "its",
          "has",
          "have",
          "had",
          "is",
          "was",
          "were",
          "are",
          "be",
          "been",
          "will",
          "would",
          "in",
          "on",
          "at",
          "for",
          "with",
          "by",
          "from",
          "into",
          "as",
          "after",
          "before",
          "than",
          "just",
          "said",
          "says",
          "announced",
          "called",
          "named",
          "when",
          "while");

  static boolean danglingEnd(String headline) {
    List<String> w = Words.lowerWords(headline);
    return w.isEmpty() || DANGLING.contains(w.get(w.size() - 1));
  }

  static void print(Report r, boolean all) {
    int n = r.stories().size();
    System.out.println("== Keyphrase and headline evaluation (hand-checked set, lexical writer)");
    System.out.printf(Locale.ROOT, "stories                                   %d%n", n);
    System.out.printf(
        Locale.ROOT, "keyphrase: wrong event word               %d%n", r.wrongEvent());
    System.out.printf(
        Locale.ROOT, "keyphrase: no event word                  %d%n", r.missingEvent());
    System.out.printf(
        Locale.ROOT,
        "keyphrase: correct event word             %d%n",
        n - r.wrongEvent() - r.missingEvent());
    System.out.printf(Locale.ROOT, "keyphrase: names none of the main names   %d%n", r.wrongName());
    System.out.printf(
        Locale.ROOT, "headline: keyphrase alone                 %d%n", r.keyphraseOnly());
    System.out.printf(Locale.ROOT, "headline: keyphrase and fixed label       %d%n", r.pattern());
    System.out.printf(Locale.ROOT, "headline: ends on a dangling word (auto)  %d%n", r.dangling());
    System.out.printf(
        Locale.ROOT, "headline: cut short (judged)              %d%n", r.judged("cut"));
    System.out.printf(
        Locale.ROOT, "headline: complete but off the event      %d%n", r.judged("off"));
    System.out.printf(
        Locale.ROOT, "headline: judged good                     %d%n", r.judged("ok"));
    System.out.printf(Locale.ROOT, "headline: not yet judged                  %d%n", r.unjudged());
    for (Scored s : r.stories()) {
      boolean bad =
          s.event() != EventVerdict.CORRECT
              || !s.nameOk()
              || s.keyphraseOnly()
              || s.danglingEnd()
              || s.judgment().filter(j -> !j.equals("ok")).isPresent()
              || s.judgment().isEmpty() && !s.keyphraseOnly() && !s.pattern();
      if (all || bad) {
        System.out.printf(
            Locale.ROOT,
            "  %-16s %-8s %-5s %-7s | %s | %s%n",
            s.story(),
            s.event().name().toLowerCase(Locale.ROOT),
            s.nameOk() ? "name" : "NAME?",
            s.keyphraseOnly() ? "kp-only" : s.pattern() ? "label" : s.judgment().orElse("UNJUDGED"),
            s.keyphrase(),
            s.headline());
      }
    }
  }

  static Map<String, Gold> gold() {
    Map<String, Gold> out = new LinkedHashMap<>();
    for (String[] f : rows("keyphrase-gold.tsv", 4)) {
      out.put(f[0], new Gold(f[0], List.of(f[1].split("\\|")), List.of(f[2].split("\\|")), f[3]));
    }
    return out;
  }

  /** Story id to (exact headline to verdict). */
  static Map<String, Map<String, String>> judgments() {
    Map<String, Map<String, String>> out = new LinkedHashMap<>();
    for (String[] f : rows("headline-judgments.tsv", 3)) {
      if (!Set.of("ok", "cut", "off").contains(f[1])) {
        throw new IllegalStateException("headline judgment " + f[1] + " is not ok, cut or off");
      }
      out.computeIfAbsent(f[0], k -> new LinkedHashMap<>()).put(f[2], f[1]);
    }
    return out;
  }

  private static List<String[]> rows(String resource, int columns) {
    List<String[]> out = new ArrayList<>();
    try (InputStream in = KeyphraseEval.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("test resource " + resource + " is missing");
      }
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        if (f.length < columns) {
          throw new IllegalStateException(
              resource + ": line has " + f.length + " columns, needs " + columns + ": " + line);
        }
        out.add(f);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** The set's stories: ECB+ events of topics 1-22 and every 6th Wikinews article. */
  static Map<String, List<WriterInput>> stories(Path ecb, Path wikinews) throws IOException {
    Map<String, List<WriterInput>> out = new LinkedHashMap<>();
    for (String line : Files.readAllLines(ecb, StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode n = JSON.readTree(line);
      if (n.get("topic").asInt() > LAST_TOPIC) {
        continue;
      }
      String doc = n.get("doc_name").asText();
      out.computeIfAbsent(n.get("cluster_id").asText(), k -> new ArrayList<>())
          .add(WriterInput.of(doc, doc, n.get("text").asText()));
    }
    int i = 0;
    for (String line : Files.readAllLines(wikinews, StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      if (i++ % WIKINEWS_EVERY != 0) {
        continue;
      }
      JsonNode n = JSON.readTree(line);
      String id = n.get("id").asText();
      out.put(
          id,
          List.of(
              new WriterInput(
                  id,
                  Optional.of(n.get("title").asText()),
                  n.get("text").asText(),
                  n.get("source").asText(),
                  Optional.of(n.get("url").asText()),
                  Optional.empty())));
    }
    return out;
  }
}
