package dev.lede.write.internal;

import dev.lede.bench.WriterBench;
import dev.lede.nlp.Embedder;
import dev.lede.nlp.MiniLmEmbedder;
import dev.lede.nlp.StoredEmbedder;
import dev.lede.store.jdbc.JdbcVectors;
import dev.lede.store.sqlite.SqliteStore;
import dev.lede.write.WriterInput;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which cross-article candidate pairs of the ECB+ dev stories (topics 1-25 only; 26-35 are held
 * out) the writer reads as one fact ({@link Restatements#sameFact(Candidate, Candidate)}), with
 * MiniLM vectors as {@code bench/write} gives them: a change to the one-fact rules is measured by
 * the pairs it adds or removes ({@code comm} of two runs' files), read before it lands. Only pairs
 * the model puts at {@value #FROM} or more are judged: every rule that reads the embeddings starts
 * there, and all pairs of 50 stories take too long on a shared machine.
 *
 * <p>Usage: {@code bench/restatement-pairs OUT_FILE [DATA_DIR]}; one line a pair, "story cosine |
 * sentence | sentence", sorted.
 */
public final class RestatementPairsBench {
  private RestatementPairsBench() {}

  /**
   * The lowest cosine at which a pair is judged; {@code -Dpairs.from=0.3} judges more (rules that
   * read no embeddings reach under 0.45), slower.
   */
  static final double FROM = Double.parseDouble(System.getProperty("pairs.from", "0.45"));

  public static void main(String[] args) throws Exception {
    Path out = Path.of(args[0]);
    Path data = args.length > 1 ? Path.of(args[1]) : Path.of("..", "shared", "data");
    Map<String, List<WriterInput>> events =
        WriterBench.loadEcb(data.resolve("clustering/ecbplus-dev/docs.jsonl"));
    try (MiniLmEmbedder minilm = MiniLmEmbedder.create()) {
      SqliteStore cache = SqliteStore.open(Path.of("target", "bench-write-cache"));
      Embedder e = StoredEmbedder.of(minilm, JdbcVectors.of(cache));
      List<String> pairs = new ArrayList<>();
      for (Map.Entry<String, List<WriterInput>> ev : events.entrySet()) {
        if (ev.getValue().size() > 1) {
          pairs.addAll(sameFactPairs(ev.getKey(), ev.getValue(), e));
        }
      }
      pairs.sort(null);
      Files.write(out, pairs);
      System.out.printf(
          Locale.ROOT,
          "%d cross-article candidate pairs read as one fact (cosine >= %.2f) in %d ECB+ dev"
              + " stories%n",
          pairs.size(),
          FROM,
          events.size());
    }
  }

  private static List<String> sameFactPairs(String story, List<WriterInput> in, Embedder e) {
    List<Doc> docs = in.stream().map(Doc::analyze).toList();
    List<Candidate> cs = Scoring.candidates(docs, new StoryEntities(docs), true);
    float[][] v = e.embed(cs.stream().map(c -> c.text).toList());
    for (int i = 0; i < cs.size(); i++) {
      cs.get(i).vector = v[i];
    }
    List<String> out = new ArrayList<>();
    for (int i = 0; i < cs.size(); i++) {
      for (int j = i + 1; j < cs.size(); j++) {
        Candidate a = cs.get(i);
        Candidate b = cs.get(j);
        double cos = Vectors.cosine(a.vector, b.vector);
        if (a.doc != b.doc && cos >= FROM && Restatements.sameFact(a, b)) {
          out.add(String.format(Locale.ROOT, "%s %.2f | %s | %s", story, cos, a.text, b.text));
        }
      }
    }
    return out;
  }
}
