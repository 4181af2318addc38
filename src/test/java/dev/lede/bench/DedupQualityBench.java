package dev.lede.bench;

import dev.lede.dedup.NearDuplicates;
import dev.lede.dedup.SimHash;
import dev.lede.dedup.SyntheticDuplicates;
import dev.lede.dedup.SyntheticDuplicates.Doc;
import dev.lede.testing.SharedData;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Near-duplicate detection quality on synthetic variants of real Wikinews articles (English
 * timeline corpus: negatives are other articles of the same topic; Korean corpus: negatives are the
 * next 8 articles by date, except rows with the same title, which the Korean corpus holds twice and
 * are reported apart). Prints, per kind of pair, the SimHash distances and how often each rule
 * calls the pair a duplicate: SimHash distance at most 3, a shared band, the candidate pre-filter,
 * and the final {@link NearDuplicates#isNearDuplicate} decision.
 *
 * <p>Usage: {@code bench/dedup-quality [corpus.jsonl ...]} (defaults to the two shared corpora).
 */
public final class DedupQualityBench {
  private DedupQualityBench() {}

  public static void main(String[] args) throws Exception {
    List<Path> files = new ArrayList<>();
    for (String a : args) {
      files.add(Path.of(a));
    }
    if (files.isEmpty()) {
      Path data =
          SharedData.root()
              .orElseThrow(() -> new IllegalStateException("../shared/data not found"))
              .resolve("data/corpus");
      files.add(data.resolve("wikinews-en-timeline/articles.jsonl"));
      files.add(data.resolve("wikinews-ko/wikinews_ko.jsonl"));
    }
    for (Path file : files) {
      run(file);
    }
  }

  private static void run(Path file) throws Exception {
    List<Doc> docs;
    try (InputStream in = Files.newInputStream(file)) {
      docs = SyntheticDuplicates.load(in);
    }
    boolean topics = docs.stream().anyMatch(d -> !d.topic().isEmpty());
    Map<String, List<String[]>> pairs = new LinkedHashMap<>();
    for (int i = 0; i < docs.size(); i++) {
      String t = docs.get(i).text();
      add(pairs, "syndicated", t, SyntheticDuplicates.syndicated(t, i));
      add(pairs, "edited", t, SyntheticDuplicates.edited(t, i));
      add(pairs, "trimmed", t, SyntheticDuplicates.trimmed(t));
      add(
          pairs,
          "synd+edited",
          t,
          SyntheticDuplicates.syndicated(SyntheticDuplicates.edited(t, i), i + 1));
      add(
          pairs,
          "synd vs synd-trim",
          SyntheticDuplicates.syndicated(t, i),
          SyntheticDuplicates.syndicated(SyntheticDuplicates.trimmed(t), i + 1));
      String next = docs.get((i + 1) % docs.size()).text();
      add(
          pairs,
          "update +2 sent.",
          t,
          SyntheticDuplicates.updated(t, SyntheticDuplicates.firstSentences(next, 2)));
      for (int j = i + 1; j < docs.size(); j++) {
        Doc other = docs.get(j);
        boolean related = topics ? other.topic().equals(docs.get(i).topic()) : j - i <= 8;
        if (related && other.title().equals(docs.get(i).title())) {
          // The Korean corpus holds a few rows twice under different ids: real duplicates.
          add(pairs, "corpus repeats", t, other.text());
        } else if (related) {
          add(pairs, "NEG related", t, other.text());
          add(
              pairs,
              "NEG same wrapper",
              SyntheticDuplicates.syndicated(t, 0),
              SyntheticDuplicates.syndicated(other.text(), 0));
        }
      }
    }
    System.out.println();
    System.out.println(file.getFileName() + ": " + docs.size() + " articles");
    System.out.printf(
        "%-18s %6s | %-16s | %7s %7s %9s %9s%n",
        "pair kind",
        "pairs",
        "simhash p10/50/90",
        "d<=3",
        "band",
        "d<=" + NearDuplicates.MAX_CANDIDATE_DISTANCE,
        "isNearDup");
    long nanos = 0;
    long decisions = 0;
    for (var entry : pairs.entrySet()) {
      List<String[]> list = entry.getValue();
      int n = list.size();
      int[] dist = new int[n];
      int d3 = 0;
      int band = 0;
      int candidate = 0;
      int duplicate = 0;
      for (int k = 0; k < n; k++) {
        String[] p = list.get(k);
        long a = SimHash.of(p[0]);
        long b = SimHash.of(p[1]);
        dist[k] = SimHash.distance(a, b);
        d3 += dist[k] <= 3 ? 1 : 0;
        band += shareBand(a, b) ? 1 : 0;
        candidate += NearDuplicates.isCandidate(a, b) ? 1 : 0;
        long start = System.nanoTime();
        duplicate += NearDuplicates.isNearDuplicate(p[0], p[1]) ? 1 : 0;
        nanos += System.nanoTime() - start;
        decisions++;
      }
      Arrays.sort(dist);
      System.out.printf(
          "%-18s %6d | %4d %4d %4d   | %7s %7s %9s %9s%n",
          entry.getKey(),
          n,
          dist[n / 10],
          dist[n / 2],
          dist[n * 9 / 10],
          pct(d3, n),
          pct(band, n),
          pct(candidate, n),
          pct(duplicate, n));
    }
    System.out.printf(
        "isNearDuplicate: %.1f us per pair (both texts shingled)%n", nanos / 1000.0 / decisions);
  }

  private static boolean shareBand(long a, long b) {
    int[] x = SimHash.bands(a);
    int[] y = SimHash.bands(b);
    for (int k = 0; k < x.length; k++) {
      if (x[k] == y[k]) {
        return true;
      }
    }
    return false;
  }

  private static String pct(int count, int n) {
    return String.format("%.1f%%", 100.0 * count / n);
  }

  private static void add(Map<String, List<String[]>> pairs, String kind, String a, String b) {
    pairs.computeIfAbsent(kind, k -> new ArrayList<>()).add(new String[] {a, b});
  }
}
