package dev.lede.story;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.index.lucene.LuceneCandidateIndex;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Korean Wikinews articles (CC BY 2.5, see resources ATTRIBUTION.md) through the defaults. */
class KoreanClusteringTest {
  private static final List<StoryInput> ARTICLES = new ArrayList<>();
  private static StoryClusterer stories;

  @BeforeAll
  static void clusterTheSample() throws IOException, ClusterInputException {
    try (InputStream in =
            KoreanClusteringTest.class.getResourceAsStream("wikinews-ko-sample.jsonl");
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      long n = 0;
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        ARTICLES.add(ClusterCommandLogic.parse(line, ++n));
      }
    }
    stories =
        StoryClusterer.inMemory(StoryClusterer.Config.defaults(), LuceneCandidateIndex.FACTORY);
    ARTICLES.forEach(stories::assign);
  }

  @org.junit.jupiter.api.AfterAll
  static void close() {
    stories.close();
  }

  @Test
  void reportsOfOneEarthquakeShareAStory() {
    // 일본 리히터 규모 8.8 지진 발생 / 일본 지진 강도 리히터 규모 8.8에서 9.0으로 조정
    assertThat(story("0105")).isEqualTo(story("0102"));
  }

  @Test
  void forecastsOfOneTyphoonShareAStory() {
    // 대한민국으로 향하는 제16호 태풍 '산바' / 제16호 태풍 '산바(SANBA)' 활동 전망
    assertThat(story("0182")).isEqualTo(story("0179"));
  }

  @Test
  void differentTyphoonsAndEarthquakesStayApart() {
    List<String> bolaven = List.of("0146", "0148", "0149", "0152", "0153");
    for (String b : bolaven) {
      assertThat(story(b)).isNotEqualTo(story("0179")); // 산바 is the next typhoon
    }
    assertThat(List.of(story("0102"), story("0406"), story("0556")))
        .doesNotHaveDuplicates(); // 일본 2011, 경주 2016, 에게해 2020
  }

  @Test
  void storyKeysAndTermsAreWholeKoreanTextNotFragments() {
    Story sanba = stories.story(story("0179")).orElseThrow();
    String text =
        ARTICLES.stream()
            .filter(a -> sanba.articleIds().contains(a.id()))
            .map(a -> a.title() + "\n" + a.text())
            .reduce("", String::concat)
            .toLowerCase(java.util.Locale.ROOT);

    assertThat(sanba.entityKeys()).isNotEmpty();
    // Every key and term is a substring of the articles: nothing re-spelt, nothing split
    // mid-letter.
    for (String key : sanba.entityKeys()) {
      assertThat(text).contains(key.substring(2));
    }
    for (String term : sanba.topTerms()) {
      assertThat(text).contains(term);
    }
    assertThat(sanba.entityKeys())
        .anyMatch(
            k ->
                k.codePoints()
                    .anyMatch(
                        c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL));
    assertThat(sanba.timeline())
        .extracting(Story.TimelineEntry::title)
        .containsExactly("대한민국으로 향하는 제16호 태풍 ‘산바’", "제16호 태풍 ‘산바(SANBA)’ 활동 전망");
  }

  private static String story(String number) {
    return stories.storyOf("kowikinews-" + number).orElseThrow();
  }
}
