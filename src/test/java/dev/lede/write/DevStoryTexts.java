package dev.lede.write;

import dev.lede.model.Section;
import dev.lede.model.WrittenSentence;
import dev.lede.model.WrittenStory;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Writes every development story (the slices {@link MetaLedeCopies#devStories} reads) as plain
 * text, one sentence a line under its section's heading, so a writer change is measured by diffing
 * two runs over all dev stories rather than by the judged few. Usage: {@code bench/run-java
 * dev.lede.write.DevStoryTexts OUT.txt [DATA_DIR] [--minilm]}.
 */
public final class DevStoryTexts {
  private DevStoryTexts() {}

  /**
   * A dev tool's arguments: {@code OUT.txt [DATA_DIR] [--minilm]}.
   *
   * @param out the file written
   * @param data the shared data folder
   * @param miniLm whether the writer reads MiniLM embeddings
   */
  record Args(Path out, Path data, boolean miniLm) {
    static Args of(String[] args) {
      Path data = Path.of("..", "shared", "data");
      boolean miniLm = false;
      for (int i = 1; i < args.length; i++) {
        if (args[i].equals("--minilm")) {
          miniLm = true;
        } else {
          data = Path.of(args[i]);
        }
      }
      return new Args(Path.of(args[0]), data, miniLm);
    }

    OfflineWriter writer() {
      return miniLm ? OfflineWriter.withMiniLm() : OfflineWriter.lexical();
    }
  }

  public static void main(String[] args) throws Exception {
    Args a = Args.of(args);
    Path out = a.out();
    OfflineWriter writer = a.writer();
    Map<String, List<WriterInput>> stories = MetaLedeCopies.devStories(a.data());
    try (PrintStream p = new PrintStream(Files.newOutputStream(out), true, "UTF-8")) {
      for (var e : stories.entrySet()) {
        WrittenStory s = writer.write(e.getKey(), e.getValue(), List.of(), Instant.EPOCH);
        print(p, e.getKey(), e.getValue().size(), s);
      }
    }
    System.out.printf("dev stories %d written to %s%n", stories.size(), out);
  }

  /** One story as text: its headline, lede lines, then each section's heading and sentences. */
  static void print(PrintStream p, String id, int sources, WrittenStory s) {
    p.println("# " + id + " (" + sources + " sources)");
    p.println("H: " + s.headline());
    for (WrittenSentence w : s.lede()) {
      p.println("L: " + w.text());
    }
    for (Section sec : s.sections()) {
      p.println("## " + sec.heading());
      for (List<WrittenSentence> para : sec.paragraphs()) {
        for (WrittenSentence w : para) {
          p.println("S: " + w.text());
        }
        p.println();
      }
    }
  }
}
