package dev.lede.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.lede.model.SourceSpan;
import dev.lede.model.WrittenSentence;
import dev.lede.model.WrittenStory;
import dev.lede.nlp.CachingEmbedder;
import dev.lede.nlp.Embedder;
import dev.lede.nlp.EmbeddingCache;
import dev.lede.nlp.MiniLmEmbedder;
import dev.lede.nlp.Sentence;
import dev.lede.nlp.SentenceSplitter;
import dev.lede.write.GroundingChecker;
import dev.lede.write.HashingEmbedder;
import dev.lede.write.OfflineWriter;
import dev.lede.write.StructureLimits;
import dev.lede.write.WriterInput;
import dev.lede.write.internal.Vectors;
import dev.lede.write.internal.Words;
import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Evaluates the offline writer on the shared evaluation data (read in place):
 *
 * <ol>
 *   <li>grounding: every story of ECB+ dev (events grouped by {@code cluster_id}, multi-source) and
 *       FRANK dev (one-source stories): share of published sentences whose quotes are exact
 *       substrings, and share that the {@link GroundingChecker} accepts;
 *   <li>quality: ROUGE-1/2/L F of the lede vs the human reference on FRANK's CNN/DailyMail
 *       articles, beside lead-3 (the first three sentences of our own splitter) scored by the same
 *       {@link Rouge}; on ECB+: sections, distinct sources cited, redundant sentence pairs (MiniLM
 *       cosine over 0.9 or token Jaccard over 0.6);
 *   <li>structure: violations of the hard limits ({@link StructureLimits}) on every story;
 *   <li>speed: ms to write 5-, 20- and 100-article stories, with embedding (cold cache) and without
 *       (embeddings already cached).
 * </ol>
 *
 * Usage: {@code bench/write [DATA_DIR] [--hashing] [--dump N]}.
 */
public final class WriterBench {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Instant NOW = Instant.parse("2025-01-01T00:00:00Z");

  private WriterBench() {}

  public static void main(String[] args) throws Exception {
    Path data = Path.of("..", "shared", "data");
    boolean hashing = false;
    int dump = 0;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--hashing" -> hashing = true;
        case "--dump" -> dump = Integer.parseInt(args[++i]);
        default -> data = Path.of(args[i]);
      }
    }
    Path ecb = data.resolve("clustering/ecbplus-dev/docs.jsonl");
    Path frank = data.resolve("summarization/frank-dev/articles");
    if (!Files.exists(ecb) || !Files.isDirectory(frank)) {
      System.out.println("skipped: " + ecb + " or " + frank + " is missing");
      return;
    }
    MiniLmEmbedder minilm = hashing ? null : MiniLmEmbedder.create();
    Embedder base = hashing ? new HashingEmbedder() : minilm;
    EmbeddingCache cache = EmbeddingCache.create(200_000);
    Embedder embedder = new CachingEmbedder(base, cache);
    OfflineWriter writer = OfflineWriter.create(embedder);

    Map<String, List<WriterInput>> events = loadEcb(ecb);
    List<FrankArticle> frankArticles = loadFrank(frank);

    Tally ground = new Tally();
    Tally structure = new Tally();
    List<String> violationSamples = new ArrayList<>();
    int dumped = 0;
    // ECB+ events
    int ecbStories = 0;
    double sectionsSum = 0;
    int sectionsMin = Integer.MAX_VALUE;
    int citedShort = 0;
    int redundantPairs = 0;
    int disagreementStories = 0;
    for (Map.Entry<String, List<WriterInput>> e : events.entrySet()) {
      List<WriterInput> in = e.getValue();
      WrittenStory s = writer.write(e.getKey(), in, List.of(), NOW);
      ecbStories++;
      ground.add(grounding(s, in));
      structure.stories++;
      List<String> v = StructureLimits.violations(s, in.size());
      structure.bad += v.isEmpty() ? 0 : 1;
      structure.items += v.size();
      if (!v.isEmpty() && violationSamples.size() < 8) {
        violationSamples.add(e.getKey() + ": " + v);
      }
      sectionsSum += s.sections().size();
      sectionsMin = Math.min(sectionsMin, s.sections().size());
      Set<String> cited = new HashSet<>();
      for (WrittenSentence ws : StructureLimits.sentences(s)) {
        ws.sources().forEach(sp -> cited.add(sp.article()));
      }
      if (cited.size() < Math.min(3, in.size())) {
        citedShort++;
      }
      redundantPairs += redundantPairs(StructureLimits.sentences(s), base);
      disagreementStories += s.disagreements().isEmpty() ? 0 : 1;
      if (dumped < dump) {
        dumped++;
        System.out.println(pretty(s));
      }
    }
    // FRANK
    double[] ledeSum = new double[3];
    double[] leadSum = new double[3];
    int cnndm = 0;
    int ledeWins = 0;
    for (FrankArticle a : frankArticles) {
      List<WriterInput> in = List.of(a.input);
      WrittenStory s = writer.write(a.input.id(), in, List.of(), NOW);
      ground.add(grounding(s, in));
      structure.stories++;
      List<String> v = StructureLimits.violations(s, 1);
      structure.bad += v.isEmpty() ? 0 : 1;
      structure.items += v.size();
      if (!v.isEmpty() && violationSamples.size() < 16) {
        violationSamples.add(a.input.id() + ": " + v);
      }
      if (a.reference.isPresent()) {
        cnndm++;
        String lede = String.join(" ", s.lede().stream().map(WrittenSentence::text).toList());
        String lead3 = lead3(a.input.text());
        String ref = a.reference.get();
        double[] l = {
          Rouge.rougeN(lede, ref, 1).f(),
          Rouge.rougeN(lede, ref, 2).f(),
          Rouge.rougeL(lede, ref).f()
        };
        double[] b = {
          Rouge.rougeN(lead3, ref, 1).f(),
          Rouge.rougeN(lead3, ref, 2).f(),
          Rouge.rougeL(lead3, ref).f()
        };
        for (int k = 0; k < 3; k++) {
          ledeSum[k] += l[k];
          leadSum[k] += b[k];
        }
        ledeWins += l[0] >= b[0] ? 1 : 0;
      }
      if (dumped < dump && a.reference.isPresent()) {
        dumped++;
        System.out.println(pretty(s));
      }
    }

    System.out.println();
    System.out.println(
        "== Writer bench (" + (hashing ? "hashing embedder" : "all-MiniLM-L6-v2") + ")");
    System.out.printf(
        Locale.ROOT,
        "stories: %d ECB+ events (multi-source), %d FRANK dev articles (one source)%n",
        ecbStories,
        frankArticles.size());
    System.out.println();
    System.out.println("1. Grounding (every published sentence: lede, sections, background)");
    System.out.printf(Locale.ROOT, "%-44s %8s%n", "measure", "value");
    System.out.printf(Locale.ROOT, "%-44s %8d%n", "sentences", ground.items);
    System.out.printf(
        Locale.ROOT, "%-44s %7.2f%%%n", "quotes are exact substrings", ground.pct(ground.exact));
    System.out.printf(
        Locale.ROOT, "%-44s %7.2f%%%n", "accepted by GroundingChecker", ground.pct(ground.checked));
    System.out.printf(Locale.ROOT, "%-44s %8d%n", "stories with an empty lede", ground.emptyLede);
    System.out.println();
    System.out.println(
        "2a. Quality: FRANK dev CNN/DailyMail, F x100 vs human reference (" + cnndm + " articles)");
    System.out.printf(
        Locale.ROOT, "%-12s %8s %8s %8s%n", "system", "ROUGE-1", "ROUGE-2", "ROUGE-L");
    System.out.printf(
        Locale.ROOT,
        "%-12s %8.2f %8.2f %8.2f%n",
        "lede",
        100 * ledeSum[0] / cnndm,
        100 * ledeSum[1] / cnndm,
        100 * ledeSum[2] / cnndm);
    System.out.printf(
        Locale.ROOT,
        "%-12s %8.2f %8.2f %8.2f%n",
        "lead-3",
        100 * leadSum[0] / cnndm,
        100 * leadSum[1] / cnndm,
        100 * leadSum[2] / cnndm);
    System.out.printf(
        Locale.ROOT, "lede ROUGE-1 >= lead-3 on %d of %d articles%n", ledeWins, cnndm);
    System.out.println();
    System.out.println("2b. Quality: ECB+ dev events");
    System.out.printf(
        Locale.ROOT, "%-44s %8.2f%n", "sections per story (mean)", sectionsSum / ecbStories);
    System.out.printf(Locale.ROOT, "%-44s %8d%n", "sections per story (min)", sectionsMin);
    System.out.printf(Locale.ROOT, "%-44s %8d%n", "stories citing < min(3, n) sources", citedShort);
    System.out.printf(
        Locale.ROOT, "%-44s %8d%n", "redundant sentence pairs (cos>0.9|jac>0.6)", redundantPairs);
    System.out.printf(
        Locale.ROOT, "%-44s %8d%n", "stories reporting a disagreement", disagreementStories);
    System.out.println();
    System.out.println("3. Structure limits (all stories)");
    System.out.printf(Locale.ROOT, "%-44s %8d%n", "stories", structure.stories);
    System.out.printf(Locale.ROOT, "%-44s %8d%n", "stories with a violation", structure.bad);
    System.out.printf(Locale.ROOT, "%-44s %8d%n", "violations", structure.items);
    for (String v : violationSamples) {
      System.out.println("  " + v);
    }
    System.out.println();
    speed(hashing ? new HashingEmbedder() : minilm, events);
    if (minilm != null) {
      minilm.close();
    }
  }

  private static void speed(Embedder base, Map<String, List<WriterInput>> events) {
    List<WriterInput> all = new ArrayList<>();
    events.values().forEach(all::addAll);
    System.out.println("4. Speed (ms per story, median of 5 runs; ECB+ articles)");
    System.out.printf(
        Locale.ROOT,
        "%-10s %8s %14s %16s %12s%n",
        "articles",
        "sentences",
        "with embedding",
        "embeddings cached",
        "embed share");
    for (int size : new int[] {5, 20, 100}) {
      List<WriterInput> story = new ArrayList<>(all.subList(0, Math.min(size, all.size())));
      long sentences = story.stream().mapToLong(w -> SentenceSplitter.split(w.text()).size()).sum();
      long[] cold = new long[5];
      long[] warm = new long[5];
      for (int r = 0; r < 5; r++) {
        EmbeddingCache cache = EmbeddingCache.create(100_000);
        OfflineWriter w = OfflineWriter.create(new CachingEmbedder(base, cache));
        long t0 = System.nanoTime();
        w.write("speed", story, List.of(), NOW);
        cold[r] = System.nanoTime() - t0;
        t0 = System.nanoTime();
        w.write("speed", story, List.of(), NOW);
        warm[r] = System.nanoTime() - t0;
      }
      Arrays.sort(cold);
      Arrays.sort(warm);
      double c = cold[2] / 1e6;
      double h = warm[2] / 1e6;
      System.out.printf(
          Locale.ROOT,
          "%-10d %8d %14.1f %16.1f %11.0f%%%n",
          story.size(),
          sentences,
          c,
          h,
          100 * (c - h) / c);
    }
  }

  private static int redundantPairs(List<WrittenSentence> ss, Embedder embedder) {
    if (ss.size() < 2) {
      return 0;
    }
    float[][] v = embedder.embed(ss.stream().map(WrittenSentence::text).toList());
    int n = 0;
    for (int i = 0; i < ss.size(); i++) {
      Set<String> a = new HashSet<>(Words.lowerWords(ss.get(i).text()));
      for (int j = i + 1; j < ss.size(); j++) {
        Set<String> b = new HashSet<>(Words.lowerWords(ss.get(j).text()));
        if (Vectors.cosine(v[i], v[j]) > 0.9 || Vectors.jaccard(a, b) > 0.6) {
          n++;
        }
      }
    }
    return n;
  }

  private static String lead3(String text) {
    List<Sentence> s = SentenceSplitter.split(text);
    return String.join(
        " ", s.subList(0, Math.min(3, s.size())).stream().map(Sentence::text).toList());
  }

  private static final class Tally {
    int items;
    int exact;
    int checked;
    int stories;
    int bad;
    int emptyLede;

    void add(Tally t) {
      items += t.items;
      exact += t.exact;
      checked += t.checked;
      emptyLede += t.emptyLede;
    }

    double pct(int n) {
      return items == 0 ? 100 : 100.0 * n / items;
    }
  }

  private static Tally grounding(WrittenStory s, List<WriterInput> in) {
    Map<String, String> texts = new LinkedHashMap<>();
    in.forEach(w -> texts.put(w.id(), w.text()));
    GroundingChecker checker = GroundingChecker.of(texts);
    Tally t = new Tally();
    for (WrittenSentence ws : StructureLimits.sentences(s)) {
      t.items++;
      boolean exact = true;
      for (SourceSpan sp : ws.sources()) {
        String text = texts.get(sp.article());
        exact &= text != null && text.contains(sp.quote());
      }
      t.exact += exact ? 1 : 0;
      t.checked += checker.supports(ws) ? 1 : 0;
    }
    t.emptyLede = s.lede().isEmpty() ? 1 : 0;
    return t;
  }

  private static Map<String, List<WriterInput>> loadEcb(Path file) throws Exception {
    Map<String, List<WriterInput>> out = new LinkedHashMap<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode n = JSON.readTree(line);
        String doc = n.get("doc_name").asText();
        Optional<String> url = text(n, "source_url");
        String outlet = text(n, "source_domain").orElse(doc.replace(".xml", ""));
        WriterInput w =
            new WriterInput(
                doc, Optional.empty(), n.get("text").asText(), outlet, url, Optional.empty());
        out.computeIfAbsent(n.get("cluster_id").asText(), k -> new ArrayList<>()).add(w);
      }
    }
    return out;
  }

  private record FrankArticle(WriterInput input, Optional<String> reference) {}

  private static List<FrankArticle> loadFrank(Path dir) throws Exception {
    List<FrankArticle> out = new ArrayList<>();
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    for (Path f : files) {
      JsonNode n = JSON.readTree(f.toFile());
      String id = n.get("hash").asText();
      String url = n.get("url").asText();
      String outlet =
          url.contains("dailymail") ? "Daily Mail" : url.contains("cnn.com") ? "CNN" : "BBC";
      WriterInput w =
          new WriterInput(
              id,
              Optional.empty(),
              n.get("article").asText(),
              outlet,
              Optional.of(url),
              Optional.empty());
      Optional<String> ref = text(n, "bart_reference");
      out.add(new FrankArticle(w, ref));
    }
    return out;
  }

  private static Optional<String> text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() || v.asText().isBlank()
        ? Optional.empty()
        : Optional.of(v.asText());
  }

  private static String pretty(WrittenStory s) throws Exception {
    ObjectMapper m =
        new ObjectMapper()
            .registerModule(new Jdk8Module())
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT);
    return m.writeValueAsString(s);
  }
}
