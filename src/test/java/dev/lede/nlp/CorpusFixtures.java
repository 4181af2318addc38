package dev.lede.nlp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Real article texts copied from Lede's demo corpus into {@code alias-docs.jsonl} (Wikinews, CC BY
 * 2.5; Global Voices, CC BY 3.0; see ATTRIBUTION.md next to it).
 */
public final class CorpusFixtures {
  /** One article: id, source URL, title, text. */
  public record Doc(String id, String url, String title, String text) {}

  private CorpusFixtures() {}

  public static Map<String, Doc> docs() {
    Map<String, Doc> out = new LinkedHashMap<>();
    ObjectMapper om = new ObjectMapper();
    for (String line : lines("alias-docs.jsonl")) {
      try {
        JsonNode j = om.readTree(line);
        Doc d =
            new Doc(
                j.get("id").asText(),
                j.get("url").asText(),
                j.get("title").asText(),
                j.get("text").asText());
        out.put(d.id(), d);
      } catch (IOException e) {
        throw new UncheckedIOException("bad line in alias-docs.jsonl: " + line, e);
      }
    }
    return out;
  }

  static List<String> lines(String resource) {
    List<String> out = new ArrayList<>();
    try (InputStream in = CorpusFixtures.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + resource);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = r.readLine()) != null; ) {
        if (!line.isBlank()) {
          out.add(line);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
    return out;
  }
}
