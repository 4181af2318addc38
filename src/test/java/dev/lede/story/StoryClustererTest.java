package dev.lede.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lede.index.lucene.LuceneCandidateIndex;
import dev.lede.nlp.HashingEmbedder;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoryClustererTest {

  private static StoryClusterer.Config config() {
    return StoryClusterer.Config.builder().embedder(HashingEmbedder.plain(64)).build();
  }

  @Test
  void twoEarthquakesInDifferentCountriesStayApart() {
    // The shipped defaults, MiniLM included: the embedding alone finds both reports alike.
    try (StoryClusterer stories =
        StoryClusterer.inMemory(StoryClusterer.Config.defaults(), LuceneCandidateIndex.FACTORY)) {
      Fixtures.FILLER.forEach(stories::assign);
      Fixtures.interleaved().forEach(stories::assign);

      Set<String> peru = storiesOf(stories, Fixtures.PERU);
      Set<String> turkey = storiesOf(stories, Fixtures.TURKEY);
      assertThat(peru).hasSize(1);
      assertThat(turkey).hasSize(1);
      assertThat(peru).doesNotContainAnyElementsOf(turkey);
    }
  }

  @Test
  void aStoryKnowsItsArticlesOutletsAndEntities() {
    try (StoryClusterer stories = StoryClusterer.inMemory(config(), LuceneCandidateIndex.FACTORY)) {
      Instant t = Instant.parse("2019-05-26T08:00:00Z");
      stories.assign(Fixtures.PERU.get(0).withPublished(t).withSource("Reuters"));
      Assignment second =
          stories.assign(
              Fixtures.PERU.get(1).withPublished(t.plus(Duration.ofHours(5))).withSource("AP"));

      Story story = stories.story(second.storyId()).orElseThrow();
      assertThat(second.newStory()).isFalse();
      assertThat(story.articleIds()).containsExactly("peru-1", "peru-2");
      assertThat(story.outlets()).containsExactly("AP", "Reuters");
      assertThat(story.firstSeen()).contains(t);
      assertThat(story.lastSeen()).contains(t.plus(Duration.ofHours(5)));
      assertThat(story.entityKeys()).contains("e:loreto", "e:lagunas");
      assertThat(story.timeline())
          .extracting(Story.TimelineEntry::articleId)
          .containsExactly("peru-1", "peru-2");
    }
  }

  @Test
  void theStoryIdDerivesFromTheFirstArticle() {
    try (StoryClusterer a = StoryClusterer.inMemory(config(), LuceneCandidateIndex.FACTORY);
        StoryClusterer b = StoryClusterer.inMemory(config(), LuceneCandidateIndex.FACTORY)) {
      String first = a.assign(Fixtures.PERU.get(0)).storyId();
      b.assign(Fixtures.FILLER.get(0));
      String again = b.assign(Fixtures.PERU.get(0)).storyId();

      assertThat(first).startsWith("s-").hasSize(14).isEqualTo(again);
    }
  }

  @Test
  void theSameInputOrderGivesTheSameAssignments() {
    List<StoryInput> input = new ArrayList<>(Fixtures.FILLER);
    input.addAll(Fixtures.interleaved());

    assertThat(run(input)).isEqualTo(run(input));
  }

  @Test
  void assigningAnIdAgainReturnsItsStoryAndChangesNothing() {
    try (StoryClusterer stories = StoryClusterer.inMemory(config(), LuceneCandidateIndex.FACTORY)) {
      Assignment first = stories.assign(Fixtures.PERU.get(0));
      Assignment again =
          stories.assign(StoryInput.of("peru-1", "Other title", "Entirely different text."));

      assertThat(again.storyId()).isEqualTo(first.storyId());
      assertThat(again.newStory()).isFalse();
      assertThat(stories.articleCount()).isEqualTo(1);
    }
  }

  @Test
  void theSameReportMonthsLaterIsAnotherStory() {
    try (StoryClusterer stories = StoryClusterer.inMemory(config(), LuceneCandidateIndex.FACTORY)) {
      Instant t = Instant.parse("2019-05-26T08:00:00Z");
      Assignment first = stories.assign(Fixtures.PERU.get(0).withPublished(t));
      StoryInput copy = Fixtures.PERU.get(1);
      Assignment sameWeek = stories.assign(copy.withPublished(t.plus(Duration.ofDays(1))));
      Assignment later =
          stories.assign(
              new StoryInput(
                  "peru-2-reprint",
                  copy.title(),
                  copy.text(),
                  java.util.Optional.of(t.plus(Duration.ofDays(120))),
                  copy.url(),
                  copy.source()));

      assertThat(sameWeek.storyId()).isEqualTo(first.storyId());
      assertThat(later.newStory()).isTrue();
    }
  }

  private static final Instant RESIGNED = Instant.parse("2021-03-01T09:00:00Z");

  private static final List<StoryInput> RESIGNATION =
      List.of(
          new StoryInput(
              "resign-1",
              "",
              "Amid a budget crisis in the city council, Riverton mayor Anna Kowalczyk announces"
                  + " her resignation.",
              Optional.of(RESIGNED),
              Optional.empty(),
              Optional.of("Courier")),
          new StoryInput(
              "resign-2",
              "",
              "Amid a budget crisis, Mayor of Riverton Anna Kowalczyk announces her resignation to"
                  + " the city council.",
              Optional.of(RESIGNED.plus(Duration.ofHours(8))),
              Optional.empty(),
              Optional.of("Herald")));

  @Test
  void aReportDaysLaterLeadingWithSomeoneTheStoryNeverNamedIsTheNextStory() {
    try (StoryClusterer stories = StoryClusterer.inMemory(config(), LuceneCandidateIndex.FACTORY)) {
      RESIGNATION.forEach(stories::assign);
      Assignment successor =
          stories.assign(
              new StoryInput(
                  "successor",
                  "",
                  "Tomas Brennan succeeds Riverton mayor Anna Kowalczyk, who announced her"
                      + " resignation amid a budget crisis in the city council.",
                  Optional.of(RESIGNED.plus(Duration.ofDays(4))),
                  Optional.empty(),
                  Optional.of("Courier")));

      assertThat(successor.newStory()).isTrue();
      assertThat(stories.storyOf("successor")).isNotEqualTo(stories.storyOf("resign-1"));
    }
  }

  @Test
  void aReportDaysLaterLeadingWithTheStorysOwnSubjectStillJoinsIt() {
    try (StoryClusterer stories = StoryClusterer.inMemory(config(), LuceneCandidateIndex.FACTORY)) {
      RESIGNATION.forEach(stories::assign);
      Assignment followUp =
          stories.assign(
              new StoryInput(
                  "follow-up",
                  "",
                  "Anna Kowalczyk leaves office as mayor of Riverton after the budget crisis in the"
                      + " city council.",
                  Optional.of(RESIGNED.plus(Duration.ofDays(4))),
                  Optional.empty(),
                  Optional.of("Courier")));

      assertThat(followUp.newStory()).isFalse();
      assertThat(stories.storyOf("follow-up")).isEqualTo(stories.storyOf("resign-1"));
    }
  }

  @Test
  void restoringPairsRebuildsStoriesThatNewArticlesJoin() {
    Map<String, String> placed = new LinkedHashMap<>();
    try (StoryClusterer stories = StoryClusterer.inMemory(config(), LuceneCandidateIndex.FACTORY)) {
      for (StoryInput a : Fixtures.interleaved()) {
        stories.assign(a);
      }
      for (StoryInput a : Fixtures.interleaved()) {
        placed.put(a.id(), stories.storyOf(a.id()).orElseThrow());
      }
    }
    try (StoryClusterer rebuilt = StoryClusterer.inMemory(config(), LuceneCandidateIndex.FACTORY)) {
      for (StoryInput a : Fixtures.interleaved()) {
        rebuilt.restore(a, placed.get(a.id()));
      }
      Assignment next =
          rebuilt.assign(
              StoryInput.of(
                  "peru-4",
                  "Peru quake: Vizcarra visits Yurimaguas",
                  "Martin Vizcarra visited Yurimaguas in Loreto on Tuesday after the magnitude 7.5"
                      + " earthquake of May 26 near Lagunas killed two people."));

      assertThat(rebuilt.storyOf("peru-1")).contains(placed.get("peru-1"));
      assertThat(next.storyId()).isEqualTo(placed.get("peru-1"));
    }
  }

  @Test
  void anIndexOnDiskIsReadBackOnOpen(@TempDir Path dir) {
    String peruStory;
    try (StoryClusterer stories =
        StoryClusterer.open(dir, config(), LuceneCandidateIndex.FACTORY)) {
      Fixtures.interleaved().forEach(stories::assign);
      peruStory = stories.storyOf("peru-1").orElseThrow();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    try (StoryClusterer reopened =
        StoryClusterer.open(dir, config(), LuceneCandidateIndex.FACTORY)) {
      assertThat(reopened.articleCount()).isEqualTo(6);
      assertThat(reopened.storyOf("peru-3")).contains(peruStory);
      assertThat(reopened.story(peruStory).orElseThrow().articleIds())
          .containsExactlyInAnyOrder("peru-1", "peru-2", "peru-3");
      Assignment next =
          reopened.assign(
              StoryInput.of(
                  "peru-4",
                  "Peru quake: Vizcarra visits Yurimaguas",
                  "Martin Vizcarra visited Yurimaguas in Loreto on Tuesday after the magnitude 7.5"
                      + " earthquake of May 26 near Lagunas killed two people."));
      assertThat(next.storyId()).isEqualTo(peruStory);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Refreshes every 4 articles, so stories go dormant after 16 quiet ones. */
  private static StoryClusterer.Config quickToSleep() {
    return config().toBuilder().candidates(40, 4).build();
  }

  /** {@code n} unrelated local reports, an hour apart from {@code from}. */
  private static List<StoryInput> laterNews(Instant from, int n) {
    String[] places = {"Arden", "Belmont", "Corvin", "Dunmore", "Elstow", "Fenwick", "Garrow"};
    String[] plans = {"budget", "school wing", "bridge repair", "festival", "bus route"};
    List<StoryInput> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String place = places[i % places.length];
      String plan = plans[i % plans.length];
      out.add(
          StoryInput.of(
                  "later-" + i,
                  place + " approves " + plan,
                  "Councillors in "
                      + place
                      + " approved the "
                      + plan
                      + " plan number "
                      + (100 + i)
                      + " on Monday after a long debate.")
              .withPublished(from.plus(Duration.ofHours(i))));
    }
    return out;
  }

  private static final Instant QUAKE = Instant.parse("2019-05-26T08:00:00Z");

  @Test
  void aStoryLongWithoutNewsLeavesTheHeapAndALateReportStillJoinsIt() {
    try (StoryClusterer stories =
        StoryClusterer.inMemory(quickToSleep(), LuceneCandidateIndex.FACTORY)) {
      String peru = stories.assign(Fixtures.PERU.get(0).withPublished(QUAKE)).storyId();
      stories.assign(Fixtures.TURKEY.get(0).withPublished(QUAKE));
      laterNews(QUAKE.plus(Duration.ofDays(60)), 40).forEach(stories::assign);

      assertThat(stories.storiesOnHeap()).isLessThan(stories.storyIds().size());
      assertThat(stories.storyIds()).contains(peru);
      assertThat(stories.storyOf("peru-1")).contains(peru);
      assertThat(stories.story(peru).orElseThrow().articleIds()).containsExactly("peru-1");

      Assignment late =
          stories.assign(Fixtures.PERU.get(1).withPublished(QUAKE.plus(Duration.ofHours(5))));

      assertThat(late.storyId()).isEqualTo(peru);
      Story story = stories.story(peru).orElseThrow();
      assertThat(story.articleIds()).containsExactly("peru-1", "peru-2");
      assertThat(story.lastSeen()).contains(QUAKE.plus(Duration.ofHours(5)));
    }
  }

  @Test
  void dormantStoriesGiveTheSameAssignmentsForTheSameInputOrder() {
    List<StoryInput> input = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      input.add(Fixtures.PERU.get(i).withPublished(QUAKE.plus(Duration.ofHours(i))));
      input.add(Fixtures.TURKEY.get(i).withPublished(QUAKE.plus(Duration.ofHours(i))));
    }
    input.addAll(laterNews(QUAKE.plus(Duration.ofDays(60)), 30));
    input.add(
        StoryInput.of(
                "peru-4",
                "Peru quake: Vizcarra visits Yurimaguas",
                "Martin Vizcarra visited Yurimaguas in Loreto after the magnitude 7.5 earthquake of"
                    + " May 26 near Lagunas killed two people.")
            .withPublished(QUAKE.plus(Duration.ofDays(2))));

    Map<String, String> first = run(input, quickToSleep());
    assertThat(run(input, quickToSleep())).isEqualTo(first);
    assertThat(first.get("peru-4@end")).isEqualTo(first.get("peru-1@end"));
  }

  @Test
  void assignmentsDoNotDependOnWhenBackgroundMergesFinish(@TempDir Path dir) throws Exception {
    List<StoryInput> input = new ArrayList<>();
    for (int round = 0; round < 4; round++) {
      String suffix = "r" + round;
      for (int i = 0; i < 3; i++) {
        Duration at = Duration.ofDays(20L * round).plusHours(i);
        input.add(copy(Fixtures.PERU.get(i), suffix, QUAKE.plus(at)));
        input.add(copy(Fixtures.TURKEY.get(i), suffix, QUAKE.plus(at)));
      }
      for (StoryInput a : laterNews(QUAKE.plus(Duration.ofDays(20L * round + 5)), 40)) {
        input.add(copy(a, suffix, a.published().orElseThrow()));
      }
    }
    // A refresh every 2 articles: some 100 tiny segments, merged in the background meanwhile.
    StoryClusterer.Config config = config().toBuilder().candidates(24, 2).build();

    Map<String, String> first = run(input, config);
    assertThat(run(input, config)).isEqualTo(first);
    Map<String, String> onDisk = new LinkedHashMap<>();
    try (StoryClusterer stories = StoryClusterer.open(dir, config, LuceneCandidateIndex.FACTORY)) {
      for (StoryInput a : input) {
        onDisk.put(a.id(), stories.assign(a).storyId());
      }
      for (StoryInput a : input) {
        onDisk.put(a.id() + "@end", stories.storyOf(a.id()).orElseThrow());
      }
    }
    assertThat(onDisk).isEqualTo(first);
  }

  private static StoryInput copy(StoryInput a, String suffix, Instant published) {
    return new StoryInput(
        a.id() + "-" + suffix, a.title(), a.text(), Optional.of(published), a.url(), a.source());
  }

  @Test
  void dormantStoriesAreRebuiltWhenTheIndexIsOpenedAgain(@TempDir Path dir) throws Exception {
    String peru;
    try (StoryClusterer stories =
        StoryClusterer.open(dir, quickToSleep(), LuceneCandidateIndex.FACTORY)) {
      peru = stories.assign(Fixtures.PERU.get(0).withPublished(QUAKE)).storyId();
      stories.assign(Fixtures.PERU.get(1).withPublished(QUAKE.plus(Duration.ofHours(2))));
      laterNews(QUAKE.plus(Duration.ofDays(60)), 40).forEach(stories::assign);
      assertThat(stories.storiesOnHeap()).isLessThan(stories.storyIds().size());
    }
    try (StoryClusterer reopened =
        StoryClusterer.open(dir, quickToSleep(), LuceneCandidateIndex.FACTORY)) {
      assertThat(reopened.articleCount()).isEqualTo(42);
      assertThat(reopened.storiesOnHeap()).isLessThan(reopened.storyIds().size());
      assertThat(reopened.storyOf("peru-2")).contains(peru);

      Assignment late =
          reopened.assign(Fixtures.PERU.get(2).withPublished(QUAKE.plus(Duration.ofDays(1))));

      assertThat(late.storyId()).isEqualTo(peru);
      assertThat(reopened.story(peru).orElseThrow().articleIds())
          .containsExactly("peru-1", "peru-2", "peru-3");
    }
  }

  @Test
  void anIndexInAnEarlierLayoutOpensEmptySoItsOwnerRebuildsIt(@TempDir Path dir) throws Exception {
    try (org.apache.lucene.index.IndexWriter old =
        new org.apache.lucene.index.IndexWriter(
            org.apache.lucene.store.FSDirectory.open(dir),
            new org.apache.lucene.index.IndexWriterConfig())) {
      org.apache.lucene.document.Document d = new org.apache.lucene.document.Document();
      d.add(
          new org.apache.lucene.document.StringField(
              "id", "peru-1", org.apache.lucene.document.Field.Store.YES));
      old.addDocument(d);
    }

    try (StoryClusterer stories =
        StoryClusterer.open(dir, config(), LuceneCandidateIndex.FACTORY)) {
      assertThat(stories.articleCount()).isZero();
      stories.restore(Fixtures.PERU.get(0), "s-peru");
      assertThat(stories.storyOf("peru-1")).contains("s-peru");
    }
  }

  @Test
  void aRestoredStoryIdIsRequired() {
    try (StoryClusterer stories = StoryClusterer.inMemory(config(), LuceneCandidateIndex.FACTORY)) {
      assertThatThrownBy(() -> stories.restore(Fixtures.PERU.get(0), " "))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("restore peru-1: story id is blank");
    }
  }

  @Test
  void configRejectsASplitThresholdAboveTheMergeThreshold() {
    assertThatThrownBy(() -> StoryClusterer.Config.builder().thresholds(0.1, 0.2, 0.3).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "story config: splitThreshold 0.3 is above mergeThreshold 0.2, so merged stories would"
                + " split again");
  }

  @Test
  void configRejectsAThresholdOutsideTheUnitInterval() {
    assertThatThrownBy(() -> StoryClusterer.Config.builder().thresholds(0, 0.2, 0.1).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("story config: joinThreshold 0.0 is not in (0, 1]");
  }

  @Test
  void aBlankArticleIdIsRejected() {
    assertThatThrownBy(() -> StoryInput.of(" ", "t", "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("story input: id is blank");
  }

  private static Map<String, String> run(List<StoryInput> input) {
    return run(input, config());
  }

  private static Map<String, String> run(List<StoryInput> input, StoryClusterer.Config config) {
    Map<String, String> out = new LinkedHashMap<>();
    try (StoryClusterer stories = StoryClusterer.inMemory(config, LuceneCandidateIndex.FACTORY)) {
      for (StoryInput a : input) {
        out.put(a.id(), stories.assign(a).storyId());
      }
      for (StoryInput a : input) {
        out.put(a.id() + "@end", stories.storyOf(a.id()).orElseThrow());
      }
    }
    return out;
  }

  private static Set<String> storiesOf(StoryClusterer stories, List<StoryInput> articles) {
    Set<String> ids = new HashSet<>();
    for (StoryInput a : articles) {
      ids.add(stories.storyOf(a.id()).orElseThrow());
    }
    return ids;
  }
}
