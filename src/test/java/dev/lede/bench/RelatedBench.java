package dev.lede.bench;

import dev.lede.index.SearchIndex;
import dev.lede.index.TestArticles;
import dev.lede.index.VectorIndex;
import dev.lede.index.lucene.LuceneIndex;
import dev.lede.index.lucene.LuceneVectorIndex;
import dev.lede.model.Article;
import dev.lede.story.Story;
import dev.lede.testing.SharedData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Related-stories query latency on synthetic archives (default 10k and 100k stories).
 *
 * <p>Each story has one lead article in a real {@link LuceneIndex} (text: sentences of the bundled
 * Wikinews corpus, most drawn from its topic's pool, shuffled) and one vector in a real {@link
 * VectorIndex} HNSW index (a random unit vector perturbed around one of a few hundred topic
 * centres; 5% are near-copies of an earlier story). A query runs the two retrieval legs (BM25 more
 * like this over the lead article, top 60; kNN of the story's vector, top 60) and the merge /
 * diversity step ({@code RelatedStories.rank}) over synthetic story snapshots. Not measured here:
 * the SQLite article-to-story look-ups and clusterer snapshots the full {@code RelatedStories.find}
 * does for its candidates; {@link RelatedFullBench} ({@code bench/related --full}) times the whole
 * method on a real data folder.
 *
 * <p>Args: {@code [--sizes=10000,100000] [--queries=500] [--topics=300] [--seed=1]}.
 */
public final class RelatedBench {
  static final int DIM = 384;
  static final int CANDIDATES = 60;
  static final Instant T0 = Instant.parse("2020-01-01T00:00:00Z");

  public static void main(String[] args) throws Exception {
    int[] sizes = {10_000, 100_000};
    int queries = 500;
    int topics = 300;
    long seed = 1;
    for (String a : args) {
      if (a.startsWith("--sizes=")) {
        sizes = Arrays.stream(a.substring(8).split(",")).mapToInt(Integer::parseInt).toArray();
      } else if (a.startsWith("--queries=")) {
        queries = Integer.parseInt(a.substring(10));
      } else if (a.startsWith("--topics=")) {
        topics = Integer.parseInt(a.substring(9));
      } else if (a.startsWith("--seed=")) {
        seed = Long.parseLong(a.substring(7));
      } else {
        throw new IllegalArgumentException("unknown argument: " + a);
      }
    }
    Path corpus =
        SharedData.root()
            .orElseThrow(() -> new IllegalStateException("../shared/data not found"))
            .resolve("data/corpus/wikinews-en-timeline/articles.jsonl");
    List<String> sentences = sentences(TestArticles.wikinews(corpus));
    System.out.printf(
        "related-stories bench: %d corpus sentences, %d topics, %d queries per size, dim %d,"
            + " top %d per leg, limit 5%n",
        sentences.size(), topics, queries, DIM, CANDIDATES);
    List<String> rows = new ArrayList<>();
    for (int n : sizes) {
      rows.add(run(n, topics, queries, seed, sentences));
    }
    System.out.println();
    System.out.println(
        "| stories | build idx s | build vec s | BM25 p50/p99 ms | kNN p50/p99 ms |"
            + " merge p50/p99 ms | total p50/p99 ms | heap MB | RSS MB | idx MB | vec MB |");
    System.out.println("|---|---|---|---|---|---|---|---|---|---|---|");
    rows.forEach(System.out::println);
  }

  static List<String> sentences(List<Article> articles) {
    List<String> out = new ArrayList<>();
    for (Article a : articles) {
      for (String line : a.text().split("\n")) {
        for (String s : line.split("(?<=[.!?])\\s+")) {
          if (s.length() >= 40 && s.length() <= 300) {
            out.add(s.strip());
          }
        }
      }
    }
    return out;
  }

  static String run(int n, int topics, int queries, long seed, List<String> sentences)
      throws IOException {
    Random rng = new Random(seed);
    Path dir = Path.of("target", "bench-related", Integer.toString(n));
    deleteTree(dir);
    Files.createDirectories(dir);

    float[][] centres = new float[topics][];
    int[][] pools = new int[topics][24];
    for (int t = 0; t < topics; t++) {
      centres[t] = unit(gaussian(rng, 1.0));
      for (int j = 0; j < pools[t].length; j++) {
        pools[t][j] = rng.nextInt(sentences.size());
      }
    }
    int[] topicOf = new int[n];
    float[][] vec = new float[n][];
    Instant[] time = new Instant[n];
    Map<String, Story> stories = new HashMap<>(n * 2);
    double sigma = 1.0 / Math.sqrt(DIM);
    for (int i = 0; i < n; i++) {
      boolean copy = i > 0 && rng.nextDouble() < 0.05;
      int t = copy ? topicOf[i - 1] : rng.nextInt(topics);
      topicOf[i] = t;
      float[] base = copy ? vec[i - 1] : centres[t];
      float[] v = gaussian(rng, copy ? sigma * 0.05 : sigma);
      for (int d = 0; d < DIM; d++) {
        v[d] += base[d];
      }
      vec[i] = unit(v);
      time[i] = T0.plus(Duration.ofMinutes(rng.nextInt(3 * 365 * 24 * 60)));
      List<String> terms = new ArrayList<>();
      for (int j = 0; j < 5; j++) {
        terms.add("t" + t + "w" + rng.nextInt(8));
      }
      List<String> keys = List.of("e:topic " + t + " k" + rng.nextInt(4), "e:story " + i);
      stories.put(
          "s" + i,
          new Story(
              "s" + i,
              List.of("a" + i),
              List.of("Outlet"),
              Optional.of(time[i]),
              Optional.of(time[i]),
              terms,
              keys,
              List.of()));
    }

    long t0 = System.nanoTime();
    String[] leadText = new String[n];
    try (LuceneIndex index = LuceneIndex.open(dir.resolve("index"));
        VectorIndex vectors = LuceneVectorIndex.open(dir.resolve("vectors"))) {
      for (int i = 0; i < n; i++) {
        int[] pool = pools[topicOf[i]];
        StringBuilder text = new StringBuilder();
        for (int j = 0; j < 8; j++) {
          int s = j < 6 ? pool[rng.nextInt(pool.length)] : rng.nextInt(sentences.size());
          text.append(sentences.get(s)).append(j % 3 == 2 ? "\n\n" : " ");
        }
        String title = title(sentences.get(pool[rng.nextInt(pool.length)]));
        String body = text.toString().strip();
        leadText[i] = title + "\n" + body.substring(0, Math.min(body.length(), 2000));
        index.upsert(TestArticles.of("a" + i, "en", title, body, Optional.of(time[i])));
      }
      index.commit();
      double buildIndex = (System.nanoTime() - t0) / 1e9;
      long t1 = System.nanoTime();
      for (int i = 0; i < n; i++) {
        vectors.put("s" + i, vec[i]);
      }
      vectors.commit();
      double buildVectors = (System.nanoTime() - t1) / 1e9;

      int warmup = Math.min(200, queries);
      long[] bm25Ns = new long[queries];
      long[] knnNs = new long[queries];
      long[] mergeNs = new long[queries];
      long[] totalNs = new long[queries];
      int found = 0;
      int sameTopic = 0;
      for (int q = -warmup; q < queries; q++) {
        int i = rng.nextInt(n);
        String id = "s" + i;
        long a = System.nanoTime();
        Map<String, Double> bm25 = new LinkedHashMap<>();
        for (SearchIndex.Hit h : index.similar(leadText[i], "en", CANDIDATES)) {
          String s = "s" + h.id().substring(1);
          if (!s.equals(id)) {
            bm25.merge(s, (double) h.score(), Math::max);
          }
        }
        long b = System.nanoTime();
        Map<String, Double> knn = new LinkedHashMap<>();
        Optional<float[]> mine = vectors.vectorOf(id);
        if (mine.isPresent()) {
          for (VectorIndex.Neighbour nb : vectors.nearest(mine.get(), CANDIDATES, Set.of(id))) {
            knn.merge(nb.storyId(), nb.cosine(), Math::max);
          }
        }
        long c = System.nanoTime();
        List<String> picked =
            RelatedRanking.rank(
                id,
                new HashSet<>(stories.get(id).entityKeys()),
                time[i],
                bm25,
                knn,
                s -> Optional.ofNullable(stories.get(s)),
                s -> {
                  try {
                    return vectors.vectorOf(s);
                  } catch (IOException e) {
                    throw new UncheckedIOException(e);
                  }
                },
                5);
        long d = System.nanoTime();
        if (q >= 0) {
          bm25Ns[q] = b - a;
          knnNs[q] = c - b;
          mergeNs[q] = d - c;
          totalNs[q] = d - a;
          found += picked.size();
          for (String p : picked) {
            if (topicOf[Integer.parseInt(p.substring(1))] == topicOf[i]) {
              sameTopic++;
            }
          }
          if (picked.contains(id)) {
            throw new IllegalStateException("story " + id + " was related to itself");
          }
        }
      }
      System.gc();
      Runtime rt = Runtime.getRuntime();
      double heapMb = (rt.totalMemory() - rt.freeMemory()) / 1e6;
      System.out.printf(
          "%d stories: built in %.1f s + %.1f s; %.2f related per query, %.0f%% of them from"
              + " the query's topic%n",
          n,
          buildIndex,
          buildVectors,
          (double) found / queries,
          found == 0 ? 0.0 : 100.0 * sameTopic / found);
      return String.format(
          "| %,d | %.1f | %.1f | %s | %s | %s | %s | %.0f | %.0f | %.0f | %.0f |",
          n,
          buildIndex,
          buildVectors,
          pct(bm25Ns),
          pct(knnNs),
          pct(mergeNs),
          pct(totalNs),
          heapMb,
          rssMb(),
          sizeMb(dir.resolve("index")),
          sizeMb(dir.resolve("vectors")));
    } finally {
      deleteTree(dir);
    }
  }

  static String title(String sentence) {
    String[] w = sentence.split("\\s+");
    return String.join(" ", Arrays.copyOf(w, Math.min(w.length, 8)));
  }

  static float[] gaussian(Random rng, double sigma) {
    float[] v = new float[DIM];
    for (int d = 0; d < DIM; d++) {
      v[d] = (float) (rng.nextGaussian() * sigma);
    }
    return v;
  }

  static float[] unit(float[] v) {
    double s = 0;
    for (float x : v) {
      s += x * x;
    }
    double inv = 1 / Math.sqrt(s);
    for (int d = 0; d < v.length; d++) {
      v[d] *= (float) inv;
    }
    return v;
  }

  static String pct(long[] ns) {
    long[] s = ns.clone();
    Arrays.sort(s);
    double p50 = s[(int) Math.floor(0.50 * (s.length - 1))] / 1e6;
    double p99 = s[(int) Math.floor(0.99 * (s.length - 1))] / 1e6;
    return String.format("%.2f / %.2f", p50, p99);
  }

  static double rssMb() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmRSS:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1e3;
        }
      }
    } catch (IOException | RuntimeException e) {
      return -1;
    }
    return -1;
  }

  static double sizeMb(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(Files::isRegularFile)
              .mapToLong(
                  p -> {
                    try {
                      return Files.size(p);
                    } catch (IOException e) {
                      return 0;
                    }
                  })
              .sum()
          / 1e6;
    }
  }

  static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
