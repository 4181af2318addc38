package dev.lede.story;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.index.lucene.LuceneCandidateIndex;
import dev.lede.nlp.HashingEmbedder;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;

/** Seeded random arrival orders of the Korean sample plus the hand-written fixtures. */
class StoryChangesPropertiesTest {
  private static final List<StoryInput> ARTICLES = articles();

  @Property(tries = 12)
  void replayingAssignmentsAndChangesGivesTheClustererState(@ForAll long seed) {
    Map<String, String> table = new HashMap<>();
    int changes = 0;
    try (StoryClusterer stories = StoryClusterer.inMemory(config(), LuceneCandidateIndex.FACTORY)) {
      for (StoryInput a : shuffled(seed)) {
        Assignment x = stories.assign(a);
        changes += x.changes().size();
        for (StoryChange c : x.changes()) {
          if (c instanceof StoryChange.Merged m) {
            table.replaceAll((article, story) -> story.equals(m.absorbed()) ? m.into() : story);
          } else if (c instanceof StoryChange.Split s) {
            s.articleIds().forEach(id -> table.computeIfPresent(id, (k, v) -> s.to()));
          }
        }
        table.put(a.id(), x.storyId());
      }
      Statistics.collect(changes == 0 ? "no merge or split" : "merges or splits");
      for (StoryInput a : ARTICLES) {
        assertThat(table.get(a.id())).as(a.id()).isEqualTo(stories.storyOf(a.id()).orElseThrow());
      }
      Map<String, List<String>> members = new HashMap<>();
      table.forEach(
          (article, story) -> members.computeIfAbsent(story, k -> new ArrayList<>()).add(article));
      assertThat(stories.storyIds()).containsExactlyInAnyOrderElementsOf(members.keySet());
      members.forEach(
          (story, ids) ->
              assertThat(stories.story(story).orElseThrow().articleIds())
                  .containsExactlyInAnyOrderElementsOf(ids));
    }
  }

  @Property(tries = 6)
  void theSameOrderGivesTheSameStories(@ForAll long seed) {
    assertThat(run(shuffled(seed))).isEqualTo(run(shuffled(seed)));
  }

  private static Map<String, String> run(List<StoryInput> input) {
    Map<String, String> out = new HashMap<>();
    try (StoryClusterer stories = StoryClusterer.inMemory(config(), LuceneCandidateIndex.FACTORY)) {
      input.forEach(stories::assign);
      input.forEach(a -> out.put(a.id(), stories.storyOf(a.id()).orElseThrow()));
      out.put("#merges", stories.merges().toString());
    }
    return out;
  }

  private static StoryClusterer.Config config() {
    return StoryClusterer.Config.builder().embedder(HashingEmbedder.plain(64)).build();
  }

  private static List<StoryInput> shuffled(long seed) {
    List<StoryInput> out = new ArrayList<>(ARTICLES);
    Collections.shuffle(out, new Random(seed));
    return out;
  }

  private static List<StoryInput> articles() {
    List<StoryInput> out = new ArrayList<>(Fixtures.FILLER);
    out.addAll(Fixtures.interleaved());
    try (InputStream in =
            StoryChangesPropertiesTest.class.getResourceAsStream("wikinews-ko-sample.jsonl");
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      long n = 0;
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        out.add(ClusterCommandLogic.parse(line, ++n));
      }
    } catch (IOException | ClusterInputException e) {
      throw new IllegalStateException("cannot read the Korean sample", e);
    }
    return out;
  }
}
