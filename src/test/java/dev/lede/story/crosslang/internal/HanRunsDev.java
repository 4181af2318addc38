package dev.lede.story.crosslang.internal;

import dev.lede.story.StoryInput;
import dev.lede.story.crosslang.CrossLanguageLinker;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The distinct Han runs of the demo mix's heads that {@link SinoKorean} reads: how many Nori is not
 * asked about ({@link NoriWords}), whether any of those has a key when Nori is asked (it must not),
 * and CPU us per run read as {@code keys} reads them and with Nori asked every time, alternating,
 * best of the passes. {@code bench/run-java dev.lede.story.crosslang.internal.HanRunsDev [passes]}.
 */
final class HanRunsDev {
  private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

  private HanRunsDev() {}

  public static void main(String[] args) throws Exception {
    int passes = args.length > 0 ? Integer.parseInt(args[0]) : 10;
    Set<String> runs = new LinkedHashSet<>();
    for (StoryInput a : dev.lede.bench.ClusterMixBenchAccess.inputs()) {
      String text = a.title() + "\n" + CrossLanguageLinker.head(a.text());
      int[] han = Scripts.runs(text, Scripts::isHan);
      for (int r = 0; r < han.length; r += 2) {
        if (Character.codePointCount(text, han[r], han[r + 1]) > 1) {
          runs.add(text.substring(han[r], han[r + 1]));
        }
      }
    }
    List<String> list = new ArrayList<>(runs);
    int keyless = 0;
    int skipped = 0;
    List<String> wrong = new ArrayList<>();
    for (String r : list) {
      Set<String> nori = SinoKorean.noriKeys(r);
      keyless += nori.isEmpty() ? 1 : 0;
      if (!NoriWords.anyLongWord(HanForms.traditional(r) + " . ")) {
        skipped++;
        if (!nori.isEmpty()) {
          wrong.add(r + " " + nori);
        }
      }
      if (!nori.equals(SinoKorean.runKeys(r))) {
        wrong.add(r + " " + nori + " vs " + SinoKorean.runKeys(r));
      }
    }
    System.out.printf(
        "%d distinct runs, %d without keys, %d not asked of Nori, %d wrong %s%n",
        list.size(), keyless, skipped, wrong.size(), wrong);
    double bestKeys = Double.MAX_VALUE;
    double bestNori = Double.MAX_VALUE;
    for (int p = 0; p < passes; p++) {
      bestKeys = Math.min(bestKeys, time(list, SinoKorean::runKeys));
      bestNori = Math.min(bestNori, time(list, SinoKorean::noriKeys));
    }
    System.out.printf(
        "best us/run: as keys reads them %.2f, Nori asked every time %.2f%n", bestKeys, bestNori);
  }

  private static double time(List<String> runs, Function<String, Set<String>> read) {
    long t = CPU.getCurrentThreadCpuTime();
    long sink = 0;
    for (String r : runs) {
      sink += read.apply(r).size();
    }
    double us = (CPU.getCurrentThreadCpuTime() - t) / 1e3 / runs.size();
    return sink < 0 ? -us : us;
  }
}
