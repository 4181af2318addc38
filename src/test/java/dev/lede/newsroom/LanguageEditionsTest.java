package dev.lede.newsroom;

import static dev.lede.newsroom.NewsroomTest.line;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lede.store.ArticleStore;
import dev.lede.story.crosslang.CrossLanguageLinker;
import dev.lede.web.Edition;
import dev.lede.web.RateLimit;
import dev.lede.web.StoryPage;
import dev.lede.web.StoryView;
import dev.lede.web.WebConfig;
import dev.lede.web.WebServer;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * One event reported in English, Korean and Japanese: each language's articles make a story written
 * from its own sources (an edition), linked to the others across languages after ingest; the site,
 * the API, the pages and the sitemap show the editions together.
 */
class LanguageEditionsTest {
  @TempDir Path tmp;

  static final ObjectMapper JSON = new ObjectMapper();

  static final String KO_QUAKE =
      "그리스 크레타섬에서 27일 규모 6.4의 지진이 발생해 2명이 숨졌다. 아테네 지구역학연구소에 따르면 진앙은 아르칼로호리"
          + " 인근이다. 키리아코스 미초타키스 총리는 구조대가 수색을 벌이고 있다고 밝혔다.";
  static final String KO_QUAKE_2 =
      "27일 그리스 크레타섬을 강타한 규모 6.4 지진으로 2명이 사망했다. 아르칼로호리에서 건물 수십 채가 부서졌다."
          + " 미초타키스 총리는 피해 가족을 돕겠다고 말했다.";
  static final String JA_QUAKE =
      "ギリシャのクレタ島で9月27日、マグニチュード6.4の地震があり、2人が死亡した。震源はアルカロホリ付近で、" + "ミツォタキス首相は「救助隊が捜索を続けている。」と述べた。";
  static final String KO_OTHER =
      "서울시는 28일 시내버스 요금을 300원 인상한다고 발표했다. 새 요금은 다음 달부터 적용된다. 시민단체는 인상에 반대했다.";

  private static HttpResponse<String> get(WebServer server, String path) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create(server.localUrl() + path))
                .timeout(Duration.ofSeconds(10))
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }

  @Test
  @Timeout(120)
  void oneEventToldInThreeLanguagesIsThreeLinkedEditionsOnTheSiteTheApiAndTheSitemap()
      throws Exception {
    Path in = tmp.resolve("in.jsonl");
    Files.writeString(
        in,
        enAndKoQuake()
            + line(
                "https://ko.example/q2",
                "서울신문",
                "그리스 크레타 규모 6.4 지진",
                "2021-09-27T10:00:00Z",
                KO_QUAKE_2)
            + jaQuake()
            + line(
                "https://ko.example/bus", "한국일보", "서울 버스요금 인상", "2021-09-28T09:00:00Z", KO_OTHER));
    try (Newsroom room = Newsroom.open(tmp.resolve("data"))) {
      room.ingest(List.of(in.toString()), req -> null, false, true, NewsroomListener.NONE);
      String en = storyOf(room, "https://a.example/q");
      String ko = storyOf(room, "https://ko.example/q1");
      String ja = storyOf(room, "https://ja.example/q");
      String bus = storyOf(room, "https://ko.example/bus");
      assertThat(Set.of(en, ko, ja)).as("one story per language").hasSize(3);
      assertThat(storyOf(room, "https://ko.example/q2")).isEqualTo(ko);
      assertThat(room.links().editionsOf(en)).containsExactlyInAnyOrder(en, ko, ja);
      assertThat(room.links().editionsOf(bus)).containsExactly(bus);

      NewsroomSiteData site = new NewsroomSiteData(room);
      StoryView view =
          site.topStories(10).stream().filter(v -> v.id().equals(en)).findFirst().orElseThrow();
      assertThat(view.languages()).containsExactly("en", "ko", "ja");
      StoryPage page = site.story(ko).orElseThrow();
      assertThat(page.language()).isEqualTo("ko");
      // The Korean edition is written from Korean sources only, and lists the others' sources.
      assertThat(page.story().sources())
          .extracting(r -> r.outlet())
          .containsExactlyInAnyOrder("한국일보", "서울신문");
      assertThat(page.editions())
          .extracting(Edition::language)
          .containsExactlyInAnyOrder("en", "ja");
      assertThat(page.editions().stream().flatMap(e -> e.sources().stream()).map(r -> r.outlet()))
          .containsExactlyInAnyOrder("Alpha News", "Beta Times", "日本通信");
      assertThat(page.coverage()).extracting(p -> p.outlet()).contains("日本通信 · 日本語");

      try (WebServer server =
          WebServer.start(
              site, WebConfig.defaults(0).withRateLimits(RateLimit.off(), RateLimit.off()))) {
        JsonNode story = JSON.readTree(get(server, "/api/stories/" + ko).body());
        assertThat(story.path("language").asText()).isEqualTo("ko");
        assertThat(texts(story.path("languages"))).containsExactlyInAnyOrder("ko", "en", "ja");
        assertThat(texts(story.path("languages")).get(0)).isEqualTo("ko");
        List<String> editionIds = new ArrayList<>();
        story.path("editions").forEach(e -> editionIds.add(e.path("id").asText()));
        assertThat(editionIds).containsExactlyInAnyOrder(en, ja);
        JsonNode list = JSON.readTree(get(server, "/api/stories").body());
        for (JsonNode s : list) {
          List<String> langs = texts(s.path("languages"));
          if (s.path("id").asText().equals(bus)) {
            assertThat(langs).containsExactly("ko");
          } else if (Set.of(en, ko, ja).contains(s.path("id").asText())) {
            assertThat(langs).hasSize(3);
          }
        }
        String html = get(server, story.path("url").asText()).body();
        assertThat(html).contains("<html lang=\"ko\"").contains("다른 언어 보도");
        assertThat(html).contains("hreflang=\"ja\"").contains("hreflang=\"en\"");
        assertThat(html).contains("日本語, 출처 1건").contains("English, 출처 2건");
        String enHtml = get(server, "/stories/" + en).body();
        assertThat(enHtml).contains("Also reported in").contains("한국어, 2 sources");
        String sitemap = get(server, "/sitemap.xml").body();
        assertThat(sitemap).contains("xhtml:link").contains("hreflang=\"ja\"");
      }
    }
  }

  @Test
  @Timeout(120)
  void anUndatedArticleDoesNotStretchItsStoryToTheDayItWasFetched() throws Exception {
    // The Korean report has no date: fetched today, it must not meet a story told years ago.
    Path in = tmp.resolve("in.jsonl");
    Files.writeString(
        in,
        NewsroomTest.twoQuakeReports()
            + "{\"url\":\"https://ko.example/q1\",\"source\":\"한국일보\",\"title\":\"크레타섬 지진 2명 사망\",\"text\":\""
            + KO_QUAKE
            + "\"}\n"
            + line(
                "https://ko.example/q2",
                "서울신문",
                "그리스 크레타 규모 6.4 지진",
                "2019-09-27T10:00:00Z",
                KO_QUAKE_2));
    try (Newsroom room = Newsroom.open(tmp.resolve("data"))) {
      room.ingest(List.of(in.toString()), req -> null, false, true, NewsroomListener.NONE);
      String en = storyOf(room, "https://a.example/q");
      // The dated Korean report is two years before the English ones: too far to be one event.
      String dated = storyOf(room, "https://ko.example/q2");
      assertThat(room.links().editionsOf(en)).doesNotContain(dated);
    }
  }

  @Test
  @Timeout(120)
  void aLaterRunLinksItsNewEditionReadingOnlyTheChangedStorysArticles() throws Exception {
    Path first = tmp.resolve("first.jsonl");
    Files.writeString(
        first,
        enAndKoQuake()
            + line(
                "https://ko.example/bus", "한국일보", "서울 버스요금 인상", "2021-09-28T09:00:00Z", KO_OTHER));
    Path second = tmp.resolve("second.jsonl");
    Files.writeString(second, jaQuake());
    try (Newsroom room = Newsroom.open(tmp.resolve("data"))) {
      room.ingest(List.of(first.toString()), req -> null, false, false, NewsroomListener.NONE);
      String en = storyOf(room, "https://a.example/q");
      String ko = storyOf(room, "https://ko.example/q1");
      assertThat(room.links().editionsOf(en)).containsExactlyInAnyOrder(en, ko);
      assertThat(room.links().summaryCount()).isEqualTo(room.stories().storySizes().size());

      room.ingest(List.of(second.toString()), req -> null, false, false, NewsroomListener.NONE);
      String ja = storyOf(room, "https://ja.example/q");
      assertThat(room.links().editionsOf(en)).containsExactlyInAnyOrder(en, ko, ja);

      // Linking the new story again reads its one article, not the archive's five.
      List<String> read = new ArrayList<>();
      ArticleStore counting =
          (ArticleStore)
              Proxy.newProxyInstance(
                  ArticleStore.class.getClassLoader(),
                  new Class<?>[] {ArticleStore.class},
                  (proxy, method, args) -> {
                    if (method.getName().equals("byId")) {
                      read.add((String) args[0]);
                    } else if (method.getName().equals("all")) {
                      read.add("all");
                    }
                    return method.invoke(room.articles(), args);
                  });
      EditionLinking linking =
          new EditionLinking(
              room.stories(), counting, room.links(), CrossLanguageLinker.defaults());
      int looked = linking.relink(List.of(ja));
      assertThat(read).hasSize(1);
      assertThat(looked).as("the stories within two weeks: all four").isEqualTo(4);
      assertThat(room.links().editionsOf(ja)).containsExactlyInAnyOrder(en, ko, ja);
      String bus = storyOf(room, "https://ko.example/bus");
      assertThat(room.links().editionsOf(bus)).containsExactly(bus);
    }
  }

  @Test
  @Timeout(120)
  void aStoreWithoutSummariesHasThemAllComputedOnItsNextRelink() throws Exception {
    Path in = tmp.resolve("in.jsonl");
    Files.writeString(in, enAndKoQuake() + jaQuake());
    try (Newsroom room = Newsroom.open(tmp.resolve("data"))) {
      room.ingest(List.of(in.toString()), req -> null, false, false, NewsroomListener.NONE);
      String en = storyOf(room, "https://a.example/q");
      String ko = storyOf(room, "https://ko.example/q1");
      String ja = storyOf(room, "https://ja.example/q");
      // As an earlier version left the store: links, no summaries.
      room.links().putSummaries(List.of(), List.of(en, ko, ja));
      assertThat(room.links().summaryCount()).isZero();
      EditionLinking linking =
          new EditionLinking(
              room.stories(), room.articles(), room.links(), CrossLanguageLinker.defaults());
      linking.relink(List.of(ja));
      assertThat(room.links().summaryCount()).isEqualTo(3);
      assertThat(room.links().editionsOf(ja)).containsExactlyInAnyOrder(en, ko, ja);
    }
  }

  /** The two English reports of the Crete earthquake and the first Korean one. */
  private static String enAndKoQuake() {
    return NewsroomTest.twoQuakeReports()
        + line("https://ko.example/q1", "한국일보", "크레타섬 지진 2명 사망", "2021-09-27T09:00:00Z", KO_QUAKE);
  }

  private static String jaQuake() {
    return line("https://ja.example/q", "日本通信", "クレタ島で地震、2人死亡", "2021-09-27T11:00:00Z", JA_QUAKE);
  }

  private static String storyOf(Newsroom room, String url) {
    String id =
        room.articles().all().stream()
            .filter(a -> a.url().equals(url))
            .findFirst()
            .orElseThrow()
            .id();
    return room.stories().resolve(room.stories().storyOf(id).orElseThrow());
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out.stream().collect(Collectors.toList());
  }
}
