package dev.lede.write.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.model.SourceSpan;
import dev.lede.model.WrittenSentence;
import dev.lede.write.GroundingChecker;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A headline passes the same grounding check as the story's sentences: a compression the checker
 * refuses yields to another sentence's. The openings are development sentences (ECB+ topics 1-25,
 * FRANK's first half) whose compressed headline the checker once refused: a word dropped inside a
 * quotation, a clause cut after "she".
 */
class HeadlineGroundingTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Muir told BBC Scotland her veterinary medicine studies will mean she will not be with the"
            + " Scotland team at next year's event on Australia's Gold Coast.",
        "The U.S. Marshals have added to their ” 15 Most Wanted “ list of fugitives a man serving"
            + " three life sentences who escaped custody during his transport from Huntsville,"
            + " Texas, to Stiles, Texas.",
        "A 27 - year - old parolee is found 'cowering in a bathtub' near the house where Jerry"
            + " Ortiz had been shot in the head a few hours earlier.",
        "Crash sends market tumbling down 508 points as traders rush to sell.",
      })
  void aHeadlineIsOnlyEverOneTheGroundingCheckerAccepts(String opening) {
    assertAccepted(
        opening, "The search for the missing teenager went on through the night in Bristol.");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Muir told BBC Scotland her veterinary medicine studies will mean she will not be with the"
            + " Scotland team at next year's event on Australia's Gold Coast.",
      })
  void evenTheLastResortCutIsOneTheCheckerAccepts(String opening) {
    // FRANK dev 40917946: no sentence compresses into a headline, so the last resort cuts one.
    List<WrittenSentence> story =
        List.of(new WrittenSentence(opening, List.of(new SourceSpan("a1", opening))));
    Headlines.Headline h = Headlines.news(story);
    assertThat(GroundingChecker.of(Map.of("a1", opening)).check(h.text(), h.sources()).problems())
        .as("headline %s", h.text())
        .isEmpty();
  }

  private static void assertAccepted(String opening, String next) {
    String text = opening + " " + next;
    List<WrittenSentence> story =
        List.of(
            new WrittenSentence(opening, List.of(new SourceSpan("a1", opening))),
            new WrittenSentence(next, List.of(new SourceSpan("a1", next))));
    Headlines.Headline h = Headlines.news(story);
    assertThat(GroundingChecker.of(Map.of("a1", text)).check(h.text(), h.sources()).problems())
        .as(
            "headline %s: %s",
            h.text(),
            GroundingChecker.of(Map.of("a1", text)).check(h.text(), h.sources()).problems())
        .isEmpty();
  }
}
