package dev.lede.story;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lede.index.lucene.LuceneCandidateIndex;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Korean Wikinews from the demo corpus through the shipped defaults (MiniLM included), as {@code
 * lede ingest} feeds them: stretches of the archive where unrelated reports used to chain into one
 * story (the English-trained model puts all Korean text close together) and where daily news
 * briefings merged on their shared headline and opening, plus stretches holding series of reports
 * on one event.
 */
class KoreanDemoCorpusTest {
  private static final Path CORPUS = Path.of("demo", "wikinews-ko", "wikinews_ko.jsonl");
  // Article numbers: Aug-Sep 2012 (the chain), Aug-Oct 2014 (the briefings), the expulsion of
  // candidates in April 2020, the COVID counts of December 2020.
  private static final int[][] STRETCHES = {{141, 196}, {345, 382}, {480, 492}, {565, 575}};
  private static final List<StoryInput> ARTICLES = new ArrayList<>();
  private static StoryClusterer stories;

  @BeforeAll
  static void clusterTheStretches() throws IOException {
    ObjectMapper json = new ObjectMapper();
    for (String line : Files.readAllLines(CORPUS, StandardCharsets.UTF_8)) {
      JsonNode n = json.readTree(line);
      String id = n.get("id").asText();
      int number = Integer.parseInt(id.substring(id.length() - 4));
      boolean wanted = false;
      for (int[] s : STRETCHES) {
        wanted |= number >= s[0] && number <= s[1];
      }
      if (wanted) {
        ARTICLES.add(
            StoryInput.of(id, n.get("title").asText(), n.get("text").asText())
                .withPublished(
                    LocalDate.parse(n.get("date").asText())
                        .atStartOfDay()
                        .toInstant(ZoneOffset.UTC))
                .withSource(n.get("source").asText()));
      }
    }
    stories =
        StoryClusterer.inMemory(StoryClusterer.Config.defaults(), LuceneCandidateIndex.FACTORY);
    ARTICLES.forEach(stories::assign);
  }

  @AfterAll
  static void close() {
    stories.close();
  }

  @Test
  void unrelatedReportsOfTheSameWeeksStayInStoriesOfTheirOwn() {
    // Once one story of 26: 독도 규탄 성명, 삼성-애플 특허 판결, 라오스 여행 주의, 환경부 침수피해 진단, 가을철
    // 감염 질환, 해양투기 금지, 급발진 조사, 에티오피아 조문단, 나주 성폭행, 한국거래소 쇄신, 4대강 방문객, 가정법원 이전,
    // 외국인 자진신고, 전통시장 가는 날, 남조류 독소, 전경련 소득불평등.
    List<String> unrelated =
        List.of(
            "0141", "0142", "0145", "0150", "0151", "0157", "0160", "0161", "0162", "0165", "0169",
            "0171", "0173", "0180", "0184", "0194");

    assertThat(unrelated.stream().map(KoreanDemoCorpusTest::story)).doesNotHaveDuplicates();
  }

  @Test
  void dailyBriefingsShareAStoryOnlyWhenTheirNewsDoes() {
    List<String> briefings =
        IntStream.of(347, 349, 351, 353, 355, 356, 358, 359, 360, 361, 363, 364, 365, 366, 367)
            .mapToObj(n -> String.format("0%d", n))
            .toList();
    Map<String, Integer> perStory = new HashMap<>();
    briefings.forEach(b -> perStory.merge(story(b), 1, Integer::sum));

    // Once all one story: "2014년 8월 N일 뉴스브리핑" and the same opening sentences every day.
    assertThat(perStory.values()).allMatch(n -> n <= briefings.size() / 2);
    // The first briefing is nothing but that template: no later one shares its news.
    assertThat(briefings.subList(1, briefings.size()).stream().map(KoreanDemoCorpusTest::story))
        .doesNotContain(story("0347"));
    // In-depth pieces on military abuse, the Sewol special law and firefighters.
    assertThat(List.of(story("0348"), story("0350"), story("0357"))).doesNotHaveDuplicates();
  }

  @Test
  void reportsOfOneEventStillShareAStory() {
    // 미래통합당, 차명진 후보 제명 / 법원 "차명진 제명 취소".
    assertThat(story("0490")).isEqualTo(story("0484"));
    // The national COVID-19 counts of 23, 25 and 26 December 2020.
    assertThat(List.of(story("0571"), story("0573"))).containsOnly(story("0569"));
  }

  private static String story(String number) {
    return stories.storyOf("kowikinews-" + number).orElseThrow();
  }
}
