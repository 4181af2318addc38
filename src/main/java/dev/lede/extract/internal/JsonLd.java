package dev.lede.extract.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The article object of a page's JSON-LD scripts: the first object whose {@code @type} is an
 * article type, else a web page. Tolerates the usual breakage (comments, trailing commas, raw
 * control characters, CDATA wrappers); unparseable scripts are ignored.
 */
public final class JsonLd {
  /**
   * jackson-core's parser building databind's tree nodes directly, as {@code readTree} would: no
   * {@code ObjectMapper}, whose set-up loads some 350 classes (most of a one-page {@code lede
   * extract}'s class loading).
   */
  private static final JsonFactory FACTORY =
      JsonFactory.builder()
          .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
          .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
          .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
          .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
          .enable(JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
          .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
          .build();

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** The first JSON value of {@code s} as a tree, or null when it has none. */
  static JsonNode readTree(String s) throws IOException {
    try (JsonParser p = FACTORY.createParser(s)) {
      JsonToken t = p.nextToken();
      return t == null ? null : value(p, t);
    }
  }

  private static JsonNode value(JsonParser p, JsonToken t) throws IOException {
    if (t == null) throw new IOException("the JSON ends inside a value");
    switch (t) {
      case START_OBJECT -> {
        ObjectNode o = NODES.objectNode();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String name = p.currentName();
          o.set(name, value(p, p.nextToken()));
        }
        return o;
      }
      case START_ARRAY -> {
        ArrayNode a = NODES.arrayNode();
        for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken()) {
          a.add(value(p, e));
        }
        return a;
      }
      case VALUE_STRING -> {
        return NODES.textNode(p.getText());
      }
      case VALUE_NUMBER_INT -> {
        return switch (p.getNumberType()) {
          case INT -> NODES.numberNode(p.getIntValue());
          case LONG -> NODES.numberNode(p.getLongValue());
          default -> NODES.numberNode(p.getBigIntegerValue());
        };
      }
      case VALUE_NUMBER_FLOAT -> {
        return NODES.numberNode(p.getDoubleValue());
      }
      case VALUE_TRUE, VALUE_FALSE -> {
        return NODES.booleanNode(t == JsonToken.VALUE_TRUE);
      }
      case VALUE_NULL -> {
        return NODES.nullNode();
      }
      default -> throw new IOException("unexpected JSON token " + t);
    }
  }

  private final List<JsonNode> objects = new ArrayList<>();

  public void add(String script) {
    String s = script.trim();
    if (s.startsWith("<!--")) s = s.substring(4);
    if (s.endsWith("-->")) s = s.substring(0, s.length() - 3);
    s = s.replace("<![CDATA[", "").replace("]]>", "").trim();
    if (s.startsWith("//")) {
      int nl = s.indexOf('\n');
      s = nl < 0 ? "" : s.substring(nl + 1);
    }
    if (s.isEmpty()) return;
    try {
      collect(readTree(s), 0);
    } catch (Exception e) {
      // broken JSON-LD is common and carries no page text; ignore it
    }
  }

  private void collect(JsonNode node, int depth) {
    if (node == null || depth > 4) return;
    if (node.isArray()) {
      for (JsonNode n : node) collect(n, depth + 1);
    } else if (node.isObject()) {
      objects.add(node);
      collect(node.get("@graph"), depth + 1);
    }
  }

  /** The most article-like object. */
  public Optional<JsonNode> article() {
    JsonNode page = null;
    for (JsonNode o : objects) {
      int rank = rank(o.get("@type"));
      if (rank == 2) return Optional.of(o);
      if (rank == 1 && page == null) page = o;
    }
    return Optional.ofNullable(page);
  }

  /**
   * The longest {@code articleBody} of the page's objects: the article's text as the site gives it
   * to search engines, present on pages that render their text by script.
   */
  public Optional<String> articleBody() {
    String best = "";
    for (JsonNode o : objects) {
      JsonNode b = o.get("articleBody");
      if (b != null && b.isTextual() && b.asText().length() > best.length()) best = b.asText();
    }
    return best.isBlank() ? Optional.empty() : Optional.of(best);
  }

  /** The first object of a publisher-like type ({@code Organization}, {@code WebSite}). */
  public Optional<String> siteName() {
    for (JsonNode o : objects) {
      JsonNode type = o.get("@type");
      if (type != null && type.isTextual()) {
        String t = type.asText();
        if (t.equals("WebSite") || t.equals("NewsMediaOrganization")) {
          Optional<String> n = text(o.get("name"));
          if (n.isPresent()) return n;
        }
      }
    }
    return article().flatMap(a -> name(a.get("publisher")));
  }

  private static int rank(JsonNode type) {
    if (type == null) return 0;
    if (type.isArray()) {
      int best = 0;
      for (JsonNode t : type) best = Math.max(best, rank(t));
      return best;
    }
    String t = type.asText("");
    if (t.endsWith("Article")
        || t.equals("BlogPosting")
        || t.equals("Report")
        || t.equals("LiveBlogPosting")
        || t.equals("SocialMediaPosting")
        || t.equals("Review")
        || t.equals("Recipe")) {
      return 2;
    }
    return t.endsWith("WebPage") ? 1 : 0;
  }

  /** A non-blank string value, or the first of an array of them. */
  public static Optional<String> text(JsonNode n) {
    if (n == null) return Optional.empty();
    if (n.isArray()) return n.size() > 0 ? text(n.get(0)) : Optional.empty();
    if (n.isTextual() || n.isNumber()) {
      String s = TextUtil.normalizeSpace(n.asText());
      return s.isEmpty() ? Optional.empty() : Optional.of(s);
    }
    return Optional.empty();
  }

  /** The name of a person/organisation value: a string, an object with name, or an array. */
  public static Optional<String> name(JsonNode n) {
    if (n == null) return Optional.empty();
    if (n.isTextual()) return text(n);
    if (n.isObject()) return text(n.get("name"));
    if (n.isArray()) {
      List<String> names = new ArrayList<>();
      for (JsonNode x : n) name(x).filter(s -> !names.contains(s)).ifPresent(names::add);
      return names.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", names));
    }
    return Optional.empty();
  }

  /** A URL value: a string, an object with url/contentUrl, or an array of them. */
  public static Optional<String> url(JsonNode n) {
    if (n == null) return Optional.empty();
    if (n.isTextual()) return text(n);
    if (n.isObject()) return text(n.get("url")).or(() -> text(n.get("contentUrl")));
    if (n.isArray() && n.size() > 0) return url(n.get(0));
    return Optional.empty();
  }
}
