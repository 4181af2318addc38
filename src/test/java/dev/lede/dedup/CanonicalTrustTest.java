package dev.lede.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CanonicalTrustTest {
  final CanonicalTrust sameSite = CanonicalTrust.sameSite();

  @Test
  void aPageMayNameAnAddressOnItsOwnRegistrableDomain() {
    assertThat(sameSite.trusts("https://amp.bbc.co.uk/news/1", "https://www.bbc.co.uk/news/1"))
        .isTrue();
    assertThat(sameSite.trusts("http://example.com/a?x=1", "https://EXAMPLE.com:8443/a")).isTrue();
    assertThat(sameSite.trusts("http://127.0.0.1:8080/amp/a", "http://127.0.0.1:9/a")).isTrue();
  }

  @Test
  void anAddressOnAnotherSiteIsNotTrusted() {
    assertThat(sameSite.trusts("http://a.example/evil.html", "http://b.example/real.html"))
        .isFalse();
    assertThat(sameSite.trusts("https://evil.co.uk/x", "https://bbc.co.uk/x")).isFalse();
    // Private suffixes: two github.io users are two sites.
    assertThat(sameSite.trusts("https://alice.github.io/x", "https://bob.github.io/x")).isFalse();
    assertThat(sameSite.trusts("http://127.0.0.1/x", "http://127.0.0.2/x")).isFalse();
    assertThat(sameSite.trusts("http://localhost/x", "http://127.0.0.1/x")).isFalse();
  }

  @Test
  void onlyHttpAddressesAreTrusted() {
    assertThat(sameSite.trusts("https://a.example/x", "javascript:alert(1)")).isFalse();
    assertThat(sameSite.trusts("https://a.example/x", "file:///etc/passwd")).isFalse();
    assertThat(sameSite.trusts("file:///tmp/a.html", "file:///tmp/b.html")).isFalse();
    assertThat(sameSite.trusts("https://a.example/x", "not a url")).isFalse();
  }

  @Test
  void anAllowListedHostMayNameAnyAddressButOnlyItself() {
    CanonicalTrust trust = CanonicalTrust.sameSiteOr(List.of("Feeds.Example.net"));
    assertThat(trust.trusts("https://feeds.example.net/a", "https://news.example.com/a")).isTrue();
    assertThat(trust.trusts("https://cdn.feeds.example.net/a", "https://news.example.com/a"))
        .isTrue();
    assertThat(trust.trusts("https://evil.example.net/a", "https://news.example.com/a")).isFalse();
    assertThat(trust.trusts("https://feeds.example.net/a", "javascript:x")).isFalse();
  }

  @Test
  void aBlankOrMalformedAllowedHostIsRejectedByName() {
    assertThatThrownBy(() -> CanonicalTrust.sameSiteOr(List.of(" ")))
        .hasMessageContaining("\" \" is not a host name");
    assertThatThrownBy(() -> CanonicalTrust.sameSiteOr(List.of("http://x/")))
        .hasMessageContaining("\"http://x/\" is not a host name");
  }
}
