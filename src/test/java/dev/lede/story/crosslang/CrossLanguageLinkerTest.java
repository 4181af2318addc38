package dev.lede.story.crosslang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CrossLanguageLinkerTest {
  private static final Instant DAY = Instant.parse("2022-10-20T12:00:00Z");

  private static void add(
      CrossLanguageLinker.Stories s, String id, String lang, Instant t, String text) {
    s.add(id, lang, Optional.of(t), CrossLanguageLinker.anchors(text));
  }

  private static CrossLanguageLinker.Stories twoEventsInThreeLanguages(Duration koreanDelay) {
    CrossLanguageLinker.Stories s = new CrossLanguageLinker.Stories();
    add(
        s,
        "en-truss",
        "en",
        DAY,
        "Prime Minister of the United Kingdom Liz Truss announces her resignation after 45 days.");
    add(
        s,
        "en-quake",
        "en",
        DAY,
        "A magnitude 7.6 earthquake strikes Papua New Guinea, killing at least 54 people.");
    add(s, "ko-truss", "ko", DAY.plus(koreanDelay), "10월 20일, 영국의 리즈 트러스 총리가 45일 만에 사임을 발표하였다.");
    add(s, "ko-quake", "ko", DAY.plus(koreanDelay), "진도 규모 7.6의 강진이 파푸아뉴기니를 강타해 54명의 사상자가 발생했다.");
    add(s, "zh-truss", "zh", DAY, "上任僅45天的英國首相莉兹·特拉斯宣布辭去首相職務。");
    return s;
  }

  @Test
  void reportsOfOneEventInThreeLanguagesFormOneGroupAndOtherEventsStayApart() {
    Map<String, String> g =
        CrossLanguageLinker.defaults().link(twoEventsInThreeLanguages(Duration.ofHours(8)));
    assertThat(g.get("ko-truss")).isEqualTo(g.get("en-truss"));
    assertThat(g.get("zh-truss")).isEqualTo(g.get("en-truss"));
    assertThat(g.get("ko-quake")).isEqualTo(g.get("en-quake"));
    assertThat(g.get("en-quake")).isNotEqualTo(g.get("en-truss"));
    // The group is named after its earliest story.
    assertThat(g.get("zh-truss")).isEqualTo("en-truss");
  }

  @Test
  void storiesFurtherApartThanTheWindowAreNeverLinked() {
    Map<String, String> g =
        CrossLanguageLinker.defaults().link(twoEventsInThreeLanguages(Duration.ofDays(30)));
    assertThat(g.get("ko-truss")).isEqualTo("ko-truss");
    assertThat(g.get("ko-quake")).isEqualTo("ko-quake");
  }

  @Test
  void aGroupNeverHoldsTwoStoriesOfOneLanguage() {
    CrossLanguageLinker.Stories s = new CrossLanguageLinker.Stories();
    add(s, "en-1", "en", DAY, "Liz Truss resigns as Prime Minister of the United Kingdom.");
    add(s, "en-2", "en", DAY, "Liz Truss resigns as Prime Minister of the United Kingdom.");
    add(s, "ko-1", "ko", DAY, "영국의 리즈 트러스 총리가 사임을 발표하였다.");
    Map<String, String> g = CrossLanguageLinker.defaults().link(s);
    assertThat(g.get("en-1")).isNotEqualTo(g.get("en-2"));
    assertThat(g.get("ko-1")).isIn(g.get("en-1"), g.get("en-2"));
  }

  @Test
  void aStorysEvidenceCountsEachAnchorOncePerArticleAndLinksAgainAsItsArticlesDid() {
    CrossLanguageLinker.Stories s = new CrossLanguageLinker.Stories();
    s.add("en-1", "en", Optional.of(DAY), Set.of("p:gb", "n:45"));
    s.add("en-1", "en", Optional.of(DAY), Set.of("n:45", "ph:TRS"));
    s.add("en-1", "en", Optional.of(DAY), Set.of("ph:TRS", "n:45"));
    s.add("ko-1", "ko", Optional.of(DAY), Set.of("p:gb", "n:45", "ph:TRS"));
    s.add("ko-2", "ko", Optional.of(DAY), Set.of("n:7.6"));
    CrossLanguageLinker.StoryEvidence en = s.evidence("en-1").orElseThrow();
    assertThat(en.anchors()).isEqualTo(Map.of("p:gb", 1, "n:45", 3, "ph:TRS", 2));
    assertThat(en.size()).isEqualTo(3);
    Map<String, String> g = CrossLanguageLinker.defaults().link(s);
    assertThat(g.get("ko-1")).isEqualTo("en-1");

    // Kept and added again without its articles, beside stories that name other anchors first.
    CrossLanguageLinker.Stories again = new CrossLanguageLinker.Stories();
    again.add("ko-2", "ko", Optional.of(DAY), Set.of("n:7.6", "p:pg"));
    again.add("en-1", DAY, DAY, en);
    again.add("ko-1", DAY, DAY, s.evidence("ko-1").orElseThrow());
    assertThat(again.evidence("en-1")).contains(en);
    assertThat(CrossLanguageLinker.defaults().link(again).get("ko-1")).isEqualTo("en-1");
  }

  @Test
  void aThresholdOutsideTheUnitIntervalIsRefusedByName() {
    assertThatThrownBy(() -> CrossLanguageLinker.of(1.5, Duration.ofDays(7), Duration.ofDays(3)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("threshold 1.5");
  }

  private static Map<String, String> quakeReportsAndAMarketReport(String marketLead) {
    String ko = "일본 도호쿠 지방 앞바다에서 규모 9.0의 강진이 발생해 쓰나미가 일본 해안을 덮쳤다.";
    String ja = "日本の三陸沖でマグニチュード9.0の地震が発生し、津波が日本の沿岸を襲った。";
    CrossLanguageLinker.Stories s = new CrossLanguageLinker.Stories();
    for (String[] a :
        new String[][] {{"ko", "ko", ko}, {"ja", "ja", ja}, {"en", "en", marketLead}}) {
      // All three dated on the quake's day, as the corpus dates the market report.
      s.add(
          a[0],
          a[1],
          Optional.of(DAY),
          CrossLanguageLinker.anchors(a[2]),
          CrossLanguageLinker.ageDays(a[2]));
    }
    return CrossLanguageLinker.defaults().link(s);
  }

  @Test
  void aReportLookingBackAWeekOnTheNewsItNamesIsNotAnEditionOfThatNews() {
    String lead =
        "Japanese stocks fell 1.4% Thursday after the 9.0 magnitude earthquake and tsunami hit"
            + " Japan";
    Map<String, String> atTheTime = quakeReportsAndAMarketReport(lead + ".");
    Map<String, String> aWeekLater = quakeReportsAndAMarketReport(lead + " a week ago.");

    // Without the look-back the market report shares the quake's evidence and is linked.
    assertThat(atTheTime.get("en")).isEqualTo(atTheTime.get("ko"));
    assertThat(aWeekLater.get("ja")).isEqualTo(aWeekLater.get("ko"));
    assertThat(aWeekLater.get("en")).isEqualTo("en");
  }

  @Test
  void aNegativeAgeIsRefusedWithTheStoryNamed() {
    assertThatThrownBy(
            () ->
                new CrossLanguageLinker.Stories()
                    .add("s-9", "en", Optional.of(DAY), java.util.Set.of("p:JP"), -3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("s-9")
        .hasMessageContaining("-3");
  }

  @Test
  void anArticlesAnchorsComeFromItsTitleAndTheHeadOfItsText() {
    String filler = "word ".repeat(CrossLanguageLinker.HEAD_CHARS / 5);
    String text = "Officials met in Seoul. " + filler + "Later they flew to Tokyo.";

    assertThat(CrossLanguageLinker.anchors("Talks in France", text))
        .contains("c:Asia/Seoul", "p:FR")
        .doesNotContain("c:Asia/Tokyo");
    assertThat(CrossLanguageLinker.anchors(text)).contains("c:Asia/Tokyo");
  }

  @Test
  void aJapaneseArticlesHeadIsShorterInCharsThanAnEnglishOneForTheSameWeight() {
    // 700 kana weigh 1,750 Latin chars: past the head, so a place named after them is not read.
    String filler = "あ".repeat(700);
    String text = "ソウルで会談した。" + filler + "東京へ向かった。";

    assertThat(CrossLanguageLinker.head(text)).hasSize(600);
    assertThat(CrossLanguageLinker.anchors("", text))
        .contains("c:Asia/Seoul")
        .doesNotContain("c:Asia/Tokyo");
    // The same kana count for less in a text that is mostly Latin: only what the budget allows.
    String mixed = "x".repeat(1_000) + "あ".repeat(300);
    assertThat(CrossLanguageLinker.head(mixed)).hasSize(1_000 + 200);
  }

  @Test
  void aHeadIsNeverCutInsideASurrogatePair() {
    // U+20BB7, a Han character outside the basic plane: two chars, one code point of weight 2.5.
    String text = "x".repeat(1_498) + "\uD842\uDFB7" + "y";

    assertThat(CrossLanguageLinker.head(text)).isEqualTo("x".repeat(1_498));
    assertThat(CrossLanguageLinker.head("short")).isEqualTo("short");
  }

  private static Map<String, String> twoReports(String en, String zh, Duration apart) {
    CrossLanguageLinker.Stories s = new CrossLanguageLinker.Stories();
    add(s, "en", "en", DAY, en);
    add(s, "zh", "zh", DAY.plus(apart), zh);
    return CrossLanguageLinker.defaults().link(s);
  }

  @Test
  void storiesSharingOnlyTheirCountryAreNotLinked() {
    String death = "Jiang Zemin, former leader of China, dies at the age of 96.";
    String launch = "中國神舟十五号載人飛船自酒泉卫星发射中心發射升空。";
    String sameLaunch = "China launches the crewed spacecraft Shenzhou-15 from Jiuquan.";

    assertThat(twoReports(death, launch, Duration.ofHours(20)).get("zh")).isEqualTo("zh");
    // A second anchor in common (the mission's number, what happened) links them.
    assertThat(twoReports(sameLaunch, launch, Duration.ofHours(20)).get("zh")).isEqualTo("en");
  }

  @Test
  void aWeekApartACountryAndWhatHappenedAreNotEnoughToLink() {
    String en = "A heatwave causes forest fires across Chile.";
    String zh = "智利中部和南部發生大規模森林火災。";

    assertThat(twoReports(en, zh, Duration.ofDays(2)).get("zh")).isEqualTo("en");
    assertThat(twoReports(en, zh, Duration.ofDays(7)).get("zh")).isEqualTo("zh");
  }

  @Test
  void aReaderGivesAnArticleTheSameAnchorsWhateverItReadBefore() {
    List<String[]> articles =
        List.of(
            new String[] {"千葉で地震", "千葉県と東京都で震度5強の地震があった。気象庁によると、震源は千葉県東方沖。"},
            new String[] {"도쿄 지진", "일본 기상청은 도쿄와 지바현에서 규모 6.1의 지진이 발생했다고 밝혔다."},
            new String[] {"日本地震", "日本氣象廳表示，千葉縣和東京都發生6.1級地震。"},
            new String[] {
              "Quake in Chiba", "A magnitude 6.1 earthquake struck Chiba and Tokyo, Japan."
            });
    CrossLanguageLinker.AnchorReader forwards = new CrossLanguageLinker.AnchorReader();
    List<Set<String>> first = articles.stream().map(a -> forwards.anchors(a[0], a[1])).toList();
    CrossLanguageLinker.AnchorReader backwards = new CrossLanguageLinker.AnchorReader();
    for (int i = articles.size() - 1; i >= 0; i--) {
      String[] a = articles.get(i);
      assertThat(backwards.anchors(a[0], a[1])).isEqualTo(first.get(i));
      assertThat(CrossLanguageLinker.anchors(a[0], a[1])).isEqualTo(first.get(i));
    }
    assertThat(first.get(1)).contains("n:6.1").anyMatch(k -> k.startsWith("k:"));
  }
}
