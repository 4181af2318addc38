package dev.lede.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.nlp.Entity;
import dev.lede.nlp.EntityType;
import dev.lede.nlp.Mention;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StoryTagsTest {
  private static Entity entity(String canonical, EntityType type, String... written) {
    List<Mention> ms =
        java.util.Arrays.stream(written)
            .map(w -> new Mention("s-1", w, 0, w.length(), type, Optional.empty(), 1.0))
            .toList();
    return new Entity(canonical, type, new java.util.HashSet<>(List.of(written)), ms);
  }

  @Test
  void aKoreanOrJapaneseEditionNamesAPlaceAsItsStoryWroteIt() {
    assertThat(StoryTags.name(entity("Japan", EntityType.PLACE, "일본", "일본"), "ko")).contains("일본");
    assertThat(StoryTags.name(entity("Tokyo", EntityType.PLACE, "東京", "東京都", "東京"), "ja"))
        .contains("東京");
    assertThat(StoryTags.name(entity("Japan", EntityType.PLACE, "Japan"), "en")).contains("Japan");
  }

  @Test
  void aTagWrittenOnlyInLatinLettersInACjkEditionIsKeptOnlyAsAnAcronym() {
    assertThat(StoryTags.name(entity("Wikinews", EntityType.ORGANIZATION, "Wikinews"), "ko"))
        .isEmpty();
    assertThat(StoryTags.name(entity("km", EntityType.OTHER, "km"), "ja")).isEmpty();
    assertThat(StoryTags.name(entity("USGS", EntityType.ORGANIZATION, "USGS"), "ja"))
        .contains("USGS");
  }

  @Test
  void aKoreanEditionDoesNotTakeAJapaneseOrChineseFormOfTheName() {
    // Han alone is not Korean: a Korean page writes names in Hangul.
    assertThat(StoryTags.name(entity("Japan", EntityType.PLACE, "日本", "일본"), "ko")).contains("일본");
    assertThat(StoryTags.name(entity("Seoul", EntityType.PLACE, "ソウル"), "ko")).isEmpty();
  }
}
