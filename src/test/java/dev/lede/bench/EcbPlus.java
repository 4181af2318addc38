package dev.lede.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lede.story.StoryInput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/** The ECB+ development documents (read in place from shared data, never copied). */
public final class EcbPlus {
  private EcbPlus() {}

  /**
   * One document with its gold event.
   *
   * @param input what the clusterer sees (no title, no date: ECB+ has neither)
   * @param topic ECB+ topic number
   * @param cluster gold event cluster, e.g. {@code 1_ecbplus}
   */
  public record Doc(StoryInput input, int topic, String cluster) {}

  public static final String RELATIVE = "clustering/ecbplus-dev/docs.jsonl";

  public static List<Doc> read(Path jsonl) {
    ObjectMapper json = new ObjectMapper();
    List<Doc> docs = new ArrayList<>();
    try {
      for (String line : Files.readAllLines(jsonl, StandardCharsets.UTF_8)) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode n = json.readTree(line);
        docs.add(
            new Doc(
                StoryInput.of(n.get("doc_name").asText(), "", n.get("text").asText()),
                n.get("topic").asInt(),
                n.get("cluster_id").asText()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + jsonl, e);
    }
    return docs;
  }

  /** {@code docs} in a seeded random order. */
  public static List<Doc> shuffled(List<Doc> docs, long seed) {
    List<Doc> out = new ArrayList<>(docs);
    Collections.shuffle(out, new Random(seed));
    return out;
  }
}
