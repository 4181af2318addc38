package dev.lede.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.lede.extract.Extractor;
import dev.lede.extract.HostTemplate;
import dev.lede.index.lucene.LuceneIndex;
import dev.lede.ingest.feed.Feed;
import dev.lede.ingest.feed.FeedItem;
import dev.lede.ingest.feed.FeedParser;
import dev.lede.model.Article;
import dev.lede.store.jdbc.JdbcHostTemplates;
import dev.lede.store.sqlite.SqliteStore;
import dev.lede.testing.SharedData;
import dev.lede.testing.Slow;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Per-host templates learned during ingest, on real pages of one site each: blocks that repeat
 * across a host's pages are dropped from its later pages, and the article text stays.
 */
@Slow
class HostTemplatesTest {
  /** The trailer Luke Dorny's JSON Feed puts under every post (feedjira's sample feeds). */
  static final String TRAILER = "Thank you for reading via RSS";

  @TempDir Path tmp;
  SqliteStore store;
  LuceneIndex index;
  JdbcHostTemplates templates;
  HttpServer server;

  @BeforeEach
  void open() throws IOException {
    store = SqliteStore.open(tmp.resolve("data"));
    index = LuceneIndex.open(tmp.resolve("data/index"));
    templates = JdbcHostTemplates.of(store);
  }

  @AfterEach
  void close() throws IOException {
    if (server != null) server.stop(0);
    index.close();
    store.close();
  }

  Ingester ingester(boolean fetchPages) {
    return new Ingester(
            store,
            index,
            dev.lede.testing.TestFetchers.allowing("127.0.0.1"),
            new Ingester.Options(fetchPages, Ingester.Options.defaults().minFullTextChars()),
            IngestListener.NONE,
            Clock.systemUTC())
        .learningTemplates(templates);
  }

  @Test
  void aTrailerOnEveryPostOfASiteIsDroppedOnceThreePostsShowedItAndThePostsTextsStay()
      throws Exception {
    Path feedFile =
        SharedData.require("feeds/feedjira/sample_feeds/json_feed_with_escaped_uris.json");
    Feed feed =
        FeedParser.parse(Files.readAllBytes(feedFile), Optional.empty(), feedFile.toString());
    List<FeedItem> items = feed.items();
    // Each post's paragraphs as extracted without a template, and how many posts have each one.
    Map<String, List<String>> plain = new HashMap<>();
    Map<Long, Integer> posts = new HashMap<>(); // by print: blocks equal but for digits are one
    for (FeedItem item : items) {
      List<String> ps = Extractor.paragraphs(item.content().orElseThrow());
      plain.put(item.link().orElseThrow(), ps);
      for (String p : new LinkedHashSet<>(ps))
        posts.merge(HostTemplate.printOf(p), 1, Integer::sum);
    }
    assertThat(plain.values()).allMatch(ps -> ps.stream().anyMatch(p -> p.startsWith(TRAILER)));

    IngestReport r = ingester(false).ingest(List.of(feedFile.toString()));

    assertThat(r.failures()).isEmpty();
    // Four posts share one text (the "-block" series) and are stored once.
    assertThat(r.stored() + r.alreadyStored()).isEqualTo(items.size());
    assertThat(r.stored()).isGreaterThan(items.size() / 2);
    Map<Long, Integer> earlier = new HashMap<>();
    int dropped = 0;
    int copies = 0;
    for (int i = 0; i < items.size(); i++) {
      String link = items.get(i).link().orElseThrow();
      List<String> own = plain.get(link);
      // A post with prose of its own (a long paragraph fewer than three earlier posts have) loses
      // the trailer once three posts showed it; one whose every long paragraph came before (the
      // "-block" series repeats one post) is a page already learned, and is left whole.
      boolean hasOwnProse =
          own.stream()
              .anyMatch(
                  p ->
                      p.length() >= 80
                          && earlier.getOrDefault(HostTemplate.printOf(p), 0)
                              < HostTemplate.MIN_PAGES);
      Optional<String> stored = storedText(link);
      for (String p : new LinkedHashSet<>(own)) {
        earlier.merge(HostTemplate.printOf(p), 1, Integer::sum);
      }
      if (stored.isEmpty()) continue;
      String text = stored.get();
      if (i >= HostTemplate.MIN_PAGES && hasOwnProse) {
        assertThat(text).as("post %d", i).doesNotContain(TRAILER);
        dropped++;
      } else {
        assertThat(text).as("post %d", i).isEqualTo(String.join("\n\n", own));
        if (i >= HostTemplate.MIN_PAGES) copies++;
      }
      // The article: every paragraph no other post has is kept.
      for (String p : own) {
        if (posts.get(HostTemplate.printOf(p)) == 1) assertThat(text).as("post %d", i).contains(p);
      }
    }
    assertThat(dropped).isGreaterThanOrEqualTo(items.size() / 2);
    assertThat(copies).isPositive();
  }

  @Test
  void aSiteIsLearnedOncePerPageHoweverOftenItsFeedIsRead() throws Exception {
    Path feedFile =
        SharedData.require("feeds/feedjira/sample_feeds/json_feed_with_escaped_uris.json");
    Feed feed =
        FeedParser.parse(Files.readAllBytes(feedFile), Optional.empty(), feedFile.toString());
    String trailer =
        Extractor.paragraphs(feed.items().get(0).content().orElseThrow()).stream()
            .filter(p -> p.startsWith(TRAILER))
            .findFirst()
            .orElseThrow();
    int n = feed.items().size();

    ingester(false).ingest(List.of(feedFile.toString()));
    ingester(false).ingest(List.of(feedFile.toString()));

    assertThat(templates.repeated("lukedorny.com", n)).contains(HostTemplate.printOf(trailer));
    assertThat(templates.repeated("lukedorny.com", n + 1)).isEmpty();
  }

  @Test
  void pagesOfOneSiteFetchedOverHttpKeepTheirWholeArticleWhileTheSiteIsLearned() throws Exception {
    Path html = SharedData.require("corpus/globalvoices-2009/html");
    Map<String, byte[]> pages = new HashMap<>();
    for (int i = 1; i <= 15; i++) {
      pages.put(
          "/2009/06/post-" + i + ".html", Files.readAllBytes(html.resolve("index_" + i + ".html")));
    }
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/",
        ex -> {
          byte[] body = pages.get(ex.getRequestURI().getPath());
          if (body == null) {
            ex.sendResponseHeaders(404, -1);
          } else {
            ex.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            ex.sendResponseHeaders(200, body.length);
            ex.getResponseBody().write(body);
          }
          ex.close();
        });
    server.start();
    String host = "127.0.0.1:" + server.getAddress().getPort();
    List<String> urls = new ArrayList<>();
    for (int i = 1; i <= 15; i++) urls.add("http://" + host + "/2009/06/post-" + i + ".html");

    IngestReport r = ingester(true).ingest(urls);

    assertThat(r.failures()).isEmpty();
    assertThat(r.stored()).isEqualTo(15);
    // Global Voices' sidebars, menus and footers repeat on every page and are now known...
    Set<Long> learned = templates.repeated(host, 15);
    assertThat(learned).hasSizeGreaterThan(20);
    for (String url : urls) {
      byte[] body = pages.get(url.substring(url.indexOf("/2009")));
      String alone = Extractor.extract(body, Optional.of("text/html"), url).text();
      // ...and no page lost any of its article to them.
      assertThat(storedText(url)).as(url).contains(alone);
    }
  }

  private Optional<String> storedText(String url) {
    return store.all().stream().filter(a -> a.url().equals(url)).map(Article::text).findFirst();
  }
}
