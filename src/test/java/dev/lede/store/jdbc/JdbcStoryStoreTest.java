package dev.lede.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.store.StoryStore;
import dev.lede.store.WrittenStoryStore;
import dev.lede.store.sqlite.SqliteStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Story assignments: merges followed one id at a time and in batches, alike. */
class JdbcStoryStoreTest {
  static final Instant T = Instant.parse("2024-05-01T00:00:00Z");

  Path dir;
  SqliteStore store;
  StoryStore stories;

  @BeforeEach
  void open() throws IOException {
    dir = Files.createTempDirectory("story-store-test");
    store = SqliteStore.open(dir);
    stories = JdbcStoryStore.of(store);
  }

  @AfterEach
  void close() throws IOException {
    store.close();
    deleteTree(dir);
  }

  void assign(String article, String story, StoryStore.Move... moves) {
    stories.assign(new StoryStore.Assignment(article, story, T), List.of(moves));
  }

  static StoryStore.Move merge(String from, String into) {
    return new StoryStore.Move(from, into, List.of());
  }

  static WrittenStoryStore.Version version(String story, int v) {
    return new WrittenStoryStore.Version(story, v, T.plusSeconds(v), 1, "note", "{}");
  }

  @Test
  void aStoryWhoseArticlesChangeOwesAWriteUntilItsNextVersionIsStored() {
    WrittenStoryStore written = JdbcWrittenStoryStore.of(store);
    assign("a1", "s-a");
    assign("b1", "s-b");
    assertThat(written.owed()).containsExactly("s-a", "s-b");

    written.put(version("s-a", 1));
    assertThat(written.owed()).containsExactly("s-b");

    // s-b merges into s-a: s-a owes a write again, s-b (retired) none.
    assign("a2", "s-a", merge("s-b", "s-a"));
    assertThat(written.owed()).containsExactly("s-a");

    // a2 splits off into s-c: both sides owe.
    written.put(version("s-a", 2));
    assign("c1", "s-c", new StoryStore.Move("s-a", "s-c", List.of("a2")));
    assertThat(written.owed()).containsExactlyInAnyOrder("s-a", "s-c");
  }

  @Test
  void resolveFollowsAChainOfMergesToTheLiveStory() {
    assign("a1", "s-a");
    assign("b1", "s-b");
    assign("c1", "s-c");
    assign("b2", "s-b", merge("s-a", "s-b"));
    assign("c2", "s-c", merge("s-b", "s-c"));

    assertThat(stories.resolve("s-a")).isEqualTo("s-c");
    assertThat(stories.resolve("s-b")).isEqualTo("s-c");
    assertThat(stories.resolve("s-c")).isEqualTo("s-c");
    assertThat(stories.resolve("s-never-seen")).isEqualTo("s-never-seen");
  }

  @Test
  void resolveAllMapsEachIdOnceInTheOrderGiven() {
    assign("a1", "s-a");
    assign("b1", "s-b");
    assign("b2", "s-b", merge("s-a", "s-b"));

    Map<String, String> live = stories.resolveAll(List.of("s-x", "s-a", "s-b", "s-a"));

    assertThat(new ArrayList<>(live.entrySet()))
        .containsExactly(Map.entry("s-x", "s-x"), Map.entry("s-a", "s-b"), Map.entry("s-b", "s-b"));
  }

  @Test
  void aMergeCycleEndsAfterTheHopLimitWithTheSameAnswerBothWays() {
    assign("a1", "s-a");
    assign("b1", "s-b", merge("s-a", "s-b"));
    // Not something the clusterer does, but the table allows it: s-b back into s-a.
    assign("a2", "s-a", merge("s-b", "s-a"));

    String one = stories.resolve("s-a");

    assertThat(one).isIn("s-a", "s-b");
    assertThat(stories.resolveAll(List.of("s-a", "s-b")))
        .containsEntry("s-a", one)
        .containsEntry("s-b", stories.resolve("s-b"));
  }

  @Test
  void liveStoriesOfGivesTheResolvedStoryOfEachAssignedArticleAndSkipsTheRest() {
    assign("a1", "s-a");
    assign("b1", "s-b");
    assign("b2", "s-b", merge("s-a", "s-b"));
    assign("c1", "s-c");

    Map<String, String> live = stories.liveStoriesOf(List.of("c1", "never-stored", "a1", "b2"));

    assertThat(new ArrayList<>(live.entrySet()))
        .containsExactly(Map.entry("c1", "s-c"), Map.entry("a1", "s-b"), Map.entry("b2", "s-b"));
  }

  @Test
  void liveStoriesOfReadsMoreArticlesThanOneStatementBinds() {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < JdbcStoryStore.BATCH * 2 + 7; i++) {
      assign("a" + i, "s-" + (i % 13));
      ids.add("a" + i);
    }

    Map<String, String> live = stories.liveStoriesOf(ids);

    assertThat(live).hasSize(ids.size());
    assertThat(live.get("a" + (JdbcStoryStore.BATCH + 3)))
        .isEqualTo("s-" + ((JdbcStoryStore.BATCH + 3) % 13));
  }

  /**
   * Random histories of assignments and merges (live stories absorbing one another, so chains
   * grow): batch answers equal one-by-one answers, which equal following the merges table.
   */
  @Property(tries = 25)
  void batchLookUpsAgreeWithOneByOneLookUpsAndTheMergesTable(@ForAll long seed) throws IOException {
    Path d = Files.createTempDirectory("story-store-prop");
    try (SqliteStore s = SqliteStore.open(d)) {
      StoryStore st = JdbcStoryStore.of(s);
      Random r = new Random(seed);
      List<String> live = new ArrayList<>();
      List<String> articles = new ArrayList<>();
      int next = 0;
      for (int step = 0; step < 60; step++) {
        String article = "a" + step;
        articles.add(article);
        if (live.size() < 2 || r.nextInt(3) > 0) {
          String story = r.nextBoolean() || live.isEmpty() ? "s-" + next++ : pick(r, live);
          if (!live.contains(story)) {
            live.add(story);
          }
          st.assign(new StoryStore.Assignment(article, story, T), List.of());
        } else {
          String into = pick(r, live);
          String from = pick(r, live);
          if (from.equals(into)) {
            continue;
          }
          live.remove(from);
          st.assign(
              new StoryStore.Assignment(article, into, T),
              List.of(new StoryStore.Move(from, into, List.of())));
        }
      }
      List<String> ids = new ArrayList<>();
      for (int i = 0; i < next + 2; i++) {
        ids.add("s-" + i);
      }
      Map<String, String> merges = st.merges();
      Map<String, String> expected = new LinkedHashMap<>();
      for (String id : ids) {
        String x = id;
        while (merges.containsKey(x)) {
          x = merges.get(x);
        }
        expected.put(id, x);
        assertThat(st.resolve(id)).isEqualTo(x);
      }
      assertThat(st.resolveAll(ids)).containsExactlyEntriesOf(expected);
      Map<String, String> byArticle = st.liveStoriesOf(articles);
      for (String a : articles) {
        if (st.storyOf(a).isPresent()) {
          assertThat(byArticle.get(a)).isEqualTo(st.resolve(st.storyOf(a).get()));
          assertThat(live).contains(byArticle.get(a));
        } else {
          assertThat(byArticle).doesNotContainKey(a);
        }
      }
    } finally {
      deleteTree(d);
    }
  }

  private static String pick(Random r, List<String> from) {
    return from.get(r.nextInt(from.size()));
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
