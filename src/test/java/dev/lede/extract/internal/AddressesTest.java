package dev.lede.extract.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jsoup.Jsoup;
import org.jsoup.internal.StringUtil;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Addresses resolve to exactly what jsoup's URL-based resolution gives. */
class AddressesTest {
  private static final List<String> BASES =
      List.of(
          "https://www.example.com/a/b/page.html?x=1#f",
          "http://host.org",
          "http://host.org/",
          "HTTPS://Host.Org:8443/dir/",
          "http://host.org/a//b/c",
          "https://user@host.org/a/b",
          "file:///tmp/pages/0001-x.html",
          "",
          "not a url",
          "http://my_host.example/a/");

  private static final List<String> PIECES =
      List.of(
          "",
          "/",
          "//",
          "///",
          ".",
          "..",
          "./",
          "../",
          "a",
          "b.html",
          "?",
          "?q=1",
          "#",
          "#top",
          "http:",
          "https://",
          "HTTP://other.net",
          "other.net",
          ":8080",
          "%20",
          "%zz",
          " ",
          "ü",
          "|",
          "\t",
          "\n",
          "mailto:x@y",
          "javascript:void(0)",
          "data:x",
          "@",
          "[::1]",
          "\\");

  @Test
  void theTrickyCasesResolveAsJsoupDoes() {
    String[][] cases = {
      {"http://host.org", "#top"},
      {"http://host.org", "?q=1"},
      {"http://host.org", "."},
      {"http://host.org", "x/y"},
      {"https://example.com/a/b/page.html", "///www.google.com/api.js"},
      {"https://example.com/a/b/page.html", "../../../../x.css"},
      {"https://example.com/a/b/page.html", "https://cdn.example.net/p/q/../r.js?ver=1"},
      {"https://example.com/a/b/page.html", "/a/../b"},
      {"https://example.com/a/b/page.html", "?page=2"},
      {"https://example.com/a//b/page.html", "c.html"},
      {"file:///tmp/p.html", "https://example.com/story"},
      {"", "https://example.com/x/../y"},
    };
    for (String[] c : cases) {
      assertThat(Addresses.resolve(c[0], c[1]))
          .as("%s against %s", c[1], c[0])
          .isEqualTo(StringUtil.resolve(c[0], c[1]));
    }
  }

  @Property(tries = 2000)
  void anyReferenceResolvesAsJsoupDoes(
      @ForAll("bases") String base, @ForAll("references") String rel) {
    assertThat(Addresses.resolve(base, rel)).isEqualTo(StringUtil.resolve(base, rel));
  }

  @Test
  void aLinksHrefIsMadeAbsoluteAsAbsUrlDoes() {
    Element doc =
        Jsoup.parse(
            "<link rel=canonical href='../story/1?a=b#c'><a id=none>x</a>",
            "https://news.example.com/section/page/index.html");
    Element link = doc.selectFirst("link");
    Element none = doc.selectFirst("a");
    assertThat(Addresses.absoluteHref(link))
        .isEqualTo(link.absUrl("href"))
        .isEqualTo("https://news.example.com/section/story/1?a=b#c");
    assertThat(Addresses.absoluteHref(none)).isEqualTo(none.absUrl("href")).isEmpty();
  }

  @Provide
  Arbitrary<String> bases() {
    return Arbitraries.of(BASES);
  }

  @Provide
  Arbitrary<String> references() {
    return Arbitraries.of(PIECES).list().ofMaxSize(6).map(l -> String.join("", l));
  }
}
