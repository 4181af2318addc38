package dev.lede.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ArticleIdsTest {
  @Test
  void isPrefixedFirstSixteenHexDigitsOfSha256() {
    // Expected values computed independently with Python's hashlib.
    assertThat(ArticleIds.forCanonicalUrl("https://example.com/news/story?id=7"))
        .isEqualTo("a-5092b6514f1acf3b");
    assertThat(ArticleIds.forCanonicalUrl("https://ko.wikinews.org/wiki/%EB%B2%84%EB%9D%BD"))
        .isEqualTo("a-92d0745e7ab4590f");
  }

  @Test
  void sameArticleThroughDifferentLinksGetsOneId() {
    String fromFeed = UrlCanonicalizer.canonicalize("https://Example.com:443/news/story?id=7");
    String fromNewsletter =
        UrlCanonicalizer.canonicalize("https://example.com/news/story?utm_source=mail&id=7#top");
    assertThat(ArticleIds.forCanonicalUrl(fromFeed))
        .isEqualTo(ArticleIds.forCanonicalUrl(fromNewsletter));
  }

  @Test
  void rejectsAUrlThatIsNotCanonical() {
    assertThatThrownBy(() -> ArticleIds.forCanonicalUrl("HTTPS://example.com/a?utm_source=x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "URL \"HTTPS://example.com/a?utm_source=x\" is not canonical (canonical form:"
                + " \"https://example.com/a\"); pass it through UrlCanonicalizer.canonicalize first");
  }
}
