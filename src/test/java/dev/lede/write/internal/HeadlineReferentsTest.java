package dev.lede.write.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.model.SourceSpan;
import dev.lede.model.WrittenSentence;
import dev.lede.write.StoryPlan.NewsSentence;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HeadlineReferentsTest {
  private static WrittenSentence sentence(String article, String text) {
    return new WrittenSentence(text, List.of(new SourceSpan(article, text)));
  }

  private static Headlines.Headline headline(String text, WrittenSentence from) {
    return new Headlines.Headline(
        text,
        List.of(new SourceSpan(from.sources().get(0).article(), from.text())),
        0,
        Optional.of(from));
  }

  @Test
  void aDefiniteDescriptionSubjectIsToldByTheNameTheSentenceBeforeItGivesAsItsSubject() {
    // Dev FRANK dm-test-1d7372a7 (sentences 0 and 1): "Maverick Tottenham forward posts video of
    // himself" was judged vague, "no name".
    WrittenSentence named =
        sentence(
            "a1",
            "Emmanuel Adebayor is sometimes branded 'eccentric' by pundits, writers and fans alike.");
    WrittenSentence described =
        sentence(
            "a1",
            "After the Maverick Tottenham forward posted a video of himself performing a strange"
                + " jig in front of the Arc de Triomphe in Paris, it is not hard to see why.");
    WrittenSentence tie =
        sentence(
            "a1", "Adebayor, the Togo forward, has scored 11 goals for Tottenham this season.");
    List<NewsSentence> news =
        List.of(
            new NewsSentence(named, 1, 0, 0),
            new NewsSentence(described, 1, 1, 1),
            new NewsSentence(tie, 1, 2, 2));
    Headlines.Headline h =
        HeadlineReferents.named(
            headline("Maverick Tottenham forward posts video of himself", described), news);
    assertThat(h.text()).isEqualTo("Emmanuel Adebayor posts video of himself");
    // Without a sentence putting "forward" with the name, nothing says the forward is Adebayor.
    assertThat(
            HeadlineReferents.named(
                    headline("Maverick Tottenham forward posts video of himself", described),
                    news.subList(0, 2))
                .text())
        .isEqualTo("Maverick Tottenham forward posts video of himself");
    assertThat(h.sources()).contains(new SourceSpan("a1", "Emmanuel Adebayor"));
  }

  @Test
  void anIndefiniteDescriptionOrAnotherArticlesSentenceLeavesTheHeadlineAsItIs() {
    WrittenSentence named =
        sentence("a1", "Eric Allen Kirkpatrick is accused of fatally shooting Benjamin Banky.");
    WrittenSentence described =
        sentence("a1", "A 61-year-old man was charged with first-degree murder in Vancouver.");
    Headlines.Headline h = headline("61-year-old man charged with first-degree murder", described);
    assertThat(
            HeadlineReferents.named(
                    h,
                    List.of(new NewsSentence(named, 1, 0, 0), new NewsSentence(described, 1, 1, 1)))
                .text())
        .isEqualTo(h.text());
    WrittenSentence elsewhere =
        sentence("a2", "Emmanuel Adebayor is sometimes branded 'eccentric' by pundits.");
    WrittenSentence forward =
        sentence("a1", "The Tottenham forward posted a video of himself on Sunday.");
    Headlines.Headline f = headline("Tottenham forward posts video of himself", forward);
    assertThat(
            HeadlineReferents.named(
                    f,
                    List.of(
                        new NewsSentence(elsewhere, 1, 0, 0), new NewsSentence(forward, 1, 1, 1)))
                .text())
        .isEqualTo(f.text());
    // Dev Wikinews 38 (wikinews-129865): the jetliner is no person, and Airbus did not crash.
    WrittenSentence airbus =
        sentence(
            "a1", "Airbus have announced that they will contribute to fund an extended search.");
    WrittenSentence jet =
        sentence("a1", "The Airbus A330 jetliner crashed into the Atlantic Ocean on June 1.");
    Headlines.Headline a = headline("Airbus A330 jetliner crashes into Atlantic Ocean", jet);
    assertThat(
            HeadlineReferents.named(
                    a, List.of(new NewsSentence(airbus, 1, 0, 0), new NewsSentence(jet, 1, 1, 1)))
                .text())
        .isEqualTo(a.text());
  }

  @Test
  void theSentenceBeforesSubjectIsNotTakenForADescriptionOfSomeoneElse() {
    // Review counterexample: the man charged is not the victim.
    WrittenSentence charged = sentence("a1", "John Doe has been charged with murder in Leeds.");
    WrittenSentence victim =
        sentence("a1", "The victim was found stabbed at a flat in Leeds on Sunday.");
    Headlines.Headline h = headline("Victim found stabbed at flat in Leeds", victim);
    assertThat(
            HeadlineReferents.named(
                    h,
                    List.of(new NewsSentence(charged, 1, 0, 0), new NewsSentence(victim, 1, 1, 1)))
                .text())
        .isEqualTo(h.text());
  }
}
