package dev.lede.story.crosslang.internal;

import dev.lede.lang.Analyzers;
import dev.lede.story.ClusterCommandLogic;
import dev.lede.story.StoryClusterer;
import dev.lede.story.StoryInput;
import dev.lede.story.crosslang.CrossLanguageLinker;
import java.io.IOException;
import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ko.KoreanReadingFormFilter;
import org.apache.lucene.analysis.ko.KoreanTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * What reading Han runs through {@link HanjaDictionary} saves on the demo mix of {@code
 * bench/cluster --mix}: the distinct Han runs of its heads that {@link SinoKorean} asks Nori about
 * (one pass of the bench reads each once), read with Nori's own dictionary and with the copy, the
 * two taking turns pass by pass; CPU ms per pass and per article of the mix, best and median, and
 * whether the two read every run alike. The mix is clustered once first, so that the JIT meets
 * Lucene's readers as the bench's runs do. {@code bench/run-java
 * dev.lede.story.crosslang.internal.HanjaDictionaryDev [passes]}.
 */
final class HanjaDictionaryDev {
  private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

  private HanjaDictionaryDev() {}

  public static void main(String[] args) throws Exception {
    int passes = args.length > 0 ? Integer.parseInt(args[0]) : 21;
    List<StoryInput> mix = dev.lede.bench.ClusterMixBenchAccess.inputs();
    new ClusterCommandLogic(
            StoryClusterer.Config.builder().embedder(dev.lede.nlp.Embedder.none()).build(),
            dev.lede.index.lucene.LuceneCandidateIndex.FACTORY)
        .cluster(mix);
    Set<String> runs = new LinkedHashSet<>();
    for (StoryInput a : mix) {
      String text = a.title() + "\n" + CrossLanguageLinker.head(a.text());
      int[] han = Scripts.runs(text, Scripts::isHan);
      for (int r = 0; r < han.length; r += 2) {
        String traditional = HanForms.traditional(text.substring(han[r], han[r + 1])) + " . ";
        if (Character.codePointCount(text, han[r], han[r + 1]) > 1
            && NoriWords.anyLongWord(traditional)) {
          runs.add(traditional);
        }
      }
    }
    List<String> list = new ArrayList<>(runs);
    Chain nori = new Chain(Analyzers.koreanTokenizer(KoreanTokenizer.DecompoundMode.DISCARD));
    Chain copy = new Chain(HanjaDictionary.tokenizer(KoreanTokenizer.DecompoundMode.DISCARD));
    int differ = 0;
    for (String r : list) {
      differ += nori.read(r).equals(copy.read(r)) ? 0 : 1;
    }
    double[] own = new double[passes];
    double[] hanja = new double[passes];
    for (int p = -3; p < passes; p++) {
      double a = p % 2 == 0 ? time(nori, list) : time(copy, list);
      double b = p % 2 == 0 ? time(copy, list) : time(nori, list);
      if (p >= 0) {
        own[p] = p % 2 == 0 ? a : b;
        hanja[p] = p % 2 == 0 ? b : a;
      }
    }
    System.out.printf(
        Locale.ROOT,
        "copy loaded %s; %d articles, %d distinct runs read by Nori, %d read otherwise by the copy%n"
            + "CPU ms per pass (per article): Nori's own dictionary best %.1f (%.3f), median %.1f"
            + " (%.3f); the copy best %.1f (%.3f), median %.1f (%.3f)%n",
        HanjaDictionary.loaded(),
        mix.size(),
        list.size(),
        differ,
        min(own),
        min(own) / mix.size(),
        median(own),
        median(own) / mix.size(),
        min(hanja),
        min(hanja) / mix.size(),
        median(hanja),
        median(hanja) / mix.size());
  }

  /** A tokenizer and its reading filter. */
  private static final class Chain {
    final KoreanTokenizer tokenizer;
    final TokenStream readings;
    final CharTermAttribute term;

    Chain(KoreanTokenizer tokenizer) {
      this.tokenizer = tokenizer;
      this.readings = new KoreanReadingFormFilter(tokenizer);
      this.term = readings.addAttribute(CharTermAttribute.class);
    }

    List<String> read(String text) throws IOException {
      List<String> out = new ArrayList<>();
      tokenizer.setReader(new StringReader(text));
      readings.reset();
      while (readings.incrementToken()) {
        out.add(term.toString());
      }
      readings.end();
      readings.close();
      return out;
    }
  }

  private static double time(Chain chain, List<String> runs) throws IOException {
    long start = CPU.getCurrentThreadCpuTime();
    int n = 0;
    for (String r : runs) {
      n += chain.read(r).size();
    }
    if (n < 0) {
      throw new AssertionError();
    }
    return (CPU.getCurrentThreadCpuTime() - start) / 1e6;
  }

  private static double min(double[] v) {
    return Arrays.stream(v).min().orElseThrow();
  }

  private static double median(double[] v) {
    double[] s = v.clone();
    Arrays.sort(s);
    return s[s.length / 2];
  }
}
