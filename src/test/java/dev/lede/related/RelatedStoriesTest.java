package dev.lede.related;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.index.SearchIndex;
import dev.lede.newsroom.Newsroom;
import dev.lede.newsroom.NewsroomListener;
import dev.lede.newsroom.NewsroomTest;
import dev.lede.nlp.Embedder;
import dev.lede.story.Story;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Related stories: the merge of the BM25 and kNN legs, diversity, reasons, never the story. */
class RelatedStoriesTest {
  @TempDir Path tmp;

  static final Instant T = Instant.parse("2024-05-01T00:00:00Z");

  static Story story(String id, Instant firstSeen, List<String> terms, List<String> keys) {
    return new Story(
        id,
        List.of(id + "-a1"),
        List.of("Outlet"),
        Optional.of(firstSeen),
        Optional.of(firstSeen),
        terms,
        keys,
        List.of());
  }

  static RelatedStories.Subject subject() {
    return new RelatedStories.Subject("s-me", Set.of("e:apple", "e:tim cook"), T);
  }

  static RelatedStories.Candidate text(String id, double bm25, Story s) {
    return new RelatedStories.Candidate(id, bm25, Optional.empty(), Optional.of(s));
  }

  static RelatedStories.Candidate meaning(String id, double cosine, Story s) {
    return new RelatedStories.Candidate(id, 0, Optional.of(cosine), Optional.of(s));
  }

  @Test
  void neverReturnsTheStoryItselfEvenWhenALegFindsIt() {
    Story me = story("s-me", T, List.of("appl", "iphon"), List.of("e:apple"));
    Story other = story("s-2", T, List.of("samsung"), List.of());

    List<RelatedStories.Related> r =
        RelatedStories.rank(
            subject(),
            List.of(text("s-me", 30, me), meaning("s-me", 1.0, me), text("s-2", 5, other)),
            id -> Optional.empty(),
            5);

    assertThat(r).extracting(RelatedStories.Related::storyId).containsExactly("s-2");
  }

  @Test
  void twoNearIdenticalCandidatesYieldOnlyTheBetterOne() {
    List<String> terms = List.of("appl", "iphon", "launch", "septemb", "camera");
    Story copyA = story("s-a", T, terms, List.of());
    Story copyB = story("s-b", T, terms, List.of());
    Story distinct = story("s-c", T, List.of("appl", "antitrust", "eu", "fine"), List.of());

    List<RelatedStories.Related> r =
        RelatedStories.rank(
            subject(),
            List.of(text("s-a", 10, copyA), text("s-b", 9, copyB), text("s-c", 4, distinct)),
            id -> Optional.empty(),
            5);

    assertThat(r).extracting(RelatedStories.Related::storyId).containsExactly("s-a", "s-c");
  }

  @Test
  void candidatesWithNearlyTheSameVectorAreNearCopiesEvenInOtherWords() {
    Story a = story("s-a", T, List.of("quak", "crete"), List.of());
    Story b = story("s-b", T, List.of("tremor", "island"), List.of());
    Story c = story("s-c", T, List.of("aid", "rebuild"), List.of());
    Map<String, float[]> vectors =
        Map.of(
            "s-a", new float[] {1, 0, 0},
            "s-b", new float[] {0.99f, 0.05f, 0},
            "s-c", new float[] {0.6f, 0.8f, 0});

    List<RelatedStories.Related> r =
        RelatedStories.rank(
            subject(),
            List.of(meaning("s-a", 0.9, a), meaning("s-b", 0.89, b), meaning("s-c", 0.7, c)),
            id -> Optional.ofNullable(vectors.get(id)),
            5);

    assertThat(r).extracting(RelatedStories.Related::storyId).containsExactly("s-a", "s-c");
  }

  @Test
  void candidatesWithoutEvidenceFromEitherLegAreDropped() {
    Story weak = story("s-weak", T, List.of("x"), List.of("e:apple"));
    Story strong = story("s-strong", T, List.of("y"), List.of());

    List<RelatedStories.Related> r =
        RelatedStories.rank(
            subject(),
            List.of(meaning("s-weak", 0.1, weak), meaning("s-strong", 0.8, strong)),
            id -> Optional.empty(),
            5);

    assertThat(r).extracting(RelatedStories.Related::storyId).containsExactly("s-strong");
  }

  @Test
  void bothLegsAgreeingOutrankEitherAlone() {
    Story both = story("s-both", T, List.of("a"), List.of());
    Story words = story("s-words", T, List.of("b"), List.of());
    Story sense = story("s-sense", T, List.of("c"), List.of());

    List<RelatedStories.Related> r =
        RelatedStories.rank(
            subject(),
            List.of(
                new RelatedStories.Candidate("s-both", 8, Optional.of(0.8), Optional.of(both)),
                text("s-words", 10, words),
                meaning("s-sense", 0.9, sense)),
            id -> Optional.empty(),
            5);

    assertThat(r.get(0).storyId()).isEqualTo("s-both");
    assertThat(r).hasSize(3);
    assertThat(r.get(0).score()).isGreaterThan(r.get(1).score());
  }

  @Test
  void reasonsSayFollowUpEarlierCoverageSameEntityOrSameTopic() {
    Story later = story("s-later", T.plusSeconds(86_400 * 3), List.of("a"), List.of("e:apple"));
    Story earlier =
        story("s-earlier", T.minusSeconds(86_400 * 30), List.of("b"), List.of("e:tim cook"));
    Story sameDay = story("s-same", T, List.of("c"), List.of("e:apple"));
    Story topic = story("s-topic", T, List.of("d"), List.of("e:samsung"));

    List<RelatedStories.Related> r =
        RelatedStories.rank(
            subject(),
            List.of(
                text("s-later", 5, later),
                text("s-earlier", 5, earlier),
                text("s-same", 5, sameDay),
                text("s-topic", 5, topic)),
            id -> Optional.empty(),
            5);

    assertThat(r)
        .extracting(x -> x.storyId() + " " + x.reason())
        .containsExactlyInAnyOrder(
            "s-later follow-up: also about Apple",
            "s-earlier earlier coverage of Tim Cook",
            "s-same same entity: Apple",
            "s-topic same topic");
  }

  // End to end through a data folder, with an embedder that knows two words mean the same topic.

  static final String QUAKE =
      "A magnitude 6.4 earthquake struck the Greek island of Crete on Tuesday, killing two people."
          + " Dozens of buildings were damaged near Arkalochori, officials said.";
  static final String TREMOR =
      "Strong shaking jolted northern Japan early Sunday. Residents of Sapporo fled into streets"
          + " as ceilings cracked; railway operators halted trains while engineers inspected"
          + " tracks.";
  static final String LIBRARY =
      "The city council of Springfield approved a new public library on Monday. It will open in"
          + " 2027 and cost 12 million dollars, council member Ann Lee announced.";

  /** Concept words share a direction; every other word adds a small hashed component. */
  static final Embedder CONCEPTS =
      Embedder.of(
          40,
          texts -> {
            float[][] out = new float[texts.size()][];
            for (int i = 0; i < texts.size(); i++) {
              float[] v = new float[40];
              for (String w : texts.get(i).toLowerCase(Locale.ROOT).split("[^a-z]+")) {
                if (w.isEmpty()) {
                  continue;
                }
                if (Set.of("earthquake", "seismic", "tremor", "shaking", "magnitude").contains(w)) {
                  v[0] += 1;
                } else if (Set.of("council", "library").contains(w)) {
                  v[1] += 1;
                } else {
                  v[2 + Math.floorMod(w.hashCode(), 38)] += 0.05f;
                }
              }
              out[i] = v;
            }
            return out;
          });

  @Test
  void aStoryInOtherWordsIsFoundByMeaningWhenBm25CannotFindIt() throws Exception {
    Path feed = tmp.resolve("feed.jsonl");
    Files.writeString(
        feed,
        NewsroomTest.line(
                "https://a.example/quake",
                "Alpha News",
                "Earthquake hits Crete",
                "2021-09-28T07:00:00Z",
                QUAKE)
            + NewsroomTest.line(
                "https://b.example/hokkaido",
                "Beta Times",
                "Seismic tremor rattles Hokkaido",
                "2023-02-05T03:00:00Z",
                TREMOR)
            + NewsroomTest.line(
                "https://c.example/library",
                "Springfield Post",
                "Council approves library",
                "2022-03-07T09:00:00Z",
                LIBRARY));
    Path data = tmp.resolve("data");
    String quake;
    String tremor;
    try (Newsroom room = Newsroom.open(data).withRelatedEmbedder(CONCEPTS)) {
      room.ingest(List.of(feed.toString()), req -> null, false, false, NewsroomListener.NONE);
      quake = storyOfUrl(room, "https://a.example/quake");
      tremor = storyOfUrl(room, "https://b.example/hokkaido");
      assertThat(quake).isNotEqualTo(tremor);
      assertThat(room.related().vectors().count()).isEqualTo(3);

      // The words leg alone cannot see it: no hit of the quake's query is the tremor story.
      List<SearchIndex.Hit> bm25 =
          room.index().similar("Earthquake hits Crete\n" + QUAKE, "en", 60);
      assertThat(bm25)
          .extracting(h -> room.stories().storyOf(h.id()).orElse(""))
          .doesNotContain(tremor);

      List<RelatedStories.Related> related = room.relatedStories().find(quake, 5);
      assertThat(related)
          .extracting(r -> r.storyId() + " " + r.reason())
          .containsExactly(tremor + " same topic");
      assertThat(room.teaser(tremor))
          .isEqualTo("Strong shaking jolted northern Japan early Sunday.");
    }

    // The vectors are derived: gone, they are rebuilt on first use.
    deleteTree(data.resolve("related"));
    try (Newsroom room = Newsroom.open(data).withRelatedEmbedder(CONCEPTS)) {
      assertThat(room.relatedStories().find(quake, 5))
          .extracting(RelatedStories.Related::storyId)
          .containsExactly(tremor);
      assertThat(room.relatedStories().find(tremor, 5))
          .extracting(RelatedStories.Related::storyId)
          .containsExactly(quake);
    }
  }

  private static String storyOfUrl(Newsroom room, String url) {
    return room.stories().assignments().stream()
        .filter(a -> room.articles().byId(a.articleId()).orElseThrow().url().equals(url))
        .map(a -> room.stories().resolve(a.storyId()))
        .findFirst()
        .orElseThrow();
  }

  private static void deleteTree(Path dir) throws Exception {
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
