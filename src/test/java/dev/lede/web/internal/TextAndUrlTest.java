package dev.lede.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class TextAndUrlTest {

  @Test
  void cleanDropsControlsNoncharactersAndLoneSurrogatesOnly() {
    assertThat(Text.clean("a\u0000b\u0007c\u0085d\uFFFEe\uFDD0f\uD800g")).isEqualTo("abcdefg");
    assertThat(Text.clean("tab\there\nline\r\n")).isEqualTo("tab\there\nline\r\n");
    assertThat(Text.clean("emoji 😀 한국어 ü")).isEqualTo("emoji 😀 한국어 ü");
    assertThat(Text.clean("\uD83F\uDFFE")).isEmpty(); // U+1FFFE is a noncharacter
  }

  @Property(tries = 300)
  void cleanOutputIsAlwaysValidXmlText(@ForAll String s) {
    String c = Text.clean(s);
    for (int i = 0; i < c.length(); ) {
      int cp = c.codePointAt(i);
      boolean xml =
          cp == 0x9
              || cp == 0xA
              || cp == 0xD
              || (cp >= 0x20 && cp <= 0xD7FF)
              || (cp >= 0xE000 && cp <= 0xFFFD)
              || (cp >= 0x10000 && cp <= 0x10FFFF);
      assertThat(xml).as("U+%04X in %s", cp, c).isTrue();
      i += Character.charCount(cp);
    }
  }

  @Test
  void lineCollapsesWhiteSpaceIncludingLineSeparators() {
    assertThat(Text.line("  a \n\t b\u2028c  ")).isEqualTo("a b c");
  }

  @Test
  void shortenCutsAtAWordWithAnEllipsis() {
    assertThat(Text.shorten("one two three four", 12)).isEqualTo("one two…");
    assertThat(Text.shorten("short", 12)).isEqualTo("short");
    assertThat(Text.shorten("x".repeat(30), 10)).isEqualTo("xxxxxxxxx…");
  }

  @Test
  void onlyAbsoluteHttpUrlsWithAHostAreLinks() {
    assertThat(SafeUrl.http("https://example.org/a?b=c#d")).hasValue("https://example.org/a?b=c#d");
    assertThat(SafeUrl.http("HTTP://Example.org/")).hasValue("HTTP://Example.org/");
    assertThat(SafeUrl.http("https://例え.jp/パス"))
        .hasValue("https://xn--r8jz45g.jp/%E3%83%91%E3%82%B9");
    for (String bad :
        new String[] {
          "javascript:alert(1)",
          " JaVaScRiPt:alert(1)",
          "data:text/html,<script>",
          "vbscript:x",
          "//example.org/a",
          "/relative",
          "https:///nohost",
          "http://user:pw@example.org/",
          "https://example.org/a b",
          "https://example.org/\"><script>",
          "java\tscript:alert(1)",
          "file:///etc/passwd",
          ""
        }) {
      assertThat(SafeUrl.http(bad)).as(bad).isEmpty();
    }
  }
}
