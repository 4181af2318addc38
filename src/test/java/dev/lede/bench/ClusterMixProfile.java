package dev.lede.bench;

import dev.lede.index.lucene.LuceneCandidateIndex;
import dev.lede.lang.KoreanWords;
import dev.lede.nlp.Embedder;
import dev.lede.story.ClusterCommandLogic;
import dev.lede.story.StoryClusterer;
import dev.lede.story.StoryInput;
import java.util.List;

/**
 * The whole {@code lede cluster} path on the demo mix, cold each pass, for a profiler (JFR) to
 * sample: {@code BENCH_JAVA_OPTS=-XX:StartFlightRecording=filename=x.jfr bench/run-java
 * dev.lede.bench.ClusterMixProfile [passes]}.
 */
final class ClusterMixProfile {
  private ClusterMixProfile() {}

  public static void main(String[] args) throws Exception {
    int passes = args.length > 0 ? Integer.parseInt(args[0]) : 8;
    List<StoryInput> inputs = ClusterMixBench.inputs();
    long sink = 0;
    for (int pass = 0; pass < passes; pass++) {
      KoreanWords.forget();
      ClusterCommandLogic command =
          new ClusterCommandLogic(
              StoryClusterer.Config.builder().embedder(Embedder.none()).build(),
              LuceneCandidateIndex.FACTORY);
      long start = ClusterBench.CPU.getCurrentThreadCpuTime();
      sink += command.cluster(inputs).size();
      System.out.printf(
          "pass %d: %.2f ms/article%n",
          pass, (ClusterBench.CPU.getCurrentThreadCpuTime() - start) / 1e6 / inputs.size());
    }
    System.out.println(sink);
  }
}
