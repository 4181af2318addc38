package dev.lede.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lede.newsroom.Newsroom;
import dev.lede.newsroom.NewsroomListener;
import dev.lede.newsroom.NewsroomService;
import dev.lede.newsroom.NewsroomTest;
import java.math.BigInteger;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The request sequences reader apps send, replayed over real HTTP on 127.0.0.1 against written
 * stories in a real data folder: a Google Reader client (ClientLogin, token, user-info, tag and
 * subscription lists, item ids, item contents, edit-tag), as FreshRSS documents them for Reeder,
 * NetNewsWire and FeedMe, and a Fever client (api_key, groups, feeds, unread and saved ids, items,
 * mark), as the Fever API documentation describes.
 */
class ReaderApiTest {
  static final String USER = "reader";
  static final String PASSWORD = "s3cret pass";

  @TempDir Path tmp;
  Newsroom room;
  NewsroomService running;
  String base;
  final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  final ObjectMapper json = new ObjectMapper();

  @BeforeEach
  void start() throws Exception {
    Path data = tmp.resolve("data");
    Path articles = tmp.resolve("articles.jsonl");
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < 3; i++) {
      String[] s = FeedHost.STORIES.get(i);
      lines.append(
          NewsroomTest.line(
              "https://news.example.org/a/" + i,
              "Outlet " + i,
              s[0],
              "2026-12-0" + (i + 1) + "T08:00:00Z",
              s[1]));
    }
    Files.writeString(articles, lines);
    try (Newsroom writing = Newsroom.open(data)) {
      writing.ingest(List.of(articles.toString()), r -> null, false, true, NewsroomListener.NONE);
    }
    room = Newsroom.openForServing(data);
    ServiceOptions o = new ServiceOptions();
    o.noPoll = true;
    o.env = Map.of("LEDE_READER_USER", USER, "LEDE_READER_PASSWORD", PASSWORD);
    running = ServeCommand.start(room, new LlmOptions(), "127.0.0.1", 0, 0, o, Clock.systemUTC());
    base = running.server().localUrl();
  }

  @AfterEach
  void stop() throws Exception {
    running.close();
    room.close();
  }

  HttpResponse<String> send(String method, String path, String auth, String form) throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(20));
    if (auth != null) {
      b.header("Authorization", "GoogleLogin auth=" + auth);
    }
    if (method.equals("POST")) {
      b.header("Content-Type", "application/x-www-form-urlencoded")
          .POST(HttpRequest.BodyPublishers.ofString(form == null ? "" : form));
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  List<String> ids(JsonNode itemRefs) {
    List<String> out = new ArrayList<>();
    itemRefs.forEach(r -> out.add(r.get("id").asText()));
    return out;
  }

  @Test
  void aGoogleReaderClientLogsInListsSyncsAndMarks() throws Exception {
    HttpResponse<String> bad =
        send("POST", "/accounts/ClientLogin", null, "Email=" + USER + "&Passwd=wrong");
    assertThat(bad.statusCode()).isEqualTo(401);

    HttpResponse<String> login =
        send("POST", "/accounts/ClientLogin", null, "Email=" + USER + "&Passwd=" + enc(PASSWORD));
    assertThat(login.statusCode()).isEqualTo(200);
    String auth =
        login
            .body()
            .lines()
            .filter(l -> l.startsWith("Auth="))
            .findFirst()
            .orElseThrow()
            .substring(5);
    assertThat(login.body()).doesNotContain(PASSWORD);

    assertThat(send("GET", "/reader/api/0/token", null, null).statusCode()).isEqualTo(401);
    String token = send("GET", "/reader/api/0/token", auth, null).body().strip();
    assertThat(token).isNotBlank();

    JsonNode user =
        json.readTree(send("GET", "/reader/api/0/user-info?output=json", auth, null).body());
    assertThat(user.get("userName").asText()).isEqualTo(USER);

    JsonNode tags =
        json.readTree(send("GET", "/reader/api/0/tag/list?output=json", auth, null).body());
    assertThat(tags.get("tags").findValuesAsText("id"))
        .contains("user/-/state/com.google/starred", "user/-/label/Lede");

    JsonNode subs =
        json.readTree(
            send("GET", "/reader/api/0/subscription/list?output=json", auth, null).body());
    JsonNode sub = subs.get("subscriptions").get(0);
    assertThat(sub.get("id").asText()).isEqualTo("feed/" + base + "/rss.xml");
    assertThat(sub.get("categories").get(0).get("label").asText()).isEqualTo("Lede");

    String unreadPath =
        "/reader/api/0/stream/items/ids?output=json&n=1000&s="
            + enc("user/-/state/com.google/reading-list")
            + "&xt="
            + enc("user/-/state/com.google/read");
    List<String> unread =
        ids(json.readTree(send("GET", unreadPath, auth, null).body()).get("itemRefs"));
    assertThat(unread).hasSize(3);

    StringBuilder form = new StringBuilder();
    for (String id : unread) {
      form.append(form.length() == 0 ? "" : "&").append("i=").append(id);
    }
    JsonNode contents =
        json.readTree(
            send("POST", "/reader/api/0/stream/items/contents?output=json", auth, form.toString())
                .body());
    JsonNode items = contents.get("items");
    assertThat(items).hasSize(3);
    List<String> titles = new ArrayList<>();
    items.forEach(i -> titles.add(i.get("title").asText()));
    assertThat(titles).doesNotHaveDuplicates().allSatisfy(t -> assertThat(t).isNotBlank());
    JsonNode first = items.get(0);
    assertThat(first.get("id").asText()).matches("tag:google\\.com,2005:reader/item/[0-9a-f]{16}");
    assertThat(new BigInteger(first.get("id").asText().substring(32), 16).toString()).isIn(unread);
    assertThat(first.get("summary").get("content").asText())
        .contains("<h3>Sources</h3>")
        .contains("href=\"https://news.example.org/a/");
    assertThat(first.get("alternate").get(0).get("href").asText()).startsWith(base + "/stories/");

    String one = unread.get(0);
    assertThat(
            send(
                    "POST",
                    "/reader/api/0/edit-tag",
                    auth,
                    "T=" + token + "&i=" + one + "&a=" + enc("user/-/state/com.google/read"))
                .body())
        .isEqualTo("OK");
    assertThat(ids(json.readTree(send("GET", unreadPath, auth, null).body()).get("itemRefs")))
        .hasSize(2)
        .doesNotContain(one);
    assertThat(
            send(
                    "POST",
                    "/reader/api/0/edit-tag",
                    auth,
                    "T=wrong&i=" + one + "&a=" + enc("user/-/state/com.google/starred"))
                .statusCode())
        .isEqualTo(401);
    send(
        "POST",
        "/reader/api/0/edit-tag",
        auth,
        "T="
            + token
            + "&i="
            + enc("tag:google.com,2005:reader/item/" + String.format("%016x", Long.parseLong(one)))
            + "&a="
            + enc("user/-/state/com.google/starred"));
    String starredPath =
        "/reader/api/0/stream/items/ids?output=json&n=1000&s="
            + enc("user/-/state/com.google/starred");
    assertThat(ids(json.readTree(send("GET", starredPath, auth, null).body()).get("itemRefs")))
        .containsExactly(one);

    JsonNode page =
        json.readTree(
            send(
                    "GET",
                    "/reader/api/0/stream/contents/"
                        + "user/-/state/com.google/reading-list?output=json&n=2",
                    auth,
                    null)
                .body());
    assertThat(page.get("items")).hasSize(2);
    assertThat(page.get("continuation").asText()).isEqualTo("2");
    JsonNode unreadCount =
        json.readTree(send("GET", "/reader/api/0/unread-count?output=json", auth, null).body());
    assertThat(unreadCount.get("max").asInt()).isEqualTo(2);
  }

  String apiKey(String user, String password) throws Exception {
    byte[] d =
        MessageDigest.getInstance("MD5")
            .digest((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    return String.format("%032x", new BigInteger(1, d));
  }

  JsonNode fever(String query, String key, String extra) throws Exception {
    HttpResponse<String> r =
        send(
            "POST",
            "/fever/?api" + query,
            null,
            "api_key=" + key + (extra == null ? "" : "&" + extra));
    assertThat(r.statusCode()).isEqualTo(200);
    return json.readTree(r.body());
  }

  @Test
  void aFeverClientAuthenticatesSyncsItemsAndMarksThem() throws Exception {
    assertThat(fever("", apiKey(USER, "wrong"), null).get("auth").asInt()).isZero();
    String key = apiKey(USER, PASSWORD);
    JsonNode hello = fever("", key, null);
    assertThat(hello.get("api_version").asInt()).isEqualTo(3);
    assertThat(hello.get("auth").asInt()).isEqualTo(1);
    assertThat(hello.get("last_refreshed_on_time").asLong()).isPositive();

    JsonNode groups = fever("&groups", key, null);
    assertThat(groups.get("groups").get(0).get("title").asText()).isEqualTo("Lede");
    assertThat(groups.get("feeds_groups").get(0).get("feed_ids").asText()).isEqualTo("1");
    JsonNode feeds = fever("&feeds", key, null);
    assertThat(feeds.get("feeds").get(0).get("url").asText()).isEqualTo(base + "/rss.xml");

    String unread = fever("&unread_item_ids", key, null).get("unread_item_ids").asText();
    assertThat(unread.split(",")).hasSize(3);
    assertThat(fever("&saved_item_ids", key, null).get("saved_item_ids").asText()).isEmpty();

    JsonNode items = fever("&items&since_id=0", key, null);
    assertThat(items.get("total_items").asInt()).isEqualTo(3);
    JsonNode all = items.get("items");
    assertThat(all).hasSize(3);
    long firstId = all.get(0).get("id").asLong();
    assertThat(all.get(1).get("id").asLong()).isGreaterThan(firstId);
    assertThat(all.get(0).get("html").asText()).contains("<h3>Sources</h3>");
    assertThat(all.get(0).get("is_read").asInt()).isZero();
    assertThat(fever("&items&since_id=" + all.get(2).get("id").asLong(), key, null).get("items"))
        .isEmpty();
    assertThat(fever("&items&max_id=" + all.get(2).get("id").asLong(), key, null).get("items"))
        .hasSize(2);
    assertThat(fever("&items&with_ids=" + firstId, key, null).get("items")).hasSize(1);

    fever("", key, "mark=item&as=read&id=" + firstId);
    fever("", key, "mark=item&as=saved&id=" + firstId);
    String after = fever("&unread_item_ids", key, null).get("unread_item_ids").asText();
    assertThat(after.split(",")).hasSize(2).doesNotContain(Long.toString(firstId));
    assertThat(fever("&saved_item_ids", key, null).get("saved_item_ids").asText())
        .isEqualTo(Long.toString(firstId));
    JsonNode marked = fever("&items&with_ids=" + firstId, key, null).get("items").get(0);
    assertThat(marked.get("is_read").asInt()).isEqualTo(1);
    assertThat(marked.get("is_saved").asInt()).isEqualTo(1);

    fever("", key, "mark=group&as=read&id=1&before=" + (System.currentTimeMillis() / 1000 + 60));
    assertThat(fever("&unread_item_ids", key, null).get("unread_item_ids").asText()).isEmpty();
  }

  @Test
  void entityAndSearchFeedsAndTheDigestAreRss() throws Exception {
    HttpResponse<String> search =
        send("GET", "/search/rss.xml?q=" + enc("harbour bridge"), null, null);
    assertThat(search.statusCode()).isEqualTo(200);
    assertThat(search.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/rss+xml");
    assertThat(search.body()).contains("<rss").contains("Harbour bridge reopens after repairs");
    assertThat(send("GET", "/search/rss.xml", null, null).statusCode()).isEqualTo(400);
    HttpResponse<String> digest = send("GET", "/digest.xml", null, null);
    assertThat(digest.statusCode()).isEqualTo(200);
    assertThat(digest.body()).contains("<rss").contains("daily digest");
    assertThat(send("GET", "/entities/no-such-entity/rss.xml", null, null).statusCode())
        .isEqualTo(404);
  }
}
