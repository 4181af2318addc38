package dev.lede.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.model.StoryJson;
import dev.lede.model.WrittenStory;
import dev.lede.related.RelatedStories;
import dev.lede.store.WrittenStoryStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pipeline over one data folder: ingest -> stories -> written versions -> related. */
public class NewsroomTest {
  @TempDir Path tmp;

  /** One JSON Lines article (also used by the related-stories tests). */
  public static String line(
      String url, String source, String title, String published, String text) {
    return String.format(
        "{\"url\":\"%s\",\"source\":\"%s\",\"title\":\"%s\",\"published\":\"%s\",\"text\":\"%s\"}%n",
        url, source, title, published, text);
  }

  static final String QUAKE_A =
      "A magnitude 6.4 earthquake struck the Greek island of Crete on Tuesday, killing two people."
          + " The quake hit at 9:12 local time near the town of Arkalochori, the Athens Geodynamic"
          + " Institute said. Dozens of buildings were damaged in Arkalochori. Prime Minister Kyriakos"
          + " Mitsotakis said rescue teams were searching the ruins.";
  static final String QUAKE_B =
      "Two people died when a magnitude 6.4 earthquake shook Crete on Tuesday morning. The"
          + " epicentre was near Arkalochori, south of Heraklion, according to the Athens Geodynamic"
          + " Institute. Kyriakos Mitsotakis said the government would help the families in"
          + " Arkalochori. Schools in Heraklion were closed.";
  static final String QUAKE_C =
      "Rescue teams in Arkalochori on Crete searched damaged homes on Wednesday after Tuesday's"
          + " magnitude 6.4 earthquake, which killed two people. Kyriakos Mitsotakis visited"
          + " Arkalochori and promised aid. The Athens Geodynamic Institute recorded more than 30"
          + " aftershocks.";
  public static final String OTHER =
      "The city council of Springfield approved a new public library on Monday. The library will"
          + " open in 2027 and cost 12 million dollars, council member Ann Lee said.";

  /** Two outlets' reports of the Crete earthquake, as JSON lines. */
  public static String twoQuakeReports() {
    return line(
            "https://a.example/q",
            "Alpha News",
            "Earthquake hits Crete",
            "2021-09-27T07:00:00Z",
            QUAKE_A)
        + line(
            "https://b.example/q",
            "Beta Times",
            "Crete quake kills two",
            "2021-09-27T08:00:00Z",
            QUAKE_B);
  }

  @Test
  void ingestGroupsAnEventIntoOneStoryAndRewritesItAsANewVersionWhenCoverageGrows()
      throws Exception {
    Path first = tmp.resolve("first.jsonl");
    Files.writeString(
        first,
        line(
                "https://a.example/quake",
                "Alpha News",
                "Earthquake hits Crete",
                "2021-09-27T07:00:00Z",
                QUAKE_A)
            + line(
                "https://b.example/crete",
                "Beta Times",
                "Crete quake kills two",
                "2021-09-27T08:00:00Z",
                QUAKE_B)
            + line(
                "https://c.example/library",
                "Springfield Post",
                "Council approves library",
                "2021-09-27T09:00:00Z",
                OTHER));
    Path data = tmp.resolve("data");
    String quakeStory;
    try (Newsroom room = Newsroom.open(data)) {
      room.ingest(List.of(first.toString()), req -> null, false, true, NewsroomListener.NONE);

      Set<String> storyIds =
          room.stories.assignments().stream()
              .map(a -> room.stories.resolve(a.storyId()))
              .collect(Collectors.toSet());
      assertThat(storyIds).hasSize(2);
      quakeStory = room.stories.resolve(room.stories.assignments().get(0).storyId());
      assertThat(room.stories.articlesOf(quakeStory)).hasSize(2);
      WrittenStoryStore.Version v1 = room.written.latest(quakeStory).orElseThrow();
      assertThat(v1.version()).isEqualTo(1);
      assertThat(v1.note()).isEqualTo("First version.");
    }

    Path second = tmp.resolve("second.jsonl");
    Files.writeString(
        second,
        line(
            "https://g.example/aftershocks",
            "Gamma Wire",
            "Crete counts damage after quake",
            "2021-09-28T10:00:00Z",
            QUAKE_C));
    try (Newsroom room = Newsroom.open(data)) {
      room.ingest(List.of(second.toString()), req -> null, false, true, NewsroomListener.NONE);

      List<WrittenStoryStore.Version> versions = room.written.versions(quakeStory);
      assertThat(versions).extracting(WrittenStoryStore.Version::version).containsExactly(1, 2);
      assertThat(versions.get(1).note())
          .isEqualTo("Added 1 source: Gamma Wire. New fact: 30 aftershocks.");
      WrittenStory v1 = StoryJson.parse(versions.get(0).json());
      WrittenStory v2 = StoryJson.parse(versions.get(1).json());
      assertThat(v2.datePublished()).isEqualTo(v1.datePublished());
      assertThat(v2.dateModified()).isAfter(v1.dateModified());
      assertThat(v2.sources()).hasSize(3);

      // Ingesting the same files again changes nothing.
      room.ingest(
          List.of(first.toString(), second.toString()),
          req -> null,
          false,
          true,
          NewsroomListener.NONE);
      assertThat(room.written.versions(quakeStory)).hasSize(2);

      List<RelatedStories.Related> related = room.relatedStories().find(quakeStory, 5);
      assertThat(related).extracting(RelatedStories.Related::storyId).doesNotContain(quakeStory);
    }
  }

  @Test
  void storiesWrittenOnSeveralThreadsAreStoredInOwedOrderAsOneThreadStoresThem() throws Exception {
    Path in = tmp.resolve("in.jsonl");
    Files.writeString(
        in,
        twoQuakeReports()
            + line(
                "https://c.example/library",
                "Springfield Post",
                "Council approves library",
                "2021-09-27T09:00:00Z",
                OTHER)
            + line(
                "https://g.example/aftershocks",
                "Gamma Wire",
                "Crete counts damage after quake",
                "2021-09-28T10:00:00Z",
                QUAKE_C)
            + line(
                "https://d.example/rail",
                "Delta Daily",
                "Rail strike halts trains",
                "2021-09-29T06:00:00Z",
                "Train drivers in Portugal began a two-day strike on Wednesday, halting most"
                    + " services in Lisbon and Porto, the CP rail company said. The union wants a"
                    + " 5 percent pay rise."));
    java.util.Map<Integer, java.util.Map<String, String>> byThreads = new java.util.HashMap<>();
    for (int threads : new int[] {1, 4}) {
      List<Integer> order = new java.util.ArrayList<>();
      NewsroomListener positions =
          new NewsroomListener() {
            @Override
            public void storyWritten(int position, int total, String storyId, int version) {
              order.add(position);
            }
          };
      try (Newsroom room = Newsroom.open(tmp.resolve("data-" + threads))) {
        room.withAnalyseWorkers(threads)
            .ingest(List.of(in.toString()), req -> null, false, true, positions);
        java.util.Map<String, String> stories = new java.util.TreeMap<>();
        for (String id : room.stories.storySizes().keySet()) {
          // The versions' times are the clock's; everything else is the writer's.
          stories.put(
              id,
              room.written
                  .latest(id)
                  .orElseThrow()
                  .json()
                  .replaceAll("\\d{4}-\\d\\d-\\d\\dT[0-9:.]+Z", "T"));
        }
        byThreads.put(threads, stories);
      }
      assertThat(order).as("positions told, %d threads", threads).isSorted().hasSizeGreaterThan(2);
    }
    assertThat(byThreads.get(4)).isEqualTo(byThreads.get(1));
  }
}
