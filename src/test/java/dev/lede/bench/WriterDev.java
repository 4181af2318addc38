package dev.lede.bench;

import dev.lede.model.Section;
import dev.lede.model.SourceSpan;
import dev.lede.model.WrittenSentence;
import dev.lede.model.WrittenStory;
import dev.lede.nlp.Embedder;
import dev.lede.nlp.MiniLmEmbedder;
import dev.lede.nlp.StoredEmbedder;
import dev.lede.store.jdbc.JdbcVectors;
import dev.lede.store.sqlite.SqliteStore;
import dev.lede.write.OfflineWriter;
import dev.lede.write.StoryChecks;
import dev.lede.write.StructureLimits;
import dev.lede.write.WriterInput;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Prints ECB+ dev stories as an editor reads them (headline, lede, sections, pull quotes, each
 * sentence with the articles it cites), with what {@link StoryChecks} and {@link StructureLimits}
 * flag: for reading the writer's output while developing. Only the dev topics (1-{@value
 * WriterBench#LAST_DEV_TOPIC}) are ever written; the held-out ones are refused by {@link
 * WriterBench#loadEcb}. Usage: {@code bench/run-java dev.lede.bench.WriterDev [CLUSTER_ID...]} (all
 * dev clusters when none is given).
 */
public final class WriterDev {
  private WriterDev() {}

  public static void main(String[] args) throws Exception {
    Path data = Path.of("..", "shared", "data");
    Map<String, List<WriterInput>> events =
        WriterBench.loadEcb(data.resolve("clustering/ecbplus-dev/docs.jsonl"));
    List<String> ids = args.length == 0 ? new ArrayList<>(events.keySet()) : List.of(args);
    MiniLmEmbedder minilm = MiniLmEmbedder.create();
    Embedder cached =
        StoredEmbedder.of(
            minilm, JdbcVectors.of(SqliteStore.open(Path.of("target", "bench-write-cache"))));
    List<WriterInput> all = new ArrayList<>();
    events.values().forEach(all::addAll);
    OfflineWriter writer = OfflineWriter.withVectors(WriterBench.ingest(all, cached));
    for (String id : ids) {
      List<WriterInput> in = events.get(id);
      if (in == null) {
        System.out.println("== " + id + ": not a dev cluster");
        continue;
      }
      WrittenStory s = writer.write(id, in, List.of(), Instant.parse("2025-01-01T00:00:00Z"));
      System.out.println(render(s, in));
    }
    minilm.close();
  }

  public static String render(WrittenStory s, List<WriterInput> in) {
    StringBuilder b = new StringBuilder();
    b.append("== ").append(s.story()).append(" (").append(in.size()).append(" articles)\n");
    b.append("# ").append(s.headline()).append('\n');
    s.lede().forEach(w -> b.append(line(w)));
    for (Section sec : s.sections()) {
      b.append("## ").append(sec.heading()).append('\n');
      for (List<WrittenSentence> p : sec.paragraphs()) {
        p.forEach(w -> b.append(line(w)));
        b.append('\n');
      }
    }
    s.quotes()
        .forEach(
            q ->
                b.append("> \"")
                    .append(q.text())
                    .append("\" - ")
                    .append(q.speaker())
                    .append(" [")
                    .append(q.article())
                    .append("]\n"));
    StoryChecks.Counts c = StoryChecks.count(s, in);
    c.samples().forEach(x -> b.append("!! ").append(x).append('\n'));
    StructureLimits.violations(s, in.size()).forEach(v -> b.append("!! ").append(v).append('\n'));
    return b.toString();
  }

  private static String line(WrittenSentence w) {
    return "  "
        + w.text()
        + " ["
        + w.sources().stream().map(SourceSpan::article).distinct().collect(Collectors.joining(","))
        + "]\n";
  }
}
