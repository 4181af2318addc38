package dev.lede.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UrlCanonicalizerTest {
  private static String canon(String url) {
    return UrlCanonicalizer.canonicalize(url);
  }

  @Test
  void lowercasesSchemeAndHostButNotPath() {
    assertThat(canon("HTTPS://News.Example.COM/World/Story.HTML"))
        .isEqualTo("https://news.example.com/World/Story.HTML");
  }

  @Test
  void removesDefaultPortsAndKeepsOthers() {
    assertThat(canon("http://example.com:80/a")).isEqualTo("http://example.com/a");
    assertThat(canon("https://example.com:443/a")).isEqualTo("https://example.com/a");
    assertThat(canon("https://example.com:/a")).isEqualTo("https://example.com/a");
    assertThat(canon("http://example.com:443/a")).isEqualTo("http://example.com:443/a");
    assertThat(canon("https://example.com:08080/a")).isEqualTo("https://example.com:8080/a");
  }

  @Test
  void removesFragmentsButKeepsHashbangRoutes() {
    assertThat(canon("https://example.com/a#comments")).isEqualTo("https://example.com/a");
    assertThat(canon("https://example.com/a#")).isEqualTo("https://example.com/a");
    assertThat(canon("https://example.com/#!/story/42"))
        .isEqualTo("https://example.com/#!/story/42");
  }

  @ParameterizedTest
  @CsvSource({
    "utm_source=rss",
    "utm_medium=email",
    "UTM_Campaign=spring",
    "fbclid=IwAR0abc",
    "gclid=Cj0KCQ",
    "mc_cid=123",
    "mc_eid=456",
    "ref=homepage",
    "ocid=msn",
    "cmpid=rss",
    "_ga=2.1.2.3",
    "igshid=xyz",
    "msclkid=1",
    "pk_campaign=x",
    "xtor=RSS-1",
  })
  void removesTrackingParameters(String param) {
    assertThat(canon("https://example.com/story?id=9&" + param))
        .isEqualTo("https://example.com/story?id=9");
    assertThat(canon("https://example.com/story?" + param)).isEqualTo("https://example.com/story");
  }

  @Test
  void sortsRemainingParametersByNameKeepingTheOrderOfRepeatedNames() {
    assertThat(canon("https://example.com/s?z=1&tag=b&a=2&tag=a&&utm_source=x"))
        .isEqualTo("https://example.com/s?a=2&tag=b&tag=a&z=1");
  }

  @Test
  void keepsParametersThatMerelyLookLikeTrackers() {
    assertThat(canon("https://example.com/s?reference=1&source=rss&page=2"))
        .isEqualTo("https://example.com/s?page=2&reference=1&source=rss");
  }

  @Test
  void normalisesPercentEncoding() {
    assertThat(canon("https://example.com/%7Euser/a%2fb%2Fc/%41%42?q=%c3%A9t%C3%A9+x"))
        .isEqualTo("https://example.com/~user/a%2Fb%2Fc/AB?q=%C3%A9t%C3%A9+x");
    assertThat(canon("https://example.com/a b/été?q=a b"))
        .isEqualTo("https://example.com/a%20b/%C3%A9t%C3%A9?q=a%20b");
    assertThat(canon("https://example.com/100%?q=50%"))
        .isEqualTo("https://example.com/100%25?q=50%25");
  }

  @Test
  void givesRawAndPercentEncodedKoreanPathsTheSameForm() {
    String encoded = "https://ko.wikinews.org/wiki/%EB%B2%84%EB%9D%BD_%EC%98%A4%EB%B0%94%EB%A7%88";
    assertThat(canon("https://ko.wikinews.org/wiki/버락_오바마")).isEqualTo(encoded);
    assertThat(canon(encoded)).isEqualTo(encoded);
  }

  @Test
  void resolvesDotSegmentsAndGivesAnEmptyPathASlash() {
    assertThat(canon("https://example.com")).isEqualTo("https://example.com/");
    assertThat(canon("https://example.com?b=1")).isEqualTo("https://example.com/?b=1");
    assertThat(canon("https://example.com/a/./b/../c/%2E%2E/d"))
        .isEqualTo("https://example.com/a/d");
    assertThat(canon("https://example.com/../../a")).isEqualTo("https://example.com/a");
  }

  @Test
  void keepsWhatCouldNameADifferentResource() {
    assertThat(canon("https://www.example.com/news/")).isEqualTo("https://www.example.com/news/");
    assertThat(canon("https://example.com/news/index.html"))
        .isEqualTo("https://example.com/news/index.html");
    assertThat(canon("https://example.com//double")).isEqualTo("https://example.com//double");
    assertThat(canon("https://user:pw@example.com/")).isEqualTo("https://user:pw@example.com/");
  }

  @Test
  void convertsInternationalisedHostsToPunycode() {
    assertThat(canon("https://BÜCHER.example/Straße"))
        .isEqualTo("https://xn--bcher-kva.example/Stra%C3%9Fe");
    assertThat(canon("http://한국.kr/")).isEqualTo("http://xn--3e0b707e.kr/");
    assertThat(canon("http://%ED%95%9C%EA%B5%AD.kr./")).isEqualTo("http://xn--3e0b707e.kr/");
  }

  @Test
  void stripsSurroundingWhitespaceAndLineBreaksInside() {
    assertThat(canon("  https://example.com/a\n/b \t")).isEqualTo("https://example.com/a/b");
  }

  @Test
  void leavesOtherSchemesAndFilePathsLightlyNormalised() {
    assertThat(canon("FILE:///srv/feeds/A.xml#x")).isEqualTo("file:///srv/feeds/A.xml#x");
    assertThat(canon("mailto:News@Example.com")).isEqualTo("mailto:News@Example.com");
    assertThat(canon("/srv/feeds/./today/../a.xml")).isEqualTo("/srv/feeds/a.xml");
    assertThat(canon("feeds/a.xml")).isEqualTo("feeds/a.xml");
  }

  @Test
  void handlesIpv6Hosts() {
    assertThat(canon("http://[2001:DB8::1]:80/x")).isEqualTo("http://[2001:db8::1]/x");
    assertThat(canon("http://[2001:DB8::1]:8080/x")).isEqualTo("http://[2001:db8::1]:8080/x");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "''| it is empty",
        "'   '| it is empty",
        "https://| it has no host",
        "http:///path| it has no host",
        "https://example.com:99999/| port '99999' is not a number from 0 to 65535",
        "https://example.com:http/| port 'http' is not a number from 0 to 65535",
        "https://exa mple.com/| host 'exa mple.com' contains ' '",
        "https://exa<mple.com/| host 'exa<mple.com' contains '<'",
        "https://a..b/| host 'a..b' is not a valid domain name (Empty label is not a legal name)",
        "//example.com/a| it is scheme-relative; resolve it against the page it came from first",
        "http://[::1/| its IPv6 host has no closing ']'",
        "http://[xyz]/| host '[xyz]' is not an IPv6 address",
        "http://%FF.com/| host '%FF.com' is not percent-encoded UTF-8",
      })
  void rejectsInvalidUrlsNamingTheUrlAndTheProblem(String url, String problem) {
    assertThatThrownBy(() -> canon(url))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Cannot canonicalize URL \"" + url + "\": " + problem);
  }

  @Test
  void rejectsOverlongHostLabels() {
    String url = "https://" + "a".repeat(64) + ".com/";
    assertThatThrownBy(() -> canon(url))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Cannot canonicalize URL \"" + url + "\": host '")
        .hasMessageContaining("is not a valid domain name");
  }

  @Property(tries = 500)
  void isIdempotent(@ForAll("urls") String url) {
    String once;
    try {
      once = canon(url);
    } catch (IllegalArgumentException e) {
      assertThat(e).hasMessageStartingWith("Cannot canonicalize URL \"" + url + "\": ");
      return;
    }
    assertThat(canon(once)).isEqualTo(once);
  }

  @Provide
  Arbitrary<String> urls() {
    Arbitrary<String> scheme = Arbitraries.of("http://", "HTTPS://", "https://");
    Arbitrary<String> host =
        Arbitraries.of("Example.com", "bücher.de", "a.b.c", "[::1]", "x.org:80", "h:8080");
    Arbitrary<String> segment =
        Arbitraries.strings().withChars("aZ09-._~%/!$&'()*+,;=:@ é한?#").ofMaxLength(12);
    Arbitrary<String> query =
        Arbitraries.of("", "?utm_source=x", "?b=2&a=1", "?a=%41&&c", "?ref=1&x=%zz");
    return Combinators.combine(scheme, host, segment, segment, query)
        .as((s, h, p1, p2, q) -> s + h + "/" + p1 + "/" + p2 + q);
  }
}
