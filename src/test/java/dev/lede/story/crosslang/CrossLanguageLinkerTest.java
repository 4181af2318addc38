package dev.lede.story.crosslang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
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
  void aThresholdOutsideTheUnitIntervalIsRefusedByName() {
    assertThatThrownBy(() -> CrossLanguageLinker.of(1.5, Duration.ofDays(7), Duration.ofDays(3)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("threshold 1.5");
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
}
