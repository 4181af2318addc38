package dev.lede.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lede.model.StoryJson;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class WebServerTest {

  static final String TOKEN = "test-token-0123456789abcdef";
  static final ObjectMapper JSON = new ObjectMapper();

  static FixtureSiteData data;
  static RecordingAdmin admin;
  static WebServer server;
  static Http http;

  /** Records what the write endpoints asked for. */
  static class RecordingAdmin implements SiteAdmin {
    final ConcurrentLinkedQueue<String> calls = new ConcurrentLinkedQueue<>();
    final List<String> sources = new ArrayList<>();

    @Override
    public synchronized boolean addSource(String ref) {
      calls.add("add " + ref);
      if (ref.startsWith("ftp:")) {
        throw new IllegalArgumentException("source " + ref + ": scheme ftp is not supported");
      }
      if (sources.contains(ref)) {
        return false;
      }
      return sources.add(ref);
    }

    @Override
    public synchronized boolean removeSource(String ref) {
      calls.add("remove " + ref);
      return sources.remove(ref);
    }

    @Override
    public boolean triggerIngest() {
      calls.add("ingest");
      return true;
    }
  }

  @BeforeAll
  static void start() {
    data = FixtureSiteData.create(Instant.now());
    admin = new RecordingAdmin();
    server =
        WebServer.start(
            data,
            admin,
            WebConfig.defaults(0)
                .withWriteToken(TOKEN)
                .withMaxRequestBytes(1024)
                .withRateLimits(RateLimit.off(), RateLimit.off()));
    http = new Http(server);
  }

  @AfterAll
  static void stop() {
    server.stop();
  }

  @Test
  void everyResponseCarriesTheContentSecurityPolicy() throws Exception {
    for (String path :
        List.of(
            "/",
            "/stories/" + FixtureSiteData.MAIN,
            "/entities",
            "/entities/lowmoor",
            "/sources",
            "/search?q=barrier",
            "/api/stories",
            "/api/stories/" + FixtureSiteData.MAIN,
            "/rss.xml",
            "/atom.xml",
            "/sitemap.xml",
            "/news-sitemap.xml",
            "/robots.txt",
            "/static/site.css",
            "/no/such/page",
            "/api/no-such")) {
      HttpResponse<String> r = http.get(path);
      assertThat(r.headers().firstValue("Content-Security-Policy"))
          .as(path)
          .hasValue(
              "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
                  + " connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors"
                  + " 'none'");
      assertThat(r.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
      assertThat(r.headers().firstValue("X-Frame-Options")).as(path).hasValue("DENY");
      assertThat(r.headers().firstValue("Server")).as(path).isEmpty();
    }
  }

  @Test
  void storyPageIsServedWithOrWithoutTheSlug() throws Exception {
    HttpResponse<String> bare = http.get("/stories/" + FixtureSiteData.MAIN);
    HttpResponse<String> slug =
        http.get(
            "/stories/"
                + FixtureSiteData.MAIN
                + "/lowmoor-closes-its-new-tidal-barrier-as-a-storm-surge-reaches-the-estuary");
    HttpResponse<String> wrongSlug = http.get("/stories/" + FixtureSiteData.MAIN + "/old-headline");
    assertThat(bare.statusCode()).isEqualTo(200);
    assertThat(bare.headers().firstValue("Content-Type")).hasValue("text/html;charset=utf-8");
    assertThat(slug.body()).isEqualTo(bare.body());
    assertThat(wrongSlug.body()).isEqualTo(bare.body());
    assertThat(bare.body())
        .contains(
            "<link rel=\"canonical\" href=\""
                + server.baseUrl()
                + "/stories/s-flood-barrier/lowmoor-closes-its-new-tidal-barrier-as-a-storm-surge-reaches-the-estuary\">");
  }

  @Test
  void unknownOrMalformedIdsAre404Pages() throws Exception {
    for (String path :
        List.of("/stories/nope", "/stories/%2e%2e", "/stories/a%3Cb", "/entities/nope", "/x")) {
      HttpResponse<String> r = http.get(path);
      assertThat(r.statusCode()).as(path).isEqualTo(404);
      assertThat(r.body()).as(path).contains("<h1 class=\"page-title\">Page not found</h1>");
    }
    HttpResponse<String> api = http.get("/api/stories/nope");
    assertThat(api.statusCode()).isEqualTo(404);
    assertThat(api.headers().firstValue("Content-Type")).hasValue("application/json;charset=utf-8");
    assertThat(api.body()).isEqualTo("{\"error\":\"There is no page at this address.\"}");
  }

  @Test
  void cachedPagesAnswerConditionalRequestsWith304() throws Exception {
    HttpResponse<String> first = http.get("/stories/" + FixtureSiteData.MAIN);
    String etag = first.headers().firstValue("ETag").orElseThrow();
    assertThat(etag).matches("\"[0-9a-f]{24}\"");
    HttpResponse<String> again =
        http.get("/stories/" + FixtureSiteData.MAIN, "If-None-Match", etag);
    assertThat(again.statusCode()).isEqualTo(304);
    assertThat(again.body()).isEmpty();
  }

  @Test
  void gzipIsServedToClientsThatAskAndDecodesToThePlainPage() throws Exception {
    HttpResponse<byte[]> plain = http.getBytes("/stories/" + FixtureSiteData.MAIN);
    HttpResponse<byte[]> gz =
        http.getBytes("/stories/" + FixtureSiteData.MAIN, "Accept-Encoding", "gzip, br");
    assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
    assertThat(gz.headers().firstValue("Content-Encoding")).hasValue("gzip");
    assertThat(gz.headers().firstValue("Vary")).hasValue("Accept-Encoding");
    assertThat(gz.body().length).isLessThan(plain.body().length / 2);
    byte[] decoded = new GZIPInputStream(new ByteArrayInputStream(gz.body())).readAllBytes();
    assertThat(decoded).isEqualTo(plain.body());
  }

  @Test
  void headRequestsGetHeadersWithoutABody() throws Exception {
    HttpResponse<String> r =
        http.send(http.request("/").method("HEAD", HttpRequest.BodyPublishers.noBody()));
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).isEmpty();
  }

  @Nested
  class Api {
    @Test
    void storiesListIsNewestFirstWithIdUrlHeadlineSourcesUpdatedLanguages() throws Exception {
      HttpResponse<String> r = http.get("/api/stories");
      assertThat(r.headers().firstValue("Content-Type")).hasValue("application/json;charset=utf-8");
      JsonNode list = JSON.readTree(r.body());
      assertThat(list.isArray()).isTrue();
      assertThat(list.size()).isEqualTo(data.topStories(1000).size());
      List<String> updated = new ArrayList<>();
      for (JsonNode n : list) {
        List<String> names = new ArrayList<>();
        n.fieldNames().forEachRemaining(names::add);
        assertThat(names)
            .containsExactly("id", "url", "headline", "sources", "updated", "languages");
        assertThat(n.get("languages").get(0).asText()).isNotBlank();
        assertThat(n.get("url").asText()).startsWith("/stories/" + n.get("id").asText());
        updated.add(n.get("updated").asText());
      }
      assertThat(updated).isSortedAccordingTo(java.util.Comparator.reverseOrder());
      JsonNode main =
          list.findParents("id").stream()
              .filter(n -> n.get("id").asText().equals(FixtureSiteData.MAIN))
              .findFirst()
              .orElseThrow();
      assertThat(main.get("sources").asInt()).isEqualTo(8);
    }

    @Test
    void storiesListWithoutParametersIsEveryStoryCachedWithoutALink() throws Exception {
      HttpResponse<String> r = http.get("/api/stories");
      assertThat(r.statusCode()).isEqualTo(200);
      assertThat(r.headers().firstValue("Cache-Control")).hasValue("public, max-age=60");
      assertThat(r.headers().firstValue("ETag")).isPresent();
      assertThat(r.headers().firstValue("Link")).isEmpty();
      assertThat(JSON.readTree(r.body()).size()).isEqualTo(data.topStories(1000).size());
    }

    @Test
    void pagesFollowedByTheirNextLinksAddUpToTheWholeListInOrder() throws Exception {
      List<JsonNode> whole = new ArrayList<>();
      JSON.readTree(http.get("/api/stories").body()).forEach(whole::add);
      assertThat(whole.size()).isGreaterThan(4);
      List<JsonNode> paged = new ArrayList<>();
      List<String> links = new ArrayList<>();
      String next = "/api/stories?limit=2";
      while (true) {
        HttpResponse<String> r = http.get(next);
        assertThat(r.statusCode()).as(next).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type"))
            .hasValue("application/json;charset=utf-8");
        JsonNode page = JSON.readTree(r.body());
        page.forEach(paged::add);
        java.util.Optional<String> link = r.headers().firstValue("Link");
        if (link.isEmpty()) {
          assertThat(page.size()).isBetween(1, 2);
          break;
        }
        assertThat(page.size()).isEqualTo(2);
        links.add(link.get());
        java.util.regex.Matcher m =
            java.util.regex.Pattern.compile("<([^>]+)>; rel=\"next\"").matcher(link.get());
        assertThat(m.matches()).as(link.get()).isTrue();
        next = m.group(1);
      }
      assertThat(paged).isEqualTo(whole);
      assertThat(links.get(0)).isEqualTo("</api/stories?offset=2&limit=2>; rel=\"next\"");
      assertThat(links).hasSize((whole.size() - 1) / 2);
    }

    @Test
    void offsetAloneGivesTheDefaultPageSizeFromThere() throws Exception {
      List<JsonNode> whole = new ArrayList<>();
      JSON.readTree(http.get("/api/stories").body()).forEach(whole::add);
      HttpResponse<String> r = http.get("/api/stories?offset=3");
      List<JsonNode> page = new ArrayList<>();
      JSON.readTree(r.body()).forEach(page::add);
      assertThat(page).isEqualTo(whole.subList(3, Math.min(whole.size(), 3 + 100)));
      assertThat(r.headers().firstValue("Link")).isEmpty();
      HttpResponse<String> one = http.get("/api/stories?limit=1");
      assertThat(JSON.readTree(one.body()).get(0)).isEqualTo(whole.get(0));
      assertThat(one.headers().firstValue("Link"))
          .hasValue("</api/stories?offset=1&limit=1>; rel=\"next\"");
    }

    @Test
    void anOffsetPastTheEndIsAnEmptyPage() throws Exception {
      int size = data.topStories(1000).size();
      for (String offset : List.of(Integer.toString(size), "99999999999999999999999")) {
        HttpResponse<String> r = http.get("/api/stories?limit=1000&offset=" + offset);
        assertThat(r.statusCode()).as(offset).isEqualTo(200);
        assertThat(r.body()).as(offset).isEqualTo("[]");
        assertThat(r.headers().firstValue("Link")).as(offset).isEmpty();
      }
    }

    @Test
    void badPagingValuesAre400sNamingTheParameterAndTheProblem() throws Exception {
      java.util.Map<String, String> cases = new java.util.LinkedHashMap<>();
      cases.put("limit=0", "limit must be between 1 and 1000: 0");
      cases.put("limit=1001", "limit must be between 1 and 1000: 1001");
      cases.put("limit=-3", "limit must be between 1 and 1000: -3");
      cases.put(
          "limit=123456789012345678901234567890",
          "limit must be between 1 and 1000: 123456789012345678901234567890");
      cases.put("limit=ten", "limit must be a whole number: 'ten'");
      cases.put("limit=", "limit must be a whole number: ''");
      cases.put("limit=2.5&offset=0", "limit must be a whole number: '2.5'");
      cases.put("offset=-1", "offset must be 0 or more: -1");
      cases.put("offset=1e3&limit=5", "offset must be a whole number: '1e3'");
      cases.put("limit=5&offset=%3Cb%3E", "offset must be a whole number: '<b>'");
      for (java.util.Map.Entry<String, String> c : cases.entrySet()) {
        HttpResponse<String> r = http.get("/api/stories?" + c.getKey());
        assertThat(r.statusCode()).as(c.getKey()).isEqualTo(400);
        assertThat(r.headers().firstValue("Content-Type"))
            .as(c.getKey())
            .hasValue("application/json;charset=utf-8");
        assertThat(JSON.readTree(r.body()).get("error").asText())
            .as(c.getKey())
            .isEqualTo(c.getValue());
      }
    }

    @Test
    void storyIsTheWrittenStoryJsonPlusRelated() throws Exception {
      HttpResponse<String> r = http.get("/api/stories/" + FixtureSiteData.MAIN);
      JsonNode node = JSON.readTree(r.body());
      assertThat(StoryJson.fromTree(node))
          .isEqualTo(data.story(FixtureSiteData.MAIN).get().story());
      assertThat(node.get("related").get(0).get("reason").asText()).startsWith("Earlier:");
      assertThat(node.get("related").get(0).get("url").asText())
          .isEqualTo(
              "/stories/s-barrier-funding/lowmoor-city-council-approves-212m-for-a-tidal-flood-barrier");
      assertThat(node.get("url").asText()).startsWith("/stories/s-flood-barrier/");
    }

    @Test
    void searchNeedsQAndFiltersByOutlet() throws Exception {
      HttpResponse<String> missing = http.get("/api/search");
      assertThat(missing.statusCode()).isEqualTo(400);
      assertThat(missing.body()).isEqualTo("{\"error\":\"parameter q is missing\"}");
      HttpResponse<String> badDate = http.get("/api/search?q=x&from=2026-13-01");
      assertThat(badDate.statusCode()).isEqualTo(400);
      assertThat(JSON.readTree(badDate.body()).get("error").asText())
          .isEqualTo("date from '2026-13-01' is not YYYY-MM-DD");
      JsonNode hits =
          JSON.readTree(http.get("/api/search?q=barrier&outlet=Harbour%20Times").body());
      assertThat(hits.size()).isGreaterThan(0);
      for (JsonNode h : hits) {
        assertThat(h.get("outlet").asText()).isEqualTo("Harbour Times");
        assertThat(h.get("snippet").asText()).isNotEmpty();
      }
    }

    @Test
    void articleHasItsTextAndOnlyHttpUrls() throws Exception {
      JsonNode a = JSON.readTree(http.get("/api/articles/a-main-1").body());
      assertThat(a.get("text").asText()).isEqualTo(data.article("a-main-1").get().text());
      assertThat(a.get("url").asText()).isEqualTo("https://harbourtimes.example/news/a-main-1");
      JsonNode evil = JSON.readTree(http.get("/api/articles/a-evil-1").body());
      assertThat(evil.get("url").isNull()).isTrue();
    }

    @Test
    void openApiDocumentDescribesEveryApiPath() throws Exception {
      JsonNode doc = JSON.readTree(http.get("/api/openapi.json").body());
      assertThat(doc.get("openapi").asText()).startsWith("3.");
      List<String> paths = new ArrayList<>();
      doc.get("paths").fieldNames().forEachRemaining(paths::add);
      assertThat(paths)
          .containsExactlyInAnyOrder(
              "/api/stories",
              "/api/stories/{id}",
              "/api/search",
              "/api/articles/{id}",
              "/api/sources",
              "/api/ingest");
      JsonNode list = doc.get("paths").get("/api/stories").get("get");
      List<String> params = new ArrayList<>();
      for (JsonNode p : list.get("parameters")) {
        params.add(
            p.get("name").asText()
                + " "
                + p.get("in").asText()
                + " "
                + p.get("schema").get("minimum").asInt()
                + ".."
                + p.get("schema").path("maximum").asInt(-1));
      }
      assertThat(params).containsExactly("limit query 1..1000", "offset query 0..-1");
      assertThat(list.get("responses").get("200").get("headers").has("Link")).isTrue();
      assertThat(list.get("responses").get("400").get("$ref").asText())
          .isEqualTo("#/components/responses/BadRequest");
    }
  }

  @Nested
  class Writes {
    HttpResponse<String> post(String path, String body, String... headers) throws Exception {
      return http.send(http.request(path).POST(HttpRequest.BodyPublishers.ofString(body)), headers);
    }

    @Test
    void ingestWithoutTokenIs401AndDoesNothing() throws Exception {
      int before = admin.calls.size();
      HttpResponse<String> r = post("/api/ingest", "");
      assertThat(r.statusCode()).isEqualTo(401);
      assertThat(r.body()).isEqualTo("{\"error\":\"missing bearer token\"}");
      assertThat(r.headers().firstValue("WWW-Authenticate")).hasValue("Bearer realm=\"lede\"");
      assertThat(admin.calls).hasSize(before);
    }

    @Test
    void wrongTokenIs401() throws Exception {
      HttpResponse<String> r =
          post("/api/ingest", "", "Authorization", "Bearer " + TOKEN.replace('0', '1'));
      assertThat(r.statusCode()).isEqualTo(401);
      assertThat(r.body()).isEqualTo("{\"error\":\"wrong bearer token\"}");
      HttpResponse<String> basic = post("/api/ingest", "", "Authorization", "Basic " + TOKEN);
      assertThat(basic.statusCode()).isEqualTo(401);
    }

    @Test
    void ingestWithTokenStartsARun() throws Exception {
      HttpResponse<String> r = post("/api/ingest", "", "Authorization", "Bearer " + TOKEN);
      assertThat(r.statusCode()).isEqualTo(202);
      assertThat(r.body()).isEqualTo("{\"ok\":true,\"message\":\"ingest started\"}");
      assertThat(admin.calls).contains("ingest");
    }

    @Test
    void ingestWithoutAnySourceSaysSoInsteadOfClaimingARunIsGoing() throws Exception {
      RecordingAdmin empty =
          new RecordingAdmin() {
            @Override
            public boolean hasSources() {
              return false;
            }
          };
      try (WebServer s =
          WebServer.start(
              data,
              empty,
              WebConfig.defaults(0)
                  .withWriteToken(TOKEN)
                  .withRateLimits(RateLimit.off(), RateLimit.off()))) {
        HttpResponse<String> r =
            new Http(s)
                .send(
                    new Http(s)
                        .request("/api/ingest")
                        .header("Authorization", "Bearer " + TOKEN)
                        .POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(r.statusCode()).isEqualTo(409);
        assertThat(r.body()).contains("no source to ingest").doesNotContain("already going");
        assertThat(empty.calls).doesNotContain("ingest");
      }
    }

    @Test
    void addAndRemoveASource() throws Exception {
      String auth = "Bearer " + TOKEN;
      String ref = "https://news.example/feed-" + System.nanoTime() + ".xml";
      HttpResponse<String> added =
          post(
              "/api/sources",
              "{\"ref\":\"" + ref + "\"}",
              "Authorization",
              auth,
              "Content-Type",
              "application/json");
      assertThat(added.statusCode()).isEqualTo(201);
      HttpResponse<String> again =
          post(
              "/api/sources",
              "{\"ref\":\"" + ref + "\"}",
              "Authorization",
              auth,
              "Content-Type",
              "application/json");
      assertThat(again.statusCode()).isEqualTo(200);
      assertThat(again.body()).contains("is already a source");
      HttpResponse<String> removed =
          http.send(
              http.request(
                      "/api/sources?ref=" + java.net.URLEncoder.encode(ref, StandardCharsets.UTF_8))
                  .DELETE(),
              "Authorization",
              auth);
      assertThat(removed.statusCode()).isEqualTo(200);
      HttpResponse<String> gone =
          http.send(
              http.request(
                      "/api/sources?ref=" + java.net.URLEncoder.encode(ref, StandardCharsets.UTF_8))
                  .DELETE(),
              "Authorization",
              auth);
      assertThat(gone.statusCode()).isEqualTo(404);
      assertThat(gone.body()).isEqualTo("{\"error\":\"" + ref + " is not a source\"}");
    }

    @Test
    void badSourcesAreRejectedWithTheReason() throws Exception {
      String auth = "Bearer " + TOKEN;
      HttpResponse<String> ftp =
          post(
              "/api/sources",
              "{\"ref\":\"ftp://x/feed\"}",
              "Authorization",
              auth,
              "Content-Type",
              "application/json");
      assertThat(ftp.statusCode()).isEqualTo(400);
      assertThat(ftp.body())
          .isEqualTo(
              "{\"error\":\"ref ftp://x/feed is not an http(s) URL; local files and other"
                  + " schemes can only be added from the command line (lede sources add)\"}");
      HttpResponse<String> form =
          post(
              "/api/sources",
              "ref=x",
              "Authorization",
              auth,
              "Content-Type",
              "application/x-www-form-urlencoded");
      assertThat(form.statusCode()).isEqualTo(415);
      HttpResponse<String> noRef =
          post("/api/sources", "{}", "Authorization", auth, "Content-Type", "application/json");
      assertThat(noRef.body()).isEqualTo("{\"error\":\"field ref is missing or not a string\"}");
      HttpResponse<String> notJson =
          post("/api/sources", "{", "Authorization", auth, "Content-Type", "application/json");
      assertThat(notJson.statusCode()).isEqualTo(400);
    }

    @Test
    void sourcesAddedOverHttpAreHttpUrlsOnlyNeverLocalFilesOrOtherSchemes() throws Exception {
      String auth = "Bearer " + TOKEN;
      for (String ref :
          List.of(
              "/etc/passwd",
              "file:///etc/passwd",
              "gopher://127.0.0.1:70/_x",
              "relative/feed.xml",
              "javascript:alert(1)",
              "http:///no-host",
              "C:\\feeds\\a.xml")) {
        String json = JSON.createObjectNode().put("ref", ref).toString();
        HttpResponse<String> r =
            post("/api/sources", json, "Authorization", auth, "Content-Type", "application/json");
        assertThat(r.statusCode()).as(ref).isEqualTo(400);
        assertThat(JSON.readTree(r.body()).get("error").asText())
            .as(ref)
            .startsWith("ref " + ref + " is not an http(s) URL");
        assertThat(admin.calls).as(ref).doesNotContain("add " + ref);
      }
      HttpResponse<String> https =
          post(
              "/api/sources",
              "{\"ref\":\"HTTPS://News.example/feed-" + System.nanoTime() + ".xml\"}",
              "Authorization",
              auth,
              "Content-Type",
              "application/json");
      assertThat(https.statusCode()).isEqualTo(201);
    }

    @Test
    void oversizedBodyIs413BeforeAnythingElse() throws Exception {
      String big = "{\"ref\":\"" + "x".repeat(2000) + "\"}";
      HttpResponse<String> r = post("/api/sources", big, "Content-Type", "application/json");
      assertThat(r.statusCode()).isEqualTo(413);
      assertThat(r.body())
          .isEqualTo(
              "{\"error\":\"request body is " + big.length() + " bytes; the limit is 1024\"}");
    }

    @Test
    void oversizedChunkedBodyIs413Too() throws Exception {
      byte[] big = ("{\"ref\":\"" + "x".repeat(3000) + "\"}").getBytes(StandardCharsets.UTF_8);
      HttpResponse<String> r =
          http.send(
              http.request("/api/sources")
                  .POST(
                      HttpRequest.BodyPublishers.ofInputStream(
                          () -> new ByteArrayInputStream(big))),
              "Authorization",
              "Bearer " + TOKEN,
              "Content-Type",
              "application/json");
      assertThat(r.statusCode()).isEqualTo(413);
      assertThat(r.body())
          .isEqualTo("{\"error\":\"request body is over 1024 bytes; the limit is 1024\"}");
    }
  }

  @Test
  void aKnownPathAskedWithAnotherMethodIs405NamingTheAllowedMethods() throws Exception {
    HttpResponse<String> post =
        http.send(
            http.request("/stories/" + FixtureSiteData.MAIN)
                .POST(HttpRequest.BodyPublishers.noBody()));
    assertThat(post.statusCode()).isEqualTo(405);
    assertThat(post.headers().firstValue("Allow").orElse("")).contains("GET").contains("HEAD");
    assertThat(post.headers().firstValue("Content-Security-Policy"))
        .hasValue(WebServer.CONTENT_SECURITY_POLICY);
    HttpResponse<String> put =
        http.send(http.request("/api/ingest").PUT(HttpRequest.BodyPublishers.noBody()));
    assertThat(put.statusCode()).isEqualTo(405);
    assertThat(put.headers().firstValue("Allow")).hasValue("POST");
    assertThat(JSON.readTree(put.body()).get("error").asText()).isNotBlank();
    HttpResponse<String> get = http.get("/api/sources");
    assertThat(get.statusCode()).isEqualTo(405);
    assertThat(get.headers().firstValue("Allow").orElse("")).contains("POST").contains("DELETE");
    HttpResponse<String> unknown = http.send(http.request("/no/such/page").DELETE());
    assertThat(unknown.statusCode()).isEqualTo(404);
  }

  @Test
  void jettysOwnErrorResponsesCarryTheSecurityHeaders() throws Exception {
    String badLine = "GET / HTTP/1.1\r\nHost: x\r\nNo colon here\r\n\r\n";
    String longUri = "GET /" + "a".repeat(9 * 1024) + " HTTP/1.1\r\nHost: x\r\n\r\n";
    String bigHeaders = "GET / HTTP/1.1\r\nHost: x\r\nX-Big: " + "b".repeat(9 * 1024) + "\r\n\r\n";
    assertThat(rawStatusAndHeaders(badLine)).startsWith("HTTP/1.1 400");
    assertThat(rawStatusAndHeaders(longUri)).startsWith("HTTP/1.1 414");
    assertThat(rawStatusAndHeaders(bigHeaders)).startsWith("HTTP/1.1 431");
    for (String request : List.of(badLine, longUri, bigHeaders)) {
      String head = rawStatusAndHeaders(request);
      assertThat(head)
          .as(head)
          .containsIgnoringCase(
              "Content-Security-Policy: " + WebServer.CONTENT_SECURITY_POLICY + "\r\n")
          .containsIgnoringCase("X-Content-Type-Options: nosniff")
          .containsIgnoringCase("X-Frame-Options: DENY");
    }
  }

  /** Sends raw bytes (what an HTTP client library would refuse to send) and reads the head. */
  private static String rawStatusAndHeaders(String request) throws Exception {
    try (java.net.Socket s = new java.net.Socket("127.0.0.1", server.port())) {
      s.setSoTimeout(10_000);
      s.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
      s.getOutputStream().flush();
      byte[] all = s.getInputStream().readAllBytes();
      String response = new String(all, StandardCharsets.ISO_8859_1);
      int end = response.indexOf("\r\n\r\n");
      return end < 0 ? response : response.substring(0, end + 2);
    }
  }

  @Test
  void writesAreForbiddenWhenNoTokenIsConfigured() throws Exception {
    try (WebServer open = WebServer.start(data, admin, WebConfig.defaults(0))) {
      HttpResponse<String> r =
          new Http(open)
              .send(
                  new Http(open).request("/api/ingest").POST(HttpRequest.BodyPublishers.noBody()),
                  "Authorization",
                  "Bearer anything-at-all-here");
      assertThat(r.statusCode()).isEqualTo(403);
      assertThat(r.body())
          .isEqualTo("{\"error\":\"writes are disabled: the server has no write token\"}");
    }
  }

  @Test
  void clientsOverTheRateLimitGet429WithRetryAfter() throws Exception {
    try (WebServer limited =
        WebServer.start(
            data,
            WebConfig.defaults(0).withRateLimits(RateLimit.of(0.5, 3), RateLimit.of(0.5, 1)))) {
      Http h = new Http(limited);
      for (int i = 0; i < 3; i++) {
        assertThat(h.get("/").statusCode()).isEqualTo(200);
      }
      HttpResponse<String> r = h.get("/");
      assertThat(r.statusCode()).isEqualTo(429);
      assertThat(r.headers().firstValue("Retry-After")).hasValue("2");
      assertThat(r.body()).isEqualTo("{\"error\":\"too many requests; retry in 2 s\"}");
      assertThat(r.headers().firstValue("Content-Security-Policy")).isPresent();
    }
  }

  @Test
  void theWarmUpAsksForEveryPageKindAndLeavesNoMarkOnTheRateLimits() throws Exception {
    try (WebServer limited =
        WebServer.start(
            data,
            WebConfig.defaults(0).withRateLimits(RateLimit.of(0.5, 3), RateLimit.of(0.5, 1)))) {
      WebServer.WarmUp w = limited.warmUp(40, java.time.Duration.ofMinutes(1));
      assertThat(w.requests()).isEqualTo(40);
      assertThat(w.failures()).isZero();
      // 40 requests from 127.0.0.1 against a burst of 3, none refused; a reader there still gets 3.
      Http h = new Http(limited);
      for (int i = 0; i < 3; i++) {
        assertThat(h.get("/").statusCode()).isEqualTo(200);
      }
      assertThat(h.get("/").statusCode()).isEqualTo(429);
    }
  }

  @Test
  void aReaderCannotSkipTheRateLimitsWithAGuessedWarmUpKey() throws Exception {
    try (WebServer limited =
        WebServer.start(
            data,
            WebConfig.defaults(0).withRateLimits(RateLimit.of(0.5, 1), RateLimit.of(0.5, 1)))) {
      java.net.http.HttpClient c = java.net.http.HttpClient.newHttpClient();
      java.net.URI home = java.net.URI.create(limited.localUrl() + "/");
      HttpRequest guessed =
          HttpRequest.newBuilder(home).header(WebServer.WARM_UP_HEADER, "0".repeat(32)).build();
      assertThat(c.send(guessed, HttpResponse.BodyHandlers.discarding()).statusCode())
          .isEqualTo(200);
      assertThat(c.send(guessed, HttpResponse.BodyHandlers.discarding()).statusCode())
          .isEqualTo(429);
    }
  }

  @Test
  void aWarmUpStopsAtItsBudget() throws Exception {
    WebServer.WarmUp w = server.warmUp(1_000_000, java.time.Duration.ZERO);
    assertThat(w.requests()).isZero();
  }

  @Test
  void searchHasItsOwnStricterLimit() throws Exception {
    try (WebServer limited =
        WebServer.start(
            data,
            WebConfig.defaults(0).withRateLimits(RateLimit.of(100, 100), RateLimit.of(0.2, 2)))) {
      Http h = new Http(limited);
      assertThat(h.get("/search?q=a").statusCode()).isEqualTo(200);
      assertThat(h.get("/api/search?q=a").statusCode()).isEqualTo(200);
      assertThat(h.get("/api/search?q=a").statusCode()).isEqualTo(429);
      assertThat(h.get("/").statusCode()).isEqualTo(200);
    }
  }

  @Test
  void aTakenPortIsReportedWithHostAndPort() {
    WebConfig taken = WebConfig.defaults(server.port());
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> WebServer.start(data, taken))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("cannot serve on 127.0.0.1:" + server.port() + ": ")
        .hasMessageContaining("in use");
  }

  @Test
  void failingDataGivesA500PageWithoutInternals() throws Exception {
    SiteData broken =
        new SiteData() {
          @Override
          public List<StoryView> topStories(int n) {
            throw new IllegalStateException("database is locked at /secret/path");
          }

          @Override
          public java.util.Optional<StoryPage> story(String id) {
            throw new IllegalStateException("database is locked at /secret/path");
          }

          @Override
          public List<EntitySummary> entities() {
            return List.of();
          }

          @Override
          public java.util.Optional<EntityPage> entity(String key) {
            return java.util.Optional.empty();
          }

          @Override
          public List<dev.lede.model.Article> search(String q, SearchFilters f, int limit) {
            return List.of();
          }

          @Override
          public java.util.Optional<dev.lede.model.Article> article(String id) {
            return java.util.Optional.empty();
          }

          @Override
          public List<SourceInfo> sources() {
            return List.of();
          }
        };
    try (WebServer s = WebServer.start(broken, WebConfig.defaults(0))) {
      HttpResponse<String> page = new Http(s).get("/stories/x");
      assertThat(page.statusCode()).isEqualTo(500);
      assertThat(page.body())
          .contains("<h1 class=\"page-title\">Something went wrong</h1>")
          .doesNotContain("secret");
      HttpResponse<String> api = new Http(s).get("/api/stories");
      assertThat(api.statusCode()).isEqualTo(500);
      assertThat(api.body()).isEqualTo("{\"error\":\"The server could not answer this request.\"}");
    }
  }
}
