package dev.lede.write.llm.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lede.model.SourceSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The article a model sent back, parsed but not yet checked: {@code {headline?, lede: [sentence],
 * sections: [{heading, paragraphs: [[sentence]]}]}}, each sentence {@code {text, sources:
 * [{article, quote}]}}. Unknown fields (a "disclaimer", a "sources" list of the article) are
 * ignored: those parts are never the model's to write. A sentence or section of the wrong shape is
 * kept as malformed, so it counts against the model like an unsupported one; only a reply that is
 * not the article object at all fails the parse.
 *
 * @param headline the proposed headline, if any
 * @param metaDescription the proposed meta description, if any
 * @param lede the lede's sentences
 * @param sections the sections, in order
 * @param notes what was ignored
 */
public record Reply(
    Optional<String> headline,
    Optional<String> metaDescription,
    List<Item> lede,
    List<Part> sections,
    List<String> notes) {

  /** At most this many sentences are read; a longer reply is cut. */
  public static final int MAX_SENTENCES = 200;

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  public Reply {
    lede = List.copyOf(lede);
    sections = List.copyOf(sections);
    notes = List.copyOf(notes);
  }

  /**
   * One sentence as sent.
   *
   * @param where e.g. {@code lede sentence 2} or {@code section 1 paragraph 2 sentence 1}
   * @param text the sentence, whitespace collapsed
   * @param spans its cited quotes, as sent
   * @param malformed what is wrong with its shape, if anything
   */
  public record Item(
      String where, String text, List<SourceSpan> spans, Optional<String> malformed) {
    public Item {
      spans = List.copyOf(spans);
    }
  }

  /**
   * One section as sent.
   *
   * @param heading the heading, or empty
   * @param paragraphs its paragraphs
   * @param malformed what is wrong with its shape, if anything
   */
  public record Part(String heading, List<List<Item>> paragraphs, Optional<String> malformed) {
    public Part {
      paragraphs = paragraphs.stream().map(List::copyOf).toList();
    }
  }

  /** The reply cannot be read as the article object. */
  public static final class BadReply extends Exception {
    private static final long serialVersionUID = 1L;

    BadReply(String message) {
      super(message);
    }
  }

  /** Parses the model's message content. */
  public static Reply parse(String content) throws BadReply {
    JsonNode root;
    try {
      root = JSON.readTree(unwrap(content));
    } catch (JsonProcessingException e) {
      throw new BadReply(
          "model reply is not JSON: " + Text.abbreviate(e.getOriginalMessage(), 160));
    }
    if (root == null || !root.isObject()) {
      throw new BadReply("model reply is not a JSON object");
    }
    JsonNode lede = root.get("lede");
    if (lede == null || !lede.isArray()) {
      throw new BadReply("model reply has no \"lede\" list");
    }
    JsonNode sections = root.get("sections");
    if (sections != null && !sections.isNull() && !sections.isArray()) {
      throw new BadReply("model reply's \"sections\" is not a list");
    }
    List<String> notes = new ArrayList<>();
    int[] budget = {MAX_SENTENCES};
    List<Item> ledeItems = new ArrayList<>();
    int k = 0;
    for (JsonNode s : lede) {
      k++;
      item(s, "lede sentence " + k, budget).ifPresent(ledeItems::add);
    }
    List<Part> parts = new ArrayList<>();
    if (sections != null && sections.isArray()) {
      int i = 0;
      for (JsonNode sec : sections) {
        i++;
        parts.add(part(sec, i, budget));
      }
    }
    if (budget[0] < 0) {
      notes.add("model reply has more than " + MAX_SENTENCES + " sentences; the rest is ignored");
    }
    Optional<String> headline = optionalText(root, "headline", "model headline", notes);
    Optional<String> meta = optionalText(root, "metaDescription", "model meta description", notes);
    return new Reply(headline, meta, ledeItems, parts, notes);
  }

  private static Optional<String> optionalText(
      JsonNode root, String field, String what, List<String> notes) {
    JsonNode h = root.get(field);
    if (h != null && h.isTextual() && !h.asText().isBlank()) {
      return Optional.of(collapse(h.asText()));
    } else if (h != null && !h.isNull() && !h.isTextual()) {
      notes.add(what + " is not a string; ignored");
    }
    return Optional.empty();
  }

  /** The JSON object inside a reply that wrapped it in a code fence or a sentence. */
  static String unwrap(String content) {
    String s = content.strip();
    if (s.startsWith("{")) {
      return s;
    }
    int open = s.indexOf('{');
    int close = s.lastIndexOf('}');
    return open >= 0 && close > open ? s.substring(open, close + 1) : s;
  }

  private static Part part(JsonNode sec, int i, int[] budget) {
    String where = "section " + i;
    if (!sec.isObject()) {
      return new Part("", List.of(), Optional.of(where + " is not an object"));
    }
    String heading = sec.path("heading").isTextual() ? collapse(sec.get("heading").asText()) : "";
    JsonNode ps = sec.get("paragraphs");
    if (ps == null || !ps.isArray()) {
      return new Part(heading, List.of(), Optional.of(where + " has no \"paragraphs\" list"));
    }
    List<List<Item>> paragraphs = new ArrayList<>();
    int p = 0;
    for (JsonNode para : ps) {
      p++;
      List<Item> items = new ArrayList<>();
      // a lone sentence object is read as a one-sentence paragraph
      List<JsonNode> sentences = new ArrayList<>();
      if (para.isArray()) {
        para.forEach(sentences::add);
      } else {
        sentences.add(para);
      }
      int k = 0;
      for (JsonNode s : sentences) {
        k++;
        item(s, where + " paragraph " + p + " sentence " + k, budget).ifPresent(items::add);
      }
      paragraphs.add(items);
    }
    return new Part(heading, paragraphs, Optional.empty());
  }

  private static Optional<Item> item(JsonNode s, String where, int[] budget) {
    if (--budget[0] < 0) {
      return Optional.empty();
    }
    if (!s.isObject()) {
      return Optional.of(bad(where, "", "is not an object"));
    }
    JsonNode text = s.get("text");
    if (text == null || !text.isTextual() || text.asText().isBlank()) {
      return Optional.of(bad(where, "", "has no \"text\""));
    }
    String t = collapse(text.asText());
    JsonNode sources = s.get("sources");
    if (sources == null || !sources.isArray() || sources.isEmpty()) {
      return Optional.of(bad(where, t, "has no \"sources\" list"));
    }
    List<SourceSpan> spans = new ArrayList<>();
    for (JsonNode src : sources) {
      if (!src.isObject() || !src.path("article").isTextual() || !src.path("quote").isTextual()) {
        return Optional.of(bad(where, t, "has a source that is not {article, quote}"));
      }
      spans.add(new SourceSpan(src.get("article").asText(), src.get("quote").asText()));
    }
    return Optional.of(new Item(where, t, spans, Optional.empty()));
  }

  private static Item bad(String where, String text, String problem) {
    return new Item(where, text, List.of(), Optional.of(problem));
  }

  private static String collapse(String s) {
    return s.replaceAll("\\s+", " ").strip();
  }
}
