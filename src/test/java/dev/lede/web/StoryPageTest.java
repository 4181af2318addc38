package dev.lede.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.model.SourceRef;
import dev.lede.model.SourceSpan;
import dev.lede.model.WrittenSentence;
import dev.lede.model.WrittenStory;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The story page's citations, sources panel and parts, checked on the rendered HTML. */
class StoryPageTest {

  final FixtureSiteData data = FixtureSiteData.create(Instant.parse("2026-01-08T12:00:00Z"));
  final SiteRenderer site =
      new SiteRenderer(
          data, "https://news.example.org", WebConfig.defaults(0), true, Clock.systemUTC());

  Document page(String id) {
    return Jsoup.parse(new String(site.story(id).orElseThrow().body(), StandardCharsets.UTF_8));
  }

  @Test
  void everySentenceHasAMarkerLinkingToItsExactQuoteInTheRightSource() {
    WrittenStory story = data.story(FixtureSiteData.MAIN).orElseThrow().story();
    Document doc = page(FixtureSiteData.MAIN);
    List<WrittenSentence> sentences = new ArrayList<>(story.lede());
    story.sections().forEach(s -> s.paragraphs().forEach(sentences::addAll));
    sentences.addAll(story.background());
    List<Element> rendered = doc.select(".body .s");
    assertThat(rendered).hasSize(sentences.size());
    Map<String, Integer> number = new java.util.HashMap<>();
    for (int i = 0; i < story.sources().size(); i++) {
      number.put(story.sources().get(i).article(), i + 1);
    }
    for (int i = 0; i < sentences.size(); i++) {
      WrittenSentence ws = sentences.get(i);
      Element s = rendered.get(i);
      assertThat(s.ownText()).isEqualTo(ws.text());
      List<Element> markers = s.select("sup.cite a");
      List<String> articles = ws.sources().stream().map(SourceSpan::article).distinct().toList();
      assertThat(markers).hasSize(articles.size());
      for (int m = 0; m < markers.size(); m++) {
        Element marker = markers.get(m);
        String article = articles.get(m);
        SourceSpan first =
            ws.sources().stream()
                .filter(sp -> sp.article().equals(article))
                .findFirst()
                .orElseThrow();
        assertThat(marker.text()).isEqualTo(Integer.toString(number.get(article)));
        Element passage = doc.getElementById(marker.attr("href").substring(1));
        assertThat(passage).isNotNull();
        assertThat(passage.selectFirst("q").text()).isEqualTo(first.quote());
        Element source = passage.closest(".source-list > li");
        assertThat(source.id()).isEqualTo("s" + number.get(article));
        // The back link returns to a marker that cites this passage.
        Element back = doc.getElementById(passage.selectFirst("a.back").attr("href").substring(1));
        assertThat(back.attr("href")).isEqualTo("#" + passage.id());
      }
    }
  }

  @Test
  void bylineAndCoverageCountOnlyTheStorysOwnSourcesAndBackgroundSourcesAreLabelled() {
    WrittenStory story = data.story(FixtureSiteData.MAIN).orElseThrow().story();
    long own = story.sources().stream().filter(r -> !r.background()).count();
    long background = story.sources().size() - own;
    assertThat(background).isPositive();
    Document doc = page(FixtureSiteData.MAIN);
    assertThat(doc.selectFirst(".byline").text()).contains("from " + own + " sources in ");
    List<Element> labelled = doc.select(".source-list > li:has(.tag-bg)");
    assertThat(labelled).hasSize((int) background);
    for (Element li : labelled) {
      assertThat(li.selectFirst(".tag-bg").text()).isEqualTo("Background");
    }
  }

  @Test
  void sourcesPanelListsEverySourceWithOutletTitleTimeAndLink() {
    WrittenStory story = data.story(FixtureSiteData.MAIN).orElseThrow().story();
    List<Element> items = page(FixtureSiteData.MAIN).select(".source-list > li");
    assertThat(items).hasSize(story.sources().size());
    for (int i = 0; i < items.size(); i++) {
      SourceRef ref = story.sources().get(i);
      Element li = items.get(i);
      assertThat(li.selectFirst(".outlet").text()).isEqualTo(ref.outlet());
      assertThat(li.selectFirst(".source-head a").text()).isEqualTo(ref.title());
      assertThat(li.selectFirst(".source-head a").attr("href")).isEqualTo(ref.url());
      assertThat(li.selectFirst("time").attr("datetime"))
          .isEqualTo(
              ref.published().get().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString());
    }
  }

  @Test
  void disclaimerLinksToEverySource() {
    WrittenStory story = data.story(FixtureSiteData.MAIN).orElseThrow().story();
    Element disclaimer = page(FixtureSiteData.MAIN).selectFirst("aside.disclaimer");
    assertThat(disclaimer.selectFirst("p").text()).isEqualTo(story.disclaimer());
    assertThat(disclaimer.select("a").eachAttr("href"))
        .containsExactlyElementsOf(story.sources().stream().map(SourceRef::url).toList());
  }

  @Test
  void pullQuotesFollowTheLedeAndTheSections() {
    Document doc = page(FixtureSiteData.MAIN);
    assertThat(doc.select(".body > figure.pull blockquote").text())
        .isEqualTo("Tonight is the night this barrier was built for.");
    assertThat(doc.select(".body > section figure.pull figcaption").text())
        .isEqualTo("a harbour district resident, as reported by Radio Valley");
    assertThat(doc.selectFirst(".body > section figure.pull figcaption a").attr("href"))
        .isEqualTo("#s4");
  }

  @Test
  void coverageChartHasADotPerArticleAndARowPerOutlet() {
    Element svg = page(FixtureSiteData.MAIN).selectFirst("svg.chart");
    StoryPage p = data.story(FixtureSiteData.MAIN).orElseThrow();
    assertThat(svg.select("circle")).hasSize(p.coverage().size());
    assertThat(svg.select("text.outlet").eachText())
        .containsExactly("Harbour Times", "Coastal Wire", "Northern Ledger", "Radio Valley");
    assertThat(svg.attr("role")).isEqualTo("img");
    assertThat(svg.selectFirst("desc").text()).startsWith("9 articles from 4 outlets, ");
  }

  @Test
  void citationToAnUnlistedArticleStillGetsASourceEntry() {
    Document doc = page(FixtureSiteData.HOSTILE);
    Element last = doc.select(".source-list > li").last();
    assertThat(last.selectFirst(".outlet").text()).isEqualTo("Unlisted source");
    assertThat(last.selectFirst("q").text()).isEqualTo("an article the story does not list");
  }

  @Test
  void koreanStoryDeclaresItsLanguage() {
    assertThat(page("s-busan-port").selectFirst("html").attr("lang")).isEqualTo("ko");
  }

  @Test
  void aKoreanStoryPageSpeaksKoreanAroundTheStory() {
    Document doc = page(FixtureSiteData.KOREAN);
    assertThat(doc.selectFirst("html").attr("lang")).isEqualTo("ko");
    assertThat(doc.selectFirst("a.skip").text()).isEqualTo("본문 바로가기");
    assertThat(doc.selectFirst(".masthead nav").attr("aria-label")).isEqualTo("사이트");
    assertThat(doc.select(".masthead nav a").eachText()).containsExactly("주요 기사", "주제", "출처", "검색");
    assertThat(doc.selectFirst("nav.tags").attr("aria-label")).isEqualTo("이 기사의 주제");
    assertThat(doc.selectFirst("nav.tags a").attr("title")).isEqualTo("장소");
    // The writer's Korean subheadings, then the page's own headings.
    assertThat(doc.select("h2").eachText())
        .containsExactly("주요 내용", "향후 전망", "출처 간 차이", "배경", "보도 추이", "출처", "수정 이력", "관련 기사");
    assertThat(doc.selectFirst(".byline").text())
        .isEqualTo(
            "Lede, 출처 2건, 언론사 2곳 보도 기간 2026년 1월 8일 · 입력 2026년 1월 8일 03:00 UTC · 수정 2026년 1월"
                + " 8일 05:00 UTC 버전 2");
    assertThat(doc.selectFirst("figure.pull figcaption").text())
        .isEqualTo("김민수 위원장, 출처: Coastal Wire");
    assertThat(doc.selectFirst(".background .label").text()).isEqualTo("이전 보도에서");
    assertThat(doc.selectFirst("svg.chart > title").text()).isEqualTo("언론사별 기사 게재 시점");
    assertThat(doc.selectFirst(".coverage figcaption").text())
        .isEqualTo(
            "기사 2건, 언론사 2곳, 2026년 1월 8일 00:00 UTC부터 2026년 1월 8일 02:00 UTC까지. 시각은 UTC 기준입니다.");
    Element disclaimer = doc.selectFirst("aside.disclaimer");
    assertThat(disclaimer.attr("aria-label")).isEqualTo("이 기사에 대하여");
    assertThat(disclaimer.selectFirst("p").text())
        .isEqualTo(
            "이 기사는 Lede가 아래에 나열한 원문 기사 2건(부산일보, Coastal Wire)을 바탕으로 자동 작성했습니다."
                + " 모든 문장은 이 기사들에서 가져왔고 근거가 되는 구절을 인용하며, 기자가 검토하지 않았습니다."
                + " 배경 부분은 이전 관련 기사 1건을 참고했습니다.");
    assertThat(disclaimer.selectFirst(".label").text()).isEqualTo("원문 기사 읽기");
    assertThat(doc.selectFirst(".sources .muted").text())
        .isEqualTo("기사 속 번호 표시는 그 문장을 뒷받침하는 아래 구절로 연결됩니다.");
    assertThat(doc.select(".tag-bg").eachText()).containsExactly("배경");
    assertThat(doc.select("a.back").eachAttr("aria-label")).containsOnly("해당 문장으로 돌아가기");
    assertThat(doc.select("sup.cite a").eachAttr("aria-label"))
        .containsExactly("출처 1", "출처 2", "출처 1", "출처 2", "출처 1", "출처 2", "출처 3");
    assertThat(doc.select(".update-list li").eachText())
        .containsExactly(
            "2026년 1월 8일 03:00 UTC — 버전 1: 첫 버전",
            "2026년 1월 8일 05:00 UTC — 버전 2: 새 출처: Coastal Wire");
    Element related = doc.selectFirst(".related-item");
    assertThat(related.selectFirst("article.card").attr("lang")).isEqualTo("en");
    assertThat(related.selectFirst(".meta").text())
        .isEqualTo("언론사 2곳 · 기사 2건 · 수정 2026년 1월 7일 19:00 UTC");
    assertThat(related.selectFirst(".reason .label").text()).isEqualTo("관련 이유:");
    assertThat(doc.selectFirst(".site-footer p").text())
        .isEqualTo(
            "Lede의 모든 기사는 목록에 밝힌 출처의 보도로 작성되며, 문장마다 근거가 된 출처가 표시됩니다."
                + " 기사는 소프트웨어가 생성하므로 인용하기 전에 출처를 확인하세요.");
    // No English label is left in the text, the labels or the tooltips.
    List<String> shown = new ArrayList<>(List.of(doc.body().text()));
    shown.addAll(doc.select("[aria-label]").eachAttr("aria-label"));
    shown.addAll(doc.select("[title]").eachAttr("title"));
    shown.addAll(doc.select("svg title, svg desc").eachText());
    for (String english :
        List.of(
            "Skip to content",
            "Top stories",
            "Topics",
            "Sources",
            "Source ",
            "Search",
            "Background",
            "From earlier",
            "Coverage",
            "Articles over time",
            "Where sources differ",
            "About this story",
            "This story",
            "Read the original",
            "Update history",
            "Related stories",
            "Why related",
            "Published",
            "Updated",
            "version",
            "outlet",
            "article",
            "as reported by",
            "By Lede",
            "Back to the sentence",
            "Sitemap",
            "Times in UTC",
            "January",
            "Place")) {
      assertThat(shown).as(english).noneMatch(text -> text.contains(english));
    }
  }

  @Test
  void anEnglishStoryPageKeepsItsEnglishLabels() {
    Document doc = page(FixtureSiteData.MAIN);
    assertThat(doc.selectFirst("html").attr("lang")).isEqualTo("en");
    assertThat(doc.selectFirst("a.skip").text()).isEqualTo("Skip to content");
    assertThat(doc.select(".masthead nav a").eachText())
        .containsExactly("Top stories", "Topics", "Sources", "Search");
    assertThat(
            doc.select(
                    "h2#differences, h2#background, h2#coverage, h2#sources, h2#updates, h2#related")
                .eachText())
        .containsExactly(
            "Where sources differ",
            "Background",
            "Coverage",
            "Sources",
            "Update history",
            "Related stories");
    assertThat(doc.selectFirst(".byline").text())
        .isEqualTo(
            "By Lede, from 6 sources in 4 outlets Coverage 7-8 Jan 2026 · Published 7 January 2026,"
                + " 09:00 UTC"
                + " · Updated 8 January 2026, 09:00 UTC version 3");
    assertThat(doc.selectFirst("aside.disclaimer p").text())
        .isEqualTo(data.story(FixtureSiteData.MAIN).orElseThrow().story().disclaimer());
    assertThat(doc.selectFirst(".related-item .meta").text()).contains(" · Updated ");
  }

  @Test
  void storyPagesAreCachedByVersionAndRevision() {
    assertThat(site.story(FixtureSiteData.MAIN).orElseThrow())
        .isSameAs(site.story(FixtureSiteData.MAIN).orElseThrow());
  }

  @Test
  void theLedeHasADropCapOnlyWhenItOpensWithALetter() {
    FixtureSiteData withDigit =
        FixtureSiteData.create(Instant.parse("2026-01-08T12:00:00Z"))
            .withLedeOpening("s-digit", "2011年3月11日,")
            .withLedeOpening("s-quote", "\u201cWe are ready,\u201d");
    SiteRenderer r =
        new SiteRenderer(
            withDigit, "https://news.example.org", WebConfig.defaults(0), true, Clock.systemUTC());
    java.util.function.Function<String, Element> lede =
        id ->
            Jsoup.parse(new String(r.story(id).orElseThrow().body(), StandardCharsets.UTF_8))
                .selectFirst("p.lede");

    assertThat(lede.apply(FixtureSiteData.MAIN).hasClass("drop")).isTrue();
    assertThat(lede.apply("s-digit").hasClass("drop")).isFalse();
    assertThat(lede.apply("s-quote").hasClass("drop")).isFalse();
  }
}
