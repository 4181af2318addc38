package dev.lede.extract.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** JSON-LD read by the streaming parser gives the tree databind's {@code readTree} gives. */
class JsonLdTest {
  private static final JsonMapper DATABIND =
      JsonMapper.builder()
          .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
          .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
          .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
          .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
          .enable(JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
          .disable(JsonParser.Feature.AUTO_CLOSE_SOURCE)
          .build();

  @Test
  void theTreeIsTheOneDatabindReads() throws IOException {
    String[] scripts = {
      "{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":\"Bridge\","
          + "\"author\":[{\"@type\":\"Person\",\"name\":\"Jane Doe\"},\"John Roe\"],"
          + "\"wordCount\":812,\"big\":123456789012345678901234567890,\"long\":9876543210,"
          + "\"ratio\":0.25,\"free\":true,\"paid\":false,\"image\":null,\"nested\":[[1,[2]],{}]}",
      "/* a comment */ {'@type': 'WebPage', 'name': 'It\\'s', \"x\": [1, 2,], } // end",
      "[{\"@graph\":[{\"@type\":\"WebSite\",\"name\":\"Times\"}]}]",
      "{\"a\":1,\"a\":2,\"text\":\"line\u0001break \\\\ \\u00e9\"}",
      "\"just a string\"",
      "42",
    };
    for (String s : scripts) {
      assertThat(JsonLd.readTree(s)).as(s).isEqualTo(DATABIND.readTree(s));
    }
  }

  @Test
  void emptyOrBrokenScriptsGiveNoTreeOrFail() throws IOException {
    assertThat(JsonLd.readTree("   ")).isNull();
    assertThat(JsonLd.readTree("// only a comment")).isNull();
    assertThatThrownBy(() -> JsonLd.readTree("{\"a\": }")).isInstanceOf(IOException.class);
    assertThatThrownBy(() -> JsonLd.readTree("{\"a\": [1, 2")).isInstanceOf(IOException.class);
  }

  @Test
  void theArticleObjectIsFoundThroughAGraph() {
    JsonLd ld = new JsonLd();
    ld.add(
        "<!--{\"@graph\":[{\"@type\":\"WebPage\"},{\"@type\":\"NewsArticle\",\"headline\":\"H\"}]}-->");

    assertThat(ld.article())
        .hasValueSatisfying(a -> assertThat(a.get("headline").asText()).isEqualTo("H"));
  }
}
