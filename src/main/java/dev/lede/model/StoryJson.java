package dev.lede.model;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.util.List;

/**
 * The one JSON form of a {@link WrittenStory}: what {@code lede write} prints, what {@code GET
 * /api/stories/{id}} serves (plus {@code related}) and what {@code written_stories} stores. Jackson
 * maps the records themselves (fields in the order of their components; annotations mark the few
 * optional ones); {@code docs/story.schema.json} describes the result:
 *
 * <pre>{@code
 * {"story", "version", "headline", "keyphrase", "metaDescription",
 *  "lede": [{"text", "sources": [{"article", "quote"}]}],
 *  "sections": [{"heading", "paragraphs": [[sentence, ...], ...]}],
 *  "quotes": [{"text", "speaker", "outlet", "article"}],
 *  "background": [sentence], "disagreements": [{"kind", "about", "versions": [{"value",
 *  "outlets", "sources"}]}], "disclaimer", "sources": [{"article", "outlet", "title", "url",
 *  "published", "background"}], "seo": {"score", "checks": [{"name", "rating", "detail"}]},
 *  "datePublished", "dateModified", "headlineSources": [{"article", "quote"}]}
 * }</pre>
 *
 * A source's unknown title, URL or time is {@code null}; {@code "background": true} marks a source
 * of an earlier related story, cited only in the background section. Times are ISO-8601 instants
 * ({@code 2026-01-07T09:30:00Z}). {@link #parse} reads the same shape back, and also the one stored
 * before (no {@code published} or {@code background} on a source, no {@code headlineSources}).
 */
public final class StoryJson {

  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .addModule(new Jdk8Module())
          .addModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .enable(DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          // Fields added later (and the API's related, url, language) are not the reader's concern.
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
          .build();

  static {
    // A number where text belongs (or the reverse) is a wrong document, not something to coerce.
    for (LogicalType t : List.of(LogicalType.Integer, LogicalType.Boolean, LogicalType.Float)) {
      MAPPER.coercionConfigFor(t).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
    }
    for (CoercionInputShape shape :
        List.of(CoercionInputShape.Integer, CoercionInputShape.Float, CoercionInputShape.Boolean)) {
      MAPPER.coercionConfigFor(LogicalType.Textual).setCoercion(shape, CoercionAction.Fail);
    }
  }

  private static final TypeReference<WrittenStory> STORY = new TypeReference<>() {};

  private StoryJson() {}

  /** The story as a JSON tree (a fresh, mutable node the caller may extend, e.g. with related). */
  public static ObjectNode toTree(WrittenStory story) {
    return MAPPER.valueToTree(story);
  }

  /** The story as one line of JSON, as {@code lede write} prints it and storage keeps it. */
  public static String write(WrittenStory story) {
    try {
      return MAPPER.writeValueAsString(story);
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
    return read(() -> MAPPER.readValue(json, STORY));
  }

  /** Reads a story from a JSON tree; see {@link #parse}. */
  public static WrittenStory fromTree(JsonNode root) {
    return read(() -> MAPPER.treeToValue(root, STORY));
  }

  private interface Read {
    WrittenStory read() throws JsonProcessingException;
  }

  private static WrittenStory read(Read read) {
    try {
      return read.read();
    } catch (JsonMappingException e) {
      throw problem(e);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "story JSON is not valid JSON: " + e.getOriginalMessage(), e);
    }
  }

  /** Jackson's failure as one line naming the JSON path, e.g. {@code lede[0].sources[0].quote}. */
  private static IllegalArgumentException problem(JsonMappingException e) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference r : e.getPath()) {
      if (r.getIndex() >= 0) {
        path.append('[').append(r.getIndex()).append(']');
      } else if (r.getFieldName() != null) {
        path.append(path.isEmpty() ? "" : ".").append(r.getFieldName());
      }
    }
    String where = path.isEmpty() ? "the document" : path.toString();
    String what;
    if (e instanceof ValueInstantiationException && e.getCause() != null) {
      what = ": " + e.getCause().getMessage();
    } else if (e instanceof InvalidFormatException f) {
      what = " '" + f.getValue() + "' is not " + expected(f.getTargetType());
    } else if (e.getOriginalMessage().startsWith("Null value for creator property")) {
      what = " is missing";
    } else if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
      what = " is not " + expected(m.getTargetType());
    } else {
      what = ": " + e.getOriginalMessage();
    }
    return new IllegalArgumentException("story JSON: " + where + what, e);
  }

  private static String expected(Class<?> type) {
    if (type == int.class || type == Integer.class) {
      return "an integer";
    }
    if (type == String.class) {
      return "a string";
    }
    if (type == java.time.Instant.class) {
      return "an ISO-8601 instant";
    }
    if (List.class.isAssignableFrom(type)) {
      return "an array";
    }
    if (type == boolean.class || type == Boolean.class) {
      return "true or false";
    }
    return "an object (" + type.getSimpleName() + ")";
  }

  /** Writes an empty string as {@code null}: a source's unknown title or URL. */
  static final class EmptyAsNull extends StdSerializer<String> {
    private static final long serialVersionUID = 1L;

    EmptyAsNull() {
      super(String.class);
    }

    @Override
    public void serialize(String value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      if (value.isEmpty()) {
        gen.writeNull();
      } else {
        gen.writeString(value);
      }
    }

    @Override
    public boolean isEmpty(SerializerProvider provider, String value) {
      return false;
    }
  }
}
