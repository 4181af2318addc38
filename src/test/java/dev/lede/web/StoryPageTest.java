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
  void storyPagesAreCachedByVersionAndRevision() {
    assertThat(site.story(FixtureSiteData.MAIN).orElseThrow())
        .isSameAs(site.story(FixtureSiteData.MAIN).orElseThrow());
  }
}
