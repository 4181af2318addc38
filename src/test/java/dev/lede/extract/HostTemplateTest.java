package dev.lede.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HostTemplateTest {
  static final String URL = "http://globalvoicesonline.org/2009/06/11/amplified-conversation/";

  private static byte[] page() throws IOException {
    try (InputStream in =
        HostTemplateTest.class.getResourceAsStream("/globalvoices/index_1.html")) {
      assertThat(in).isNotNull();
      return in.readAllBytes();
    }
  }

  @Test
  void aSiteIsItsLowerCaseHostWithoutWwwAndWithAnExplicitPort() {
    assertThat(HostTemplate.hostOf("https://www.Example.COM/a/b?c=d")).contains("example.com");
    assertThat(HostTemplate.hostOf("http://127.0.0.1:8080/x")).contains("127.0.0.1:8080");
    assertThat(HostTemplate.hostOf("file:///tmp/page.html")).isEmpty();
    assertThat(HostTemplate.hostOf("urn:lede:feed.xml#item")).isEmpty();
    assertThat(HostTemplate.hostOf("http://bad host/")).isEmpty();
  }

  @Test
  void pagesAreKeyedByTheirWholeAddressWithoutFragment() {
    assertThat(HostTemplate.pageKey("https://a.example/?p=1"))
        .isNotEqualTo(HostTemplate.pageKey("https://a.example/?p=2"));
    assertThat(HostTemplate.pageKey("https://a.example/x#comments"))
        .isEqualTo(HostTemplate.pageKey("https://a.example/x"));
  }

  @Test
  void blocksDifferingOnlyInCaseDigitsAndSpacingHaveOnePrint() {
    assertThat(HostTemplate.printOf("Posted 3 hours ago"))
        .isEqualTo(HostTemplate.printOf("posted  15 Hours ago"));
    assertThat(HostTemplate.printOf("Posted 3 hours ago"))
        .isNotEqualTo(HostTemplate.printOf("Posted 3 days ago"));
  }

  @Test
  void aTemplateBlockIsDroppedAndTheRestOfTheArticleKept() throws IOException {
    ExtractedPage plain = Extractor.extract(page(), Optional.of("text/html"), URL);
    String dropped = plain.paragraphs().get(2);

    ExtractedPage page =
        Extractor.extract(
            page(),
            Optional.of("text/html"),
            URL,
            HostTemplate.of(List.of(HostTemplate.printOf(dropped))));

    List<String> expected = new ArrayList<>(plain.paragraphs());
    expected.remove(dropped);
    assertThat(page.paragraphs()).isEqualTo(expected);
    assertThat(page.blockPrints()).contains(HostTemplate.printOf(dropped));
    assertThat(plain.blockPrints()).isEmpty();
  }

  @Test
  void aPageWhoseOwnBlocksAreAllInTheTemplateIsLeftWhole() throws IOException {
    ExtractedPage first =
        Extractor.extract(page(), Optional.of("text/html"), URL, HostTemplate.none());

    // The same article learned from three other addresses: everything on it is "template".
    ExtractedPage again =
        Extractor.extract(
            page(), Optional.of("text/html"), URL, HostTemplate.of(first.blockPrints()));

    assertThat(again.paragraphs()).isEqualTo(first.paragraphs()).isNotEmpty();
  }

  @Test
  void aFeedItemsTemplateBlocksAreDroppedToo() {
    String trailer = "Thank you for reading via RSS. Support this blog on its tip jar.";
    String html =
        "<p>The council voted on Tuesday to build a new bridge over the river, at a cost of forty"
            + " million dollars, after a long debate.</p><p>"
            + trailer
            + "</p>";

    ExtractedPage f =
        Extractor.fragment(html, HostTemplate.of(List.of(HostTemplate.printOf(trailer))));

    assertThat(f.paragraphs()).hasSize(1).allMatch(p -> p.startsWith("The council voted"));
    assertThat(Extractor.fragment(html, HostTemplate.none()).paragraphs()).hasSize(2);
  }

  @Test
  void nullsAreRejectedNamingTheArgument() {
    assertThatThrownBy(() -> Extractor.extract(new byte[0], Optional.empty(), "", null))
        .hasMessageContaining("template");
    assertThatThrownBy(() -> HostTemplate.of(null)).hasMessageContaining("prints");
  }
}
