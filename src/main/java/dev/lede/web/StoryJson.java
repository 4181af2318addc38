package dev.lede.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lede.model.Disagreement;
import dev.lede.model.PullQuote;
import dev.lede.model.Section;
import dev.lede.model.SeoReport;
import dev.lede.model.SourceRef;
import dev.lede.model.SourceSpan;
import dev.lede.model.WrittenSentence;
import dev.lede.model.WrittenStory;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The one JSON shape of a written story, shared by {@code lede write} and {@code GET
 * /api/stories/{id}}:
 *
 * <pre>{@code
 * {"story", "headline", "keyphrase", "metaDescription",
 *  "lede": [{"text", "sources": [{"article", "quote"}]}],
 *  "sections": [{"heading", "paragraphs": [[sentence, ...], ...]}],
 *  "quotes": [{"text", "speaker", "outlet", "article"}],
 *  "background": [sentence], "disagreements": [{"kind", "about", "versions": [{"value",
 *  "outlets", "sources"}]}], "disclaimer", "sources": [{"article", "outlet", "title", "url",
 *  "published"?, "background"?}], "seo": {"score", "checks": [{"name", "rating", "detail"}]},
 *  "version", "datePublished", "dateModified", "headlineSources": [{"article", "quote"}]}
 * }</pre>
 *
 * A source with {@code "background": true} belongs to an earlier related story and is cited only in
 * the background section. Times are ISO-8601 instants ({@code 2026-01-07T09:30:00Z}); an unknown
 * {@code published} is left out. {@link #parse} reads the same shape back.
 */
public final class StoryJson {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final ObjectMapper PRETTY =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private StoryJson() {}

  /** The story as a JSON tree (a fresh, mutable node the caller may extend, e.g. with related). */
  public static ObjectNode toTree(WrittenStory s) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("story", s.story());
    o.put("headline", s.headline());
    o.put("keyphrase", s.keyphrase());
    o.put("metaDescription", s.metaDescription());
    o.set("lede", sentences(s.lede()));
    ArrayNode sections = o.putArray("sections");
    for (Section section : s.sections()) {
      ObjectNode sec = sections.addObject();
      sec.put("heading", section.heading());
      ArrayNode paragraphs = sec.putArray("paragraphs");
      section.paragraphs().forEach(p -> paragraphs.add(sentences(p)));
    }
    ArrayNode quotes = o.putArray("quotes");
    for (PullQuote q : s.quotes()) {
      quotes
          .addObject()
          .put("text", q.text())
          .put("speaker", q.speaker())
          .put("outlet", q.outlet())
          .put("article", q.article());
    }
    o.set("background", sentences(s.background()));
    ArrayNode disagreements = o.putArray("disagreements");
    for (Disagreement d : s.disagreements()) {
      ObjectNode dn = disagreements.addObject().put("kind", d.kind()).put("about", d.about());
      ArrayNode versions = dn.putArray("versions");
      for (Disagreement.Version v : d.versions()) {
        ObjectNode vn = versions.addObject().put("value", v.value());
        ArrayNode outlets = vn.putArray("outlets");
        v.outlets().forEach(outlets::add);
        vn.set("sources", spans(v.sources()));
      }
    }
    o.put("disclaimer", s.disclaimer());
    ArrayNode sources = o.putArray("sources");
    for (SourceRef r : s.sources()) {
      ObjectNode rn =
          sources
              .addObject()
              .put("article", r.article())
              .put("outlet", r.outlet())
              .put("title", r.title())
              .put("url", r.url());
      r.published().ifPresent(p -> rn.put("published", p.toString()));
      if (r.background()) {
        rn.put("background", true);
      }
    }
    ObjectNode seo = o.putObject("seo").put("score", s.seo().score());
    ArrayNode checks = seo.putArray("checks");
    for (SeoReport.Check c : s.seo().checks()) {
      checks.addObject().put("name", c.name()).put("rating", c.rating()).put("detail", c.detail());
    }
    o.put("version", s.version());
    o.put("datePublished", s.datePublished().toString());
    o.put("dateModified", s.dateModified().toString());
    o.set("headlineSources", spans(s.headlineSources()));
    return o;
  }

  /** The story as indented JSON, as {@code lede write} prints it. */
  public static String write(WrittenStory story) {
    try {
      return PRETTY.writeValueAsString(toTree(story));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise story " + story.story(), e);
    }
  }

  /**
   * Reads a story written by {@link #write} or {@link #toTree}.
   *
   * @throws IllegalArgumentException naming the field when the JSON is not a written story
   */
  public static WrittenStory parse(String json) {
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "story JSON is not valid JSON: " + e.getOriginalMessage(), e);
    }
    return fromTree(root);
  }

  /** Reads a story from a JSON tree; see {@link #parse}. */
  public static WrittenStory fromTree(JsonNode root) {
    Reader r = new Reader(root, "");
    return new WrittenStory(
        r.text("story"),
        r.integer("version"),
        r.text("headline"),
        r.text("keyphrase"),
        r.text("metaDescription"),
        r.list("lede", StoryJson::sentence),
        r.list(
            "sections",
            sec -> new Section(sec.text("heading"), sec.list("paragraphs", StoryJson::paragraph))),
        r.list(
            "quotes",
            q ->
                new PullQuote(
                    q.text("text"), q.text("speaker"), q.text("outlet"), q.text("article"))),
        r.list("background", StoryJson::sentence),
        r.list(
            "disagreements",
            d ->
                new Disagreement(
                    d.text("kind"),
                    d.text("about"),
                    d.list(
                        "versions",
                        v ->
                            new Disagreement.Version(
                                v.text("value"),
                                v.list("outlets", Reader::asText),
                                v.list("sources", StoryJson::span))))),
        r.text("disclaimer"),
        r.list(
            "sources",
            s ->
                new SourceRef(
                    s.text("article"),
                    s.text("outlet"),
                    s.text("title"),
                    s.text("url"),
                    s.optionalInstant("published"),
                    s.node.path("background").asBoolean(false))),
        seo(r.object("seo")),
        r.instant("datePublished"),
        r.instant("dateModified"),
        root.has("headlineSources") ? r.list("headlineSources", StoryJson::span) : List.of());
  }

  private static ArrayNode sentences(List<WrittenSentence> sentences) {
    ArrayNode a = MAPPER.createArrayNode();
    for (WrittenSentence s : sentences) {
      ObjectNode n = a.addObject().put("text", s.text());
      n.set("sources", spans(s.sources()));
    }
    return a;
  }

  private static ArrayNode spans(List<SourceSpan> spans) {
    ArrayNode a = MAPPER.createArrayNode();
    spans.forEach(sp -> a.addObject().put("article", sp.article()).put("quote", sp.quote()));
    return a;
  }

  private static WrittenSentence sentence(Reader r) {
    List<SourceSpan> sources = r.list("sources", StoryJson::span);
    if (sources.isEmpty()) {
      throw new IllegalArgumentException("story JSON: " + r.path + " has no sources");
    }
    return new WrittenSentence(r.text("text"), sources);
  }

  private static List<WrittenSentence> paragraph(Reader r) {
    return r.elements(StoryJson::sentence);
  }

  private static SourceSpan span(Reader r) {
    return new SourceSpan(r.text("article"), r.text("quote"));
  }

  private static SeoReport seo(Reader r) {
    return new SeoReport(
        r.integer("score"),
        r.list(
            "checks",
            c -> new SeoReport.Check(c.text("name"), c.text("rating"), c.text("detail"))));
  }

  /** Reads fields with errors that name the JSON path. */
  private record Reader(JsonNode node, String path) {

    private JsonNode field(String name, JsonNodeType type) {
      String where = where(name);
      if (!node.isObject()) {
        throw new IllegalArgumentException(
            "story JSON: " + (path.isEmpty() ? "the document" : path) + " is not an object");
      }
      JsonNode v = node.get(name);
      if (v == null || v.isNull()) {
        throw new IllegalArgumentException("story JSON: " + where + " is missing");
      }
      if (v.getNodeType() != type) {
        throw new IllegalArgumentException(
            "story JSON: "
                + where
                + " is "
                + v.getNodeType().name().toLowerCase(java.util.Locale.ROOT)
                + ", expected "
                + type.name().toLowerCase(java.util.Locale.ROOT));
      }
      return v;
    }

    String text(String name) {
      return field(name, JsonNodeType.STRING).asText();
    }

    String asText() {
      if (!node.isTextual()) {
        throw new IllegalArgumentException("story JSON: " + path + " is not a string");
      }
      return node.asText();
    }

    int integer(String name) {
      JsonNode v = field(name, JsonNodeType.NUMBER);
      if (!v.canConvertToInt() || !v.isIntegralNumber()) {
        throw new IllegalArgumentException(
            "story JSON: " + where(name) + " is not an integer: " + v);
      }
      return v.intValue();
    }

    Instant instant(String name) {
      String v = text(name);
      try {
        return Instant.parse(v);
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException(
            "story JSON: " + where(name) + " '" + v + "' is not an ISO-8601 instant", e);
      }
    }

    Optional<Instant> optionalInstant(String name) {
      JsonNode v = node.get(name);
      return v == null || v.isNull() ? Optional.empty() : Optional.of(instant(name));
    }

    Reader object(String name) {
      return new Reader(field(name, JsonNodeType.OBJECT), where(name));
    }

    <T> List<T> list(String name, Function<Reader, T> element) {
      return new Reader(field(name, JsonNodeType.ARRAY), where(name)).elements(element);
    }

    <T> List<T> elements(Function<Reader, T> element) {
      if (!node.isArray()) {
        throw new IllegalArgumentException("story JSON: " + path + " is not an array");
      }
      List<T> out = new ArrayList<>(node.size());
      for (int i = 0; i < node.size(); i++) {
        out.add(element.apply(new Reader(node.get(i), path + "[" + i + "]")));
      }
      return List.copyOf(out);
    }

    private String where(String name) {
      return path.isEmpty() ? name : path + "." + name;
    }
  }
}
