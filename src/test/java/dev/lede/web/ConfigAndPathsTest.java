package dev.lede.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ConfigAndPathsTest {

  @Test
  void slugsAreReadableInAnyScript() {
    assertThat(SitePaths.slug("Lowmoor City Council approves £212m for a tidal barrier"))
        .isEqualTo("lowmoor-city-council-approves-212m-for-a-tidal-barrier");
    assertThat(SitePaths.slug("Café déjà vu!")).isEqualTo("cafe-deja-vu");
    assertThat(SitePaths.slug("부산항 신항, 완전 자동화 부두")).isEqualTo("부산항-신항-완전-자동화-부두");
    assertThat(SitePaths.slug("</script>")).isEqualTo("script");
    assertThat(SitePaths.slug("!!!")).isEmpty();
    String longSlug = SitePaths.slug("word ".repeat(40));
    assertThat(longSlug.length()).isLessThanOrEqualTo(80);
    assertThat(longSlug).doesNotEndWith("-");
  }

  @Test
  void storyPathsArePercentEncodedAscii() {
    assertThat(SitePaths.story("s-1", "부산항 신항"))
        .isEqualTo("/stories/s-1/%EB%B6%80%EC%82%B0%ED%95%AD-%EC%8B%A0%ED%95%AD");
    assertThat(SitePaths.story("s-1", "!!!")).isEqualTo("/stories/s-1");
    assertThat(SitePaths.isId("s-1_a.b")).isTrue();
    assertThat(SitePaths.isId("..")).isFalse();
    assertThat(SitePaths.isId("a/b")).isFalse();
    assertThat(SitePaths.isId("")).isFalse();
  }

  @Test
  void configRejectsBadValuesNamingThem() {
    WebConfig d = WebConfig.defaults(8080);
    assertThatThrownBy(() -> WebConfig.defaults(70000)).hasMessage("port 70000 is not in 0-65535");
    assertThatThrownBy(() -> d.withWriteToken("short"))
        .hasMessage("write token is 5 characters; use at least 16");
    assertThatThrownBy(() -> d.withBaseUrl("ftp://x.example"))
        .hasMessage("base URL ftp://x.example is not http(s)");
    assertThatThrownBy(() -> d.withBaseUrl("https://x.example/news"))
        .hasMessage("base URL https://x.example/news has a path; the site is served from the root");
    assertThatThrownBy(() -> d.withLanguage("english!"))
        .hasMessage("language 'english!' is not a BCP 47 tag");
    assertThatThrownBy(() -> d.withMaxRequestBytes(0)).hasMessage("maxRequestBytes 0 is not >= 1");
    assertThatThrownBy(() -> RateLimit.of(1, 0))
        .hasMessage("rate limit: perSecond 1.0 and burst 0 must both be 0 (off) or both positive");
  }

  @Test
  void searchFiltersRejectFromAfterTo() {
    assertThatThrownBy(
            () ->
                new SearchFilters(
                    java.util.Optional.empty(),
                    java.util.Optional.empty(),
                    java.util.Optional.of(java.time.LocalDate.of(2026, 2, 1)),
                    java.util.Optional.of(java.time.LocalDate.of(2026, 1, 1))))
        .hasMessage("search dates: from 2026-02-01 is after to 2026-01-01");
  }
}
