package dev.lede.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.lede.model.SourceSpan;
import dev.lede.model.WrittenSentence;
import dev.lede.model.WrittenStory;
import dev.lede.nlp.Analysis;
import dev.lede.nlp.Embedder;
import dev.lede.nlp.EmbeddingCache;
import dev.lede.nlp.EmbeddingText;
import dev.lede.nlp.MiniLmEmbedder;
import dev.lede.nlp.Nlp;
import dev.lede.nlp.Sentence;
import dev.lede.nlp.SentenceSplitter;
import dev.lede.nlp.StoredEmbedder;
import dev.lede.nlp.VectorStore;
import dev.lede.store.jdbc.JdbcVectors;
import dev.lede.store.sqlite.SqliteStore;
import dev.lede.write.GroundingChecker;
import dev.lede.write.OfflineWriter;
import dev.lede.write.StoryChecks;
import dev.lede.write.StructureLimits;
import dev.lede.write.WriterInput;
import dev.lede.write.internal.Vectors;
import dev.lede.write.internal.Words;
import java.io.BufferedReader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Evaluates the offline writer on the shared evaluation data (read in place), once per way of
 * getting sentence vectors:
 *
 * <ul>
 *   <li><b>stored</b>: {@link OfflineWriter#withVectors}, with exactly what ingest stores for each
 *       article (MiniLM vectors of its title and its {@value #INGEST_KEY_SENTENCES} key sentences,
 *       {@link EmbeddingText#keySentences}); the newsroom's path;
 *   <li><b>create</b>: {@link OfflineWriter#create(Embedder)}, MiniLM on at most {@value
 *       OfflineWriter#DEFAULT_MAX_EMBEDDED} sentences per story; {@code lede write}'s path;
 *   <li><b>lexical</b>: {@link OfflineWriter#lexical()}, no embeddings;
 *   <li><b>embed-all</b> (with {@code --all}): MiniLM on every candidate sentence, the old
 *       behaviour, for reference.
 * </ul>
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
 *   <li>speed: ms to write 5-, 20- and 100-article stories: (a) vectors stored at ingest, read from
 *       a real SQLite file, only the write timed; (b) stateless {@code create(MiniLM)} with nothing
 *       cached, model inference included (model loading reported apart); lexical for reference.
 * </ol>
 *
 * MiniLM vectors are kept between runs in {@code target/bench-write-cache} (a bench convenience:
 * the timed paths never read it). Usage: {@code bench/write [DATA_DIR] [--all] [--no-speed] [--dump
 * N]}.
 */
public final class WriterBench {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Instant NOW = Instant.parse("2025-01-01T00:00:00Z");

  /** Key sentences per article that ingest embeds and stores (besides the title). */
  static final int INGEST_KEY_SENTENCES = 5;

  private static final int RUNS = 7;

  /** ECB+ dev topics after this one are held out for blind judging: never written here. */
  static final int LAST_DEV_TOPIC = 25;

  private WriterBench() {}

  private record Mode(String name, OfflineWriter writer) {}

  public static void main(String[] args) throws Exception {
    Path data = Path.of("..", "shared", "data");
    boolean all = false;
    boolean speed = true;
    int dump = 0;
    boolean secondHalf = false;
    Set<String> only = Set.of("stored");
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--all" -> {
          all = true;
          only = Set.of("stored", "create", "lexical", "embed-all");
        }
        case "--modes" -> only = Set.of(args[++i].split(","));
        case "--frank-second-half" -> secondHalf = true;
        case "--no-speed" -> speed = false;
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
    MiniLmEmbedder minilm = MiniLmEmbedder.create();
    SqliteStore cacheDb = SqliteStore.open(Path.of("target", "bench-write-cache"));
    Embedder cached = StoredEmbedder.of(minilm, JdbcVectors.of(cacheDb));

    Map<String, List<WriterInput>> events = loadEcb(ecb);
    List<FrankArticle> frankArticles = half(loadFrank(frank), secondHalf);
    List<WriterInput> everything = new ArrayList<>();
    events.values().forEach(everything::addAll);
    frankArticles.forEach(f -> everything.add(f.input));
    long t0 = System.nanoTime();
    MapVectors ingested = ingest(everything, cached);
    System.out.printf(
        Locale.ROOT,
        "ingest simulation: %d vectors for %d articles (title + %d key sentences), %.1f s%n",
        ingested.size(),
        everything.size(),
        INGEST_KEY_SENTENCES,
        (System.nanoTime() - t0) / 1e9);

    List<Mode> modes = new ArrayList<>();
    modes.add(new Mode("stored", OfflineWriter.withVectors(ingested)));
    modes.add(new Mode("create", OfflineWriter.create(cached)));
    modes.add(new Mode("lexical", OfflineWriter.lexical()));
    if (all) {
      modes.add(new Mode("embed-all", OfflineWriter.create(cached, Integer.MAX_VALUE)));
    }
    Set<String> wanted = only;
    modes.removeIf(m -> !wanted.contains(m.name));
    System.out.println(
        "FRANK CNN/DailyMail: "
            + (secondHalf ? "second half (held out: measure once, never tune)" : "first half (dev)")
            + "; ECB+ topics 1-"
            + LAST_DEV_TOPIC
            + " (26-35 are held out)");
    List<Result> results = new ArrayList<>();
    for (Mode m : modes) {
      results.add(evaluate(m, events, frankArticles, cached, m == modes.get(0) ? dump : 0));
    }
    print(results, events.size(), frankArticles.size());
    String closeFile = System.getenv("LEDE_BENCH_CLOSE");
    if (closeFile != null) {
      Files.write(Path.of(closeFile), results.get(0).closeSamples);
    }
    if (Files.exists(HeadlineBench.WIKINEWS)) {
      System.out.println(
          "4. Headlines vs the outlets' own titles (demo Wikinews, one article a story)");
      HeadlineBench.printRows(
          OfflineWriter.create(cached), HeadlineBench.load(HeadlineBench.WIKINEWS), false);
      System.out.println();
    }
    if (speed) {
      speed(minilm, cached, events);
    }
    minilm.close();
  }

  /** What ingest stores: MiniLM vectors of each article's title and key sentences. */
  static MapVectors ingest(List<WriterInput> articles, Embedder embedder) {
    MapVectors store = new MapVectors();
    List<String> texts = new ArrayList<>();
    for (WriterInput w : articles) {
      texts.addAll(ingestTexts(w));
    }
    List<String> distinct = new ArrayList<>(new LinkedHashSet<>(texts));
    float[][] vs = embedder.embed(distinct);
    for (int i = 0; i < vs.length; i++) {
      store.put(EmbeddingCache.keyOf(distinct.get(i)), vs[i]);
    }
    return store;
  }

  private static List<String> ingestTexts(WriterInput w) {
    List<String> out = new ArrayList<>();
    String title = w.title().orElse("");
    w.title().filter(t -> !t.isBlank()).ifPresent(out::add);
    Analysis a = Nlp.analyze(title, w.text(), Optional.empty());
    for (Sentence s : EmbeddingText.keySentences(a, INGEST_KEY_SENTENCES)) {
      out.add(s.text());
    }
    return out;
  }

  /** An in-memory {@link VectorStore}. */
  static final class MapVectors implements VectorStore {
    private final Map<String, float[]> map = new HashMap<>();

    @Override
    public Optional<float[]> get(String key) {
      return Optional.ofNullable(map.get(key));
    }

    @Override
    public void put(String key, float[] vector) {
      map.put(key, vector);
    }

    int size() {
      return map.size();
    }
  }

  private static final class Result {
    String mode;
    Tally ground = new Tally();
    Tally headline = new Tally();
    Tally structure = new Tally();
    List<String> violationSamples = new ArrayList<>();
    List<String> structureSamples = new ArrayList<>();
    int ecbStories;
    double sectionsSum;
    int sectionsMin = Integer.MAX_VALUE;
    int citedShort;
    int redundantPairs;
    int disagreementStories;
    int restated;
    int[] closePairs = new int[CLOSE.length];
    int[] closeStories = new int[CLOSE.length];
    List<String> closeSamples = new ArrayList<>();
    int unattributedConflicts;
    int reconciled;
    int pronounParagraphs;
    int offFuture;
    double[] ledeSum = new double[3];
    double[] leadSum = new double[3];
    int cnndm;
    int ledeWins;
    double seoSum;
    int seoStories;
  }

  private static Result evaluate(
      Mode mode,
      Map<String, List<WriterInput>> events,
      List<FrankArticle> frankArticles,
      Embedder redundancyEmbedder,
      int dump)
      throws Exception {
    Result r = new Result();
    r.mode = mode.name;
    OfflineWriter writer = mode.writer;
    int dumped = 0;
    for (Map.Entry<String, List<WriterInput>> e : events.entrySet()) {
      List<WriterInput> in = e.getValue();
      WrittenStory s = writer.write(e.getKey(), in, List.of(), NOW);
      r.ecbStories++;
      r.ground.add(grounding(s, in));
      headline(r, s, in, e.getKey());
      structure(r, s, in.size(), e.getKey());
      r.sectionsSum += s.sections().size();
      r.sectionsMin = Math.min(r.sectionsMin, s.sections().size());
      Set<String> cited = new HashSet<>();
      for (WrittenSentence ws : StructureLimits.sentences(s)) {
        ws.sources().forEach(sp -> cited.add(sp.article()));
      }
      if (cited.size() < Math.min(3, in.size())) {
        r.citedShort++;
      }
      r.redundantPairs +=
          redundantPairs(StructureLimits.sentences(s), redundancyEmbedder, r.violationSamples);
      r.disagreementStories += s.disagreements().isEmpty() ? 0 : 1;
      closePairs(r, s, in, redundancyEmbedder);
      StoryChecks.Counts counts = StoryChecks.count(s, in);
      r.restated += counts.restatedPairs();
      r.unattributedConflicts += counts.unattributedConflicts();
      r.reconciled += counts.reconciled();
      r.pronounParagraphs += counts.pronounParagraphs();
      r.offFuture += counts.pastInNext();
      if (r.violationSamples.size() < 12) {
        counts.samples().forEach(x -> r.violationSamples.add(e.getKey() + ": " + x));
      }
      if (dumped < dump) {
        dumped++;
        System.out.println(pretty(s));
      }
    }
    for (FrankArticle a : frankArticles) {
      List<WriterInput> in = List.of(a.input);
      WrittenStory s = writer.write(a.input.id(), in, List.of(), NOW);
      r.ground.add(grounding(s, in));
      headline(r, s, in, a.input.id());
      structure(r, s, 1, a.input.id());
      if (a.reference.isPresent()) {
        r.cnndm++;
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
          r.ledeSum[k] += l[k];
          r.leadSum[k] += b[k];
        }
        r.ledeWins += l[0] >= b[0] ? 1 : 0;
      }
      if (dumped < dump && a.reference.isPresent()) {
        dumped++;
        System.out.println(pretty(s));
      }
    }
    return r;
  }

  /** Counts the headline's grounding; one the checker refuses is listed with the samples. */
  private static void headline(Result r, WrittenStory s, List<WriterInput> in, String id) {
    Tally h = headlineGrounding(s, in);
    r.headline.add(h);
    if (h.checked == 0 && r.structureSamples.size() < 40) {
      r.structureSamples.add(id + ": headline not accepted by the checker: " + s.headline());
    }
  }

  private static void structure(Result r, WrittenStory s, int sources, String id) {
    r.structure.stories++;
    List<String> v = StructureLimits.violations(s, sources);
    r.structure.bad += v.isEmpty() ? 0 : 1;
    r.structure.items += v.size();
    if (!v.isEmpty() && r.structureSamples.size() < 40) {
      r.structureSamples.add(id + ": " + v);
    }
    r.seoSum += s.seo().score();
    r.seoStories++;
  }

  private static void row(
      List<Result> rs, String label, java.util.function.Function<Result, String> f) {
    StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%-44s", label));
    for (Result r : rs) {
      b.append(String.format(Locale.ROOT, " %10s", f.apply(r)));
    }
    System.out.println(b);
  }

  private static String f2(double v) {
    return String.format(Locale.ROOT, "%.2f", v);
  }

  private static void print(List<Result> rs, int ecb, int frank) {
    System.out.println();
    System.out.println("== Writer bench (MiniLM = all-MiniLM-L6-v2)");
    System.out.printf(
        Locale.ROOT,
        "stories: %d ECB+ events (multi-source), %d FRANK dev articles (one source)%n",
        ecb,
        frank);
    System.out.println();
    row(rs, "vectors:", r -> r.mode);
    System.out.println("1. Grounding (every published sentence: lede, sections, background)");
    row(rs, "sentences", r -> "" + r.ground.items);
    row(rs, "quotes are exact substrings (%)", r -> f2(r.ground.pct(r.ground.exact)));
    row(rs, "accepted by GroundingChecker (%)", r -> f2(r.ground.pct(r.ground.checked)));
    row(rs, "stories with an empty lede", r -> "" + r.ground.emptyLede);
    row(rs, "headlines citing exact quotes (%)", r -> f2(r.headline.pct(r.headline.exact)));
    row(
        rs,
        "headlines accepted by GroundingChecker (%)",
        r -> f2(r.headline.pct(r.headline.checked)));
    int cnndm = rs.get(0).cnndm;
    System.out.println(
        "2a. Quality: FRANK CNN/DailyMail (the half named above), F x100 vs human reference ("
            + cnndm
            + " articles)");
    row(rs, "lede ROUGE-1", r -> f2(100 * r.ledeSum[0] / r.cnndm));
    row(rs, "lede ROUGE-2", r -> f2(100 * r.ledeSum[1] / r.cnndm));
    row(rs, "lede ROUGE-L", r -> f2(100 * r.ledeSum[2] / r.cnndm));
    row(rs, "lead-3 ROUGE-1", r -> f2(100 * r.leadSum[0] / r.cnndm));
    row(rs, "lead-3 ROUGE-2", r -> f2(100 * r.leadSum[1] / r.cnndm));
    row(rs, "lead-3 ROUGE-L", r -> f2(100 * r.leadSum[2] / r.cnndm));
    row(rs, "articles with lede ROUGE-1 >= lead-3", r -> r.ledeWins + "/" + r.cnndm);
    System.out.println("2b. Quality: ECB+ dev events");
    row(rs, "sections per story (mean)", r -> f2(r.sectionsSum / r.ecbStories));
    row(rs, "sections per story (min)", r -> "" + r.sectionsMin);
    row(rs, "stories citing < min(3, n) sources", r -> "" + r.citedShort);
    row(rs, "redundant sentence pairs (cos>0.9|jac>0.6)", r -> "" + r.redundantPairs);
    row(rs, "stories reporting a disagreement", r -> "" + r.disagreementStories);
    row(rs, "restated fact pairs (same actor, amounts, event)", r -> "" + r.restated);
    for (int k = 0; k < CLOSE.length; k++) {
      int kk = k;
      row(
          rs,
          "restated by MiniLM: pairs (stories) cos>=" + CLOSE[k],
          r -> r.closePairs[kk] + " (" + r.closeStories[kk] + ")");
    }
    row(rs, "conflicting figures stated without attribution", r -> "" + r.unattributedConflicts);
    row(rs, "reconciled figures (attributed sentences)", r -> "" + r.reconciled);
    row(rs, "paragraphs opening with a loose pronoun", r -> "" + r.pronounParagraphs);
    row(rs, "past-tense sentences under 'what comes next'", r -> "" + r.offFuture);
    System.out.println("3. Structure limits (all stories)");
    row(rs, "stories", r -> "" + r.structure.stories);
    row(rs, "stories with a violation", r -> "" + r.structure.bad);
    row(rs, "violations", r -> "" + r.structure.items);
    row(rs, "SEO score (mean)", r -> f2(r.seoSum / r.seoStories));
    for (Result r : rs) {
      for (String v : r.structureSamples) {
        System.out.println("  " + r.mode + " " + v);
      }
      for (String v : r.violationSamples) {
        System.out.println("  " + r.mode + " " + v);
      }
    }
    System.out.println();
  }

  private static void speed(
      MiniLmEmbedder minilm, Embedder cached, Map<String, List<WriterInput>> events)
      throws Exception {
    List<WriterInput> all = new ArrayList<>();
    events.values().forEach(all::addAll);
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    System.out.printf(
        Locale.ROOT,
        "4. Speed (ms per story, median of %d runs; ECB+ articles in file order; %d cores;"
            + " load average before %s; MiniLM model load %s ms, not included)%n",
        RUNS,
        Runtime.getRuntime().availableProcessors(),
        LoadAverage.now(),
        MiniLmEmbedder.modelLoadTime().map(d -> "" + d.toMillis()).orElse("?"));
    System.out.println(
        "   (a) stored: OfflineWriter.withVectors(SQLite holding what ingest stored); first write ="
            + " a new writer; re-write = the story again after it gained its last article");
    System.out.println(
        "   (b) create cold: OfflineWriter.create(MiniLM), nothing cached, model inference"
            + " included; lexical: OfflineWriter.lexical(), first write");
    System.out.printf(
        Locale.ROOT,
        "%-8s %9s %8s | %-19s | %-19s | %15s | %12s%n",
        "articles",
        "sentences",
        "vectors",
        "(a) first wall/cpu",
        "(a) re-write w/cpu",
        "(b) create cold",
        "lexical");
    Path tmp = Files.createTempDirectory("writer-bench");
    for (int size : new int[] {5, 20, 100}) {
      List<WriterInput> story = new ArrayList<>(all.subList(0, Math.min(size, all.size())));
      List<WriterInput> before = story.subList(0, story.size() - 1);
      long sentences = story.stream().mapToLong(w -> SentenceSplitter.split(w.text()).size()).sum();
      // (a) what ingest stored for these articles, in a real SQLite file, filled before timing
      SqliteStore db = SqliteStore.open(tmp.resolve("s" + size));
      JdbcVectors stored = JdbcVectors.of(db);
      MapVectors mem = ingest(story, cached);
      mem.map.forEach(stored::put);
      long[] aw = new long[RUNS];
      long[] ac = new long[RUNS];
      long[] rw = new long[RUNS];
      long[] rc = new long[RUNS];
      long[] bw = new long[RUNS];
      long[] lw = new long[RUNS];
      for (int r = 0; r < RUNS; r++) {
        OfflineWriter a = OfflineWriter.withVectors(stored);
        long c0 = mx.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        a.write("speed", story, List.of(), NOW);
        aw[r] = System.nanoTime() - t0;
        ac[r] = mx.getCurrentThreadCpuTime() - c0;

        OfflineWriter again = OfflineWriter.withVectors(stored);
        again.write("speed", before, List.of(), NOW);
        c0 = mx.getCurrentThreadCpuTime();
        t0 = System.nanoTime();
        again.write("speed", story, List.of(), NOW);
        rw[r] = System.nanoTime() - t0;
        rc[r] = mx.getCurrentThreadCpuTime() - c0;

        OfflineWriter b = OfflineWriter.create(minilm); // nothing cached
        t0 = System.nanoTime();
        b.write("speed", story, List.of(), NOW);
        bw[r] = System.nanoTime() - t0;

        OfflineWriter lex = OfflineWriter.lexical();
        t0 = System.nanoTime();
        lex.write("speed", story, List.of(), NOW);
        lw[r] = System.nanoTime() - t0;
      }
      db.connection().close();
      System.out.printf(
          Locale.ROOT,
          "%-8d %9d %8d | %8.1f / %8.1f | %8.1f / %8.1f | %15.1f | %12.1f%n",
          story.size(),
          sentences,
          mem.size(),
          median(aw),
          median(ac),
          median(rw),
          median(rc),
          median(bw),
          median(lw));
    }
    System.out.println("load average after: " + LoadAverage.now());
  }

  private static double median(long[] ns) {
    long[] c = ns.clone();
    Arrays.sort(c);
    return c[c.length / 2] / 1e6;
  }

  private static int redundantPairs(
      List<WrittenSentence> ss, Embedder embedder, List<String> samples) {
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
          if (samples.size() < 8) {
            samples.add(
                String.format(
                    Locale.ROOT,
                    "redundant (cos %.2f, jaccard %.2f): \"%s\" / \"%s\"",
                    Vectors.cosine(v[i], v[j]),
                    Vectors.jaccard(a, b),
                    ss.get(i).text(),
                    ss.get(j).text()));
          }
        }
      }
    }
    return n;
  }

  /**
   * MiniLM cosines from which two published sentences of a story are counted as one fact told
   * twice.
   */
  static final double[] CLOSE = {0.7, 0.8};

  /**
   * Pairs of lede and section sentences, from different articles, whose MiniLM cosine (attributions
   * of the sources taken out) reaches each of {@link #CLOSE}: an editor's "the same fact restated",
   * measured by the model rather than by the writer's own rules. Samples go to the file named by
   * the LEDE_BENCH_CLOSE environment variable.
   */
  private static void closePairs(Result r, WrittenStory s, List<WriterInput> in, Embedder e)
      throws Exception {
    List<WrittenSentence> ss = new ArrayList<>(s.lede());
    s.sections().forEach(sec -> sec.paragraphs().forEach(ss::addAll));
    List<String> bare = new ArrayList<>();
    for (WrittenSentence w : ss) {
      bare.add(dev.lede.write.internal.Attribution.bare(w.text(), in));
    }
    if (bare.size() < 2) {
      return;
    }
    float[][] v = e.embed(bare);
    boolean[] any = new boolean[CLOSE.length];
    for (int i = 0; i < ss.size(); i++) {
      for (int j = i + 1; j < ss.size(); j++) {
        Set<String> a = new HashSet<>();
        ss.get(i).sources().forEach(x -> a.add(x.article()));
        Set<String> b = new HashSet<>();
        ss.get(j).sources().forEach(x -> b.add(x.article()));
        if (a.equals(b) && a.size() == 1) {
          continue; // one article's own sentences: its story told in order, not a retelling
        }
        double cos = Vectors.cosine(v[i], v[j]);
        for (int k = 0; k < CLOSE.length; k++) {
          if (cos >= CLOSE[k]) {
            r.closePairs[k]++;
            any[k] = true;
          }
        }
        if (cos >= CLOSE[0]) {
          r.closeSamples.add(
              String.format(
                  Locale.ROOT,
                  "%s %.2f: \"%s\" / \"%s\"",
                  s.story(),
                  cos,
                  ss.get(i).text(),
                  ss.get(j).text()));
        }
      }
    }
    for (int k = 0; k < CLOSE.length; k++) {
      r.closeStories[k] += any[k] ? 1 : 0;
    }
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
    GroundingChecker checker = GroundingChecker.forInputs(in);
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

  /** The headline checked like a sentence against the spans it cites. */
  private static Tally headlineGrounding(WrittenStory s, List<WriterInput> in) {
    Map<String, String> texts = new LinkedHashMap<>();
    in.forEach(w -> texts.put(w.id(), w.text()));
    Tally t = new Tally();
    t.items = 1;
    boolean exact = !s.headlineSources().isEmpty();
    for (SourceSpan sp : s.headlineSources()) {
      String text = texts.get(sp.article());
      exact &= text != null && text.contains(sp.quote());
    }
    t.exact = exact ? 1 : 0;
    t.checked =
        !s.headlineSources().isEmpty()
                && GroundingChecker.of(texts).check(s.headline(), s.headlineSources()).supported()
            ? 1
            : 0;
    return t;
  }

  public static Map<String, List<WriterInput>> loadEcb(Path file) throws Exception {
    Map<String, List<WriterInput>> out = new LinkedHashMap<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode n = JSON.readTree(line);
        if (n.get("topic").asInt() > LAST_DEV_TOPIC) {
          continue;
        }
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

  record FrankArticle(WriterInput input, Optional<String> reference) {}

  /**
   * One half of the FRANK articles: all XSum/BBC ones, and of the CNN/DailyMail ones (those with a
   * reference) in file-name order the first half, or the second (held out) half.
   */
  static List<FrankArticle> half(List<FrankArticle> all, boolean second) {
    List<FrankArticle> cnndm = all.stream().filter(a -> a.reference.isPresent()).toList();
    int cut = cnndm.size() / 2;
    Set<FrankArticle> keep =
        new HashSet<>(second ? cnndm.subList(cut, cnndm.size()) : cnndm.subList(0, cut));
    return all.stream().filter(a -> a.reference.isEmpty() || keep.contains(a)).toList();
  }

  static List<FrankArticle> loadFrank(Path dir) throws Exception {
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
