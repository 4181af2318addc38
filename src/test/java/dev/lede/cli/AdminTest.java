package dev.lede.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lede.newsroom.Newsroom;
import dev.lede.newsroom.NewsroomService;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The token-protected {@code /admin} pages and sources API over real HTTP on 127.0.0.1. */
class AdminTest {
  static final String TOKEN = "admin-token-0123456789abcdef";
  static final String HOSTILE = "<script>alert('owned')</script><img src=x onerror=alert(1)>";

  @TempDir Path data;
  Newsroom room;
  NewsroomService running;
  String base;
  HttpClient browser;

  static ServiceOptions options(boolean poll, Map<String, String> env) {
    ServiceOptions o = new ServiceOptions();
    o.noPoll = !poll;
    o.env = env;
    return o;
  }

  @BeforeEach
  void start() throws Exception {
    Newsroom.open(data).close();
    room = Newsroom.openForServing(data);
    running =
        ServeCommand.start(
            room,
            new LlmOptions(),
            "127.0.0.1",
            0,
            0,
            options(false, Map.of("LEDE_WRITE_TOKEN", TOKEN)),
            Clock.systemUTC());
    base = running.server().localUrl();
    browser =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .connectTimeout(Duration.ofSeconds(5))
            .build();
  }

  @AfterEach
  void stop() throws Exception {
    running.close();
    room.close();
  }

  HttpResponse<String> get(String path) throws Exception {
    return browser.send(
        HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(10)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
    StringBuilder b = new StringBuilder();
    form.forEach(
        (k, v) -> {
          if (b.length() > 0) {
            b.append('&');
          }
          b.append(URLEncoder.encode(k, StandardCharsets.UTF_8))
              .append('=')
              .append(URLEncoder.encode(v, StandardCharsets.UTF_8));
        });
    return browser.send(
        HttpRequest.newBuilder(URI.create(base + path))
            .timeout(Duration.ofSeconds(10))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(b.toString()))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  static Map<String, String> form(String... kv) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put(kv[i], kv[i + 1]);
    }
    return m;
  }

  String signIn() throws Exception {
    HttpResponse<String> r = post("/admin/login", form("token", TOKEN));
    assertThat(r.statusCode()).isEqualTo(303);
    assertThat(r.headers().firstValue("Set-Cookie").orElse(""))
        .contains("HttpOnly")
        .contains("SameSite=Strict");
    return csrf(get("/admin").body());
  }

  static String csrf(String html) {
    Matcher m = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"").matcher(html);
    assertThat(m.find()).as("a CSRF field in\n" + html).isTrue();
    return m.group(1);
  }

  @Test
  void withoutASessionTheAdminShowsOnlyTheLoginFormAndAWrongTokenIsRefused() throws Exception {
    HttpResponse<String> page = get("/admin");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("action=\"/admin/login\"").doesNotContain("Add a feed");
    assertThat(post("/admin/login", form("token", "wrong-token-wrong-token")).statusCode())
        .isEqualTo(401);
    assertThat(post("/admin/sources", form("ref", "https://a.example/feed")).statusCode())
        .isEqualTo(401);
    assertThat(get("/admin").body()).doesNotContain("Add a feed");
  }

  @Test
  void formsWithoutTheSessionsCsrfTokenAreRefused() throws Exception {
    String csrf = signIn();
    assertThat(post("/admin/sources", form("ref", "https://a.example/feed")).statusCode())
        .isEqualTo(403);
    assertThat(
            post("/admin/sources", form("csrf", csrf + "x", "ref", "https://a.example/feed"))
                .statusCode())
        .isEqualTo(403);
    HttpResponse<String> crossSite =
        browser.send(
            HttpRequest.newBuilder(URI.create(base + "/admin/sources"))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", "https://evil.example")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "csrf="
                            + URLEncoder.encode(csrf, StandardCharsets.UTF_8)
                            + "&ref=https%3A%2F%2Fa.example%2Ffeed"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(crossSite.statusCode()).as("the right token from another origin").isEqualTo(403);
    assertThat(room.articles().sources()).isEmpty();
  }

  @Test
  void sourcesAreAddedPausedAndRemovedAndHostileTitlesStayText() throws Exception {
    String csrf = signIn();
    HttpResponse<String> added =
        post(
            "/admin/sources",
            form(
                "csrf",
                csrf,
                "ref",
                "https://a.example/feed",
                "title",
                HOSTILE,
                "category",
                "World"));
    assertThat(added.statusCode()).isEqualTo(303);
    HttpResponse<String> page = get("/admin");
    assertThat(page.body())
        .contains("Added https://a.example/feed")
        .contains("&lt;script&gt;alert(")
        .doesNotContain("<script>alert")
        .doesNotContain("<img src=x")
        .contains("due now")
        .contains(">World<");

    post(
        "/admin/sources/pause",
        form("csrf", csrf, "ref", "https://a.example/feed", "paused", "true"));
    assertThat(get("/admin").body()).contains("Paused https://a.example/feed").contains(">paused<");

    assertThat(post("/admin/sources", form("csrf", csrf, "ref", "file:///etc/passwd")).statusCode())
        .isEqualTo(303);
    assertThat(get("/admin").body()).contains("file:///etc/passwd: not an http(s) URL");

    post("/admin/sources/remove", form("csrf", csrf, "ref", "https://a.example/feed"));
    assertThat(get("/admin").body())
        .contains("Removed https://a.example/feed")
        .contains("No sources yet.");
    assertThat(room.articles().sources()).isEmpty();
  }

  @Test
  void anOpmlPasteIsImportedAndTheApiReportsHealthToBearersOnly() throws Exception {
    String csrf = signIn();
    String opml =
        Files.readString(OpmlRoundTripTest.fixture("miniflux.opml"), StandardCharsets.UTF_8);
    post("/admin/import", form("csrf", csrf, "opml", opml));
    assertThat(get("/admin").body()).contains("Imported: added 3, skipped 1, refused 2");

    HttpClient plain = HttpClient.newHttpClient();
    HttpResponse<String> anonymous =
        plain.send(
            HttpRequest.newBuilder(URI.create(base + "/api/sources/status")).build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(anonymous.statusCode()).isEqualTo(401);
    HttpResponse<String> status =
        plain.send(
            HttpRequest.newBuilder(URI.create(base + "/api/sources/status"))
                .header("Authorization", "Bearer " + TOKEN)
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(status.statusCode()).isEqualTo(200);
    JsonNode list = new ObjectMapper().readTree(status.body());
    assertThat(list).hasSize(3);
    JsonNode ars = null;
    for (JsonNode n : list) {
      assertThat(n.get("status").asText()).isEqualTo("new");
      if (n.get("ref").asText().contains("arstechnica")) {
        ars = n;
      }
    }
    assertThat(ars).isNotNull();
    assertThat(ars.get("category").asText()).isEqualTo("Science & Tech");
    assertThat(ars.get("title").asText()).isEqualTo("Ars Technica \"Science\"");

    HttpResponse<String> imported =
        plain.send(
            HttpRequest.newBuilder(URI.create(base + "/api/sources/import"))
                .header("Authorization", "Bearer " + TOKEN)
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        Files.readString(OpmlRoundTripTest.fixture("freshrss.opml"))))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(imported.statusCode()).isEqualTo(200);
    JsonNode r = new ObjectMapper().readTree(imported.body());
    assertThat(r.get("added").asInt()).isEqualTo(3);
    assertThat(r.get("skipped").asInt()).isEqualTo(1);

    HttpResponse<String> export =
        plain.send(
            HttpRequest.newBuilder(URI.create(base + "/api/sources.opml"))
                .header("Authorization", "Bearer " + TOKEN)
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(export.body()).contains("<opml version=\"2.0\">").contains("Korea Wikinews");
  }
}
