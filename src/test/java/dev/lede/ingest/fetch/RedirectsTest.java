package dev.lede.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.URISyntaxException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RedirectsTest {
  @ParameterizedTest
  @CsvSource({
    "http://h.test/a/b, c, http://h.test/a/c",
    "http://h.test/a/b, /c, http://h.test/c",
    "http://h.test/a/b, ../c, http://h.test/c",
    "http://h.test/a/b, ?q=1, http://h.test/a/?q=1",
    "http://h.test/a/b, //other.test/x, http://other.test/x",
    "https://h.test/a, http://other.test/x#frag, http://other.test/x",
    "http://h.test, x, http://h.test/x",
    "http://h.test/a, HTTPS://h.test/b, HTTPS://h.test/b",
  })
  void aLocationIsResolvedAgainstTheHopThatSentIt(String base, String location, String expected)
      throws URISyntaxException {
    assertThat(Redirects.resolve(URI.create(base), location)).isEqualTo(URI.create(expected));
  }

  @Test
  void anUnparseableLocationIsRejected() {
    assertThatThrownBy(() -> Redirects.resolve(URI.create("http://h.test/"), "http://h .test/a b"))
        .isInstanceOf(URISyntaxException.class);
  }
}
