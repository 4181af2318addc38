package dev.lede.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.lede.opml.Opml;
import dev.lede.opml.Subscription;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code lede sources import|export} with files shaped like Miniflux's and FreshRSS's OPML exports
 * (written from their export code and docs: feeds nested in category outlines, FreshRSS's {@code
 * frss:} attributes), and the round trip through Lede's own export.
 */
class OpmlRoundTripTest {
  @TempDir Path tmp;

  record Run(int exit, String out, String err) {}

  static Run lede(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream oldOut = System.out;
    PrintStream oldErr = System.err;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    try {
      int exit = dev.lede.cli.Main.commandLine().execute(args);
      return new Run(
          exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(oldOut);
      System.setErr(oldErr);
    }
  }

  static Path fixture(String name) throws URISyntaxException {
    return Path.of(OpmlRoundTripTest.class.getResource("/opml/" + name).toURI());
  }

  @Test
  void aMinifluxExportIsImportedWithCategoriesDuplicatesSkippedAndNonHttpFeedsRefused()
      throws Exception {
    Path data = tmp.resolve("data");
    Run r =
        lede("sources", "import", "--data", data.toString(), fixture("miniflux.opml").toString());

    assertThat(r.out()).isEqualTo("added 3, skipped 1, refused 2\n");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).contains("file:///etc/passwd: not an http(s) URL");
    assertThat(r.err()).contains("javascript:alert(1): not an http(s) URL");

    Run export = lede("sources", "export", "--data", data.toString());
    assertThat(export.exit()).isZero();
    List<Subscription> subs = Opml.read(export.out().getBytes(StandardCharsets.UTF_8), "export");
    assertThat(subs)
        .extracting(Subscription::xmlUrl, Subscription::title, Subscription::category)
        .containsExactlyInAnyOrder(
            tuple(
                "https://globalvoices.org/feed/", Optional.of("Global Voices"), Optional.of("All")),
            tuple(
                "https://www.nasa.gov/news-release/feed/",
                Optional.of("NASA Breaking News"),
                Optional.of("All")),
            tuple(
                "https://feeds.arstechnica.com/arstechnica/science",
                Optional.of("Ars Technica \"Science\""),
                Optional.of("Science & Tech")));
    assertThat(export.out()).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
    assertThat(export.out()).contains("<opml version=\"2.0\">");
    assertThat(export.out()).contains("category=\"/Science &amp; Tech\"");
    // OPML names are case-sensitive: other readers look for xmlUrl and dateCreated.
    assertThat(export.out()).contains(" xmlUrl=\"").contains("<dateCreated>");
  }

  @Test
  void aFreshRssExportRoundTripsThroughLedesExport() throws Exception {
    Path first = tmp.resolve("first");
    Run r =
        lede("sources", "import", "--data", first.toString(), fixture("freshrss.opml").toString());
    assertThat(r.out()).isEqualTo("added 4, skipped 0, refused 0\n");
    assertThat(r.exit()).isZero();
    String exported = lede("sources", "export", "--data", first.toString()).out();

    Path file = tmp.resolve("lede.opml");
    Files.writeString(file, exported);
    Path second = tmp.resolve("second");
    assertThat(lede("sources", "import", "--data", second.toString(), file.toString()).out())
        .isEqualTo("added 4, skipped 0, refused 0\n");
    String again = lede("sources", "export", "--data", second.toString()).out();

    assertThat(withoutDate(again)).isEqualTo(withoutDate(exported));
    List<Subscription> subs = Opml.read(again.getBytes(StandardCharsets.UTF_8), "again");
    assertThat(subs)
        .extracting(Subscription::xmlUrl, Subscription::title, Subscription::category)
        .containsExactly(
            tuple(
                "https://en.wikinews.org/w/index.php?title=Special:NewsFeed&feed=atom&categories=Published",
                Optional.of("Wikinews"),
                Optional.of("Uncategorized")),
            tuple(
                "https://globalvoices.org/feed/",
                Optional.of("Global Voices"),
                Optional.of("World")),
            tuple(
                "https://ko.wikinews.org/w/index.php?title=%ED%8A%B9%EC%88%98:%EB%89%B4%EC%8A%A4%ED%94%BC%EB%93%9C&feed=atom",
                Optional.of("Korea Wikinews"), Optional.of("World")),
            tuple("https://example.org/news", Optional.of("Scraped page"), Optional.of("World")));

    // Importing the same file again adds nothing.
    assertThat(lede("sources", "import", "--data", second.toString(), file.toString()).out())
        .isEqualTo("added 0, skipped 4, refused 0\n");
  }

  @Test
  void aFileThatIsNotOpmlIsNamedInTheError() throws Exception {
    Path bad = tmp.resolve("feeds.opml");
    Files.writeString(bad, "<rss><channel/></rss>");
    Run r = lede("sources", "import", "--data", tmp.resolve("d").toString(), bad.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains(bad.toString()).contains("not an OPML file");
  }

  private static String withoutDate(String opml) {
    return opml.replaceAll("<dateCreated>[^<]*</dateCreated>", "");
  }
}
