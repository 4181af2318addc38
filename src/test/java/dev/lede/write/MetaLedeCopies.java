package dev.lede.write;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lede.model.WrittenStory;
import dev.lede.write.internal.MetaFlags;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Counts the development stories whose meta description repeats the lede: equals its first sentence
 * or starts with it (a reader sees the same sentence twice on the page); and those {@link
 * MetaFlags} flags: repeating the headline, ending cut, missing the headline's news. Dev slices
 * only, as {@code bench/blind/prepare.py --dev} reads them: every ECB+ event of topics 1-25,
 * FRANK's first half (file-name order) of CNN/DailyMail articles, even-index English Wikinews
 * timeline articles. Usage: {@code bench/run-java dev.lede.write.MetaLedeCopies [DATA_DIR] [--all]
 * [--minilm]}.
 */
public final class MetaLedeCopies {
  private static final ObjectMapper JSON = new ObjectMapper();

  private MetaLedeCopies() {}

  public static void main(String[] args) throws Exception {
    Path data = Path.of("..", "shared", "data");
    boolean all = false;
    boolean miniLm = false;
    java.util.Set<String> only = new java.util.HashSet<>();
    for (String a : args) {
      if (a.startsWith("--only=")) {
        only.addAll(List.of(a.substring(7).split(",")));
        all = true;
      } else if (a.equals("--all")) {
        all = true;
      } else if (a.equals("--minilm")) {
        miniLm = true;
      } else {
        data = Path.of(a);
      }
    }
    OfflineWriter writer = miniLm ? OfflineWriter.withMiniLm() : OfflineWriter.lexical();
    Map<String, List<WriterInput>> stories = devStories(data);
    int equal = 0;
    int starts = 0;
    int repeats = 0;
    int cut = 0;
    int misses = 0;
    int drops = 0;
    int mid = 0;
    for (var e : stories.entrySet()) {
      if (!only.isEmpty() && !only.contains(e.getKey())) {
        continue;
      }
      WrittenStory s = writer.write(e.getKey(), e.getValue(), List.of(), Instant.EPOCH);
      String meta = s.metaDescription().strip();
      String first = s.lede().isEmpty() ? "" : s.lede().get(0).text().strip();
      String kind = "";
      if (meta.equals(first)) {
        equal++;
        kind = "EQUAL";
      } else if (!first.isEmpty() && meta.startsWith(first)) {
        starts++;
        kind = "STARTS";
      }
      List<String> texts = new ArrayList<>();
      s.lede().forEach(w -> texts.add(w.text()));
      s.sections()
          .forEach(sec -> sec.paragraphs().forEach(p -> p.forEach(w -> texts.add(w.text()))));
      MetaFlags.Flags f = MetaFlags.of(meta, s.headline(), texts);
      repeats += f.repeats() ? 1 : 0;
      cut += f.cut() ? 1 : 0;
      misses += f.missesNews() ? 1 : 0;
      drops += f.dropsComplement() ? 1 : 0;
      mid += f.midPhrase() ? 1 : 0;
      if (all || !kind.isEmpty()) {
        System.out.printf(
            "%s\t%s\t%s%n\tflags: %s%n\thead: %s%n\tlede: %s%n",
            e.getKey(), kind, meta, f.why(), s.headline(), first);
        if (!only.isEmpty()) {
          texts.forEach(x -> System.out.printf("\t| %s%n", x));
        }
      }
    }
    System.out.printf(
        "dev stories %d: meta equals the lede's first sentence %d, starts with it %d%n",
        stories.size(), equal, starts);
    System.out.printf(
        "meta repeats the headline %d, ends cut %d, misses the headline's news %d,"
            + " drops a verb's complement %d, ends inside a noun phrase or name %d%n",
        repeats, cut, misses, drops, mid);
  }

  static Map<String, List<WriterInput>> devStories(Path data) throws Exception {
    Map<String, List<WriterInput>> out = new LinkedHashMap<>();
    for (String line : Files.readAllLines(data.resolve("clustering/ecbplus-dev/docs.jsonl"))) {
      JsonNode n = JSON.readTree(line);
      if (n.get("topic").asInt() < 26) {
        String doc = n.get("doc_name").asText();
        String outlet =
            n.hasNonNull("source_domain")
                ? n.get("source_domain").asText()
                : "outlet-" + doc.split("\\.")[0];
        out.computeIfAbsent("ecb-" + n.get("cluster_id").asText(), k -> new ArrayList<>())
            .add(WriterInput.of(doc, outlet, n.get("text").asText()));
      }
    }
    List<Path> frank;
    try (Stream<Path> files = Files.list(data.resolve("summarization/frank-dev/articles"))) {
      frank = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    List<JsonNode> news = new ArrayList<>();
    for (Path p : frank) {
      JsonNode a = JSON.readTree(p.toFile());
      String id = a.path("id").asText();
      if (id.startsWith("cnn-") || id.startsWith("dm-")) {
        news.add(a);
      }
    }
    for (JsonNode a : news.subList(0, news.size() / 2)) {
      String id = a.get("id").asText();
      out.put(
          "frank-" + id,
          List.of(
              WriterInput.of(
                  id, id.startsWith("cnn") ? "CNN" : "Daily Mail", a.get("article").asText())));
    }
    List<String> wiki =
        Files.readAllLines(data.resolve("corpus/wikinews-en-timeline/articles.jsonl"));
    for (int i = 0; i < wiki.size(); i += 2) {
      JsonNode w = JSON.readTree(wiki.get(i));
      String id = w.get("id").asText();
      out.put(
          "wiki-" + id,
          List.of(
              new WriterInput(
                  id,
                  Optional.empty(),
                  w.get("text").asText(),
                  "Wikinews",
                  Optional.ofNullable(w.path("url").asText(null)),
                  Optional.of(Instant.parse(w.get("date").asText() + "T12:00:00Z")))));
    }
    return out;
  }
}
