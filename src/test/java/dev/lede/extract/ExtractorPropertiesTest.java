package dev.lede.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Random, truncated and garbled markup never makes the extractor throw. */
class ExtractorPropertiesTest {
  private static final List<String> PIECES =
      List.of(
          "<div>",
          "</div>",
          "<p>",
          "</p>",
          "<br>",
          "<br/>",
          "<a href='x'>",
          "</a>",
          "<ul><li>",
          "</li>",
          "<table><tr><td>",
          "</td>",
          "<h1>",
          "</h2>",
          "<script>",
          "</script>",
          "<style>",
          "<!--",
          "-->",
          "<meta charset='",
          "utf-16",
          "'>",
          "<article class='post'>",
          "<div class='comments'>",
          "<span hidden>",
          "<![CDATA[",
          "]]>",
          "&amp;",
          "&#0;",
          "&#xD800;",
          "<",
          ">",
          "\"",
          "'",
          "=",
          "<html lang='",
          "<title>",
          "</title>",
          "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"author\":[",
          "<time datetime='",
          "2024-13-45T99:99",
          "<img src='",
          "javascript:",
          "\u0000",
          "\uFEFF",
          "\uD83D\uDE00",
          "한국어 텍스트",
          "Some words, and more words. ",
          "<body>",
          "<base href='::'>",
          "<link rel='canonical' href='http://[::1",
          "\n",
          "<svg><p>");

  @Provide
  Arbitrary<String> garbledHtml() {
    Arbitrary<String> piece =
        Arbitraries.oneOf(Arbitraries.of(PIECES), Arbitraries.strings().ofMaxLength(20));
    return piece.list().ofMaxSize(200).map(l -> String.join("", l));
  }

  @Property(tries = 300)
  void garbledMarkupNeverThrows(@ForAll("garbledHtml") String html) {
    ExtractedPage page = Extractor.extract(html, "http://example.org/");
    assertThat(page.paragraphs()).doesNotContainNull();
    Extractor.paragraphs(html);
  }

  @Property(tries = 300)
  void randomBytesNeverThrow(@ForAll byte[] body, @ForAll("contentTypes") String contentType) {
    ExtractedPage page = Extractor.extract(body, Optional.of(contentType), "not a url");
    assertThat(page.text()).isNotNull();
  }

  @Property(tries = 200)
  void garbledMarkupAsBytesNeverThrows(@ForAll("garbledHtml") String html) {
    Extractor.extract(html.getBytes(StandardCharsets.UTF_8), Optional.empty(), "");
  }

  @Provide
  Arbitrary<String> contentTypes() {
    return Arbitraries.oneOf(
        Arbitraries.of(
            "text/html",
            "text/html; charset=",
            "text/html; charset=\"",
            "charset=utf-16",
            "text/html; charset=x-unknown",
            "text/html;charset=euc-kr",
            ""),
        Arbitraries.strings().ofMaxLength(30));
  }
}
