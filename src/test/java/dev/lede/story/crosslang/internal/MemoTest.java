package dev.lede.story.crosslang.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MemoTest {
  @Test
  void aWordIsWorkedOutOnceAndThenRemembered() {
    Memo memo = new Memo();
    List<String> worked = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      String key =
          Memo.get(
              memo.kanaSounds,
              "トランプ",
              w -> {
                worked.add(w);
                return "ph:" + w.length();
              });
      assertThat(key).isEqualTo("ph:4");
    }
    assertThat(worked).containsExactly("トランプ");
  }

  @Test
  void eachCacheHoldsNoMoreThanItsBoundHoweverManyWordsAreRead() {
    Memo memo = new Memo();
    int words = Memo.MAX_ENTRIES + 5_000;
    for (int i = 0; i < words; i++) {
      Memo.get(memo.hanSounds, "word" + i, w -> w);
    }
    assertThat(memo.hanSounds.size()).isPositive().isLessThanOrEqualTo(Memo.MAX_ENTRIES);
    // What it forgot is worked out again, the same.
    assertThat(Memo.get(memo.hanSounds, "word0", w -> w)).isEqualTo("word0");
  }

  @Test
  void readingsThroughAMemoEqualReadingsWithoutOne() {
    Memo memo = new Memo();
    String text = "規模9.0の地震が発生し、大統領は議会で演説した";
    assertThat(SinoKorean.keys(text, memo)).isEqualTo(SinoKorean.keys(text));
    assertThat(SinoKorean.keys(text, memo)).isEqualTo(SinoKorean.keys(text));
  }
}
