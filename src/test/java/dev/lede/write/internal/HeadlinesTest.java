package dev.lede.write.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.model.SourceSpan;
import dev.lede.model.WrittenSentence;
import java.util.List;
import org.junit.jupiter.api.Test;

class HeadlinesTest {
  private static WrittenSentence sentence(String text) {
    return new WrittenSentence(text, List.of(new SourceSpan("a1", text)));
  }

  @Test
  void aStateOfThingsWithNoActorYieldsToTheNewsOfTheNextSentence() {
    List<WrittenSentence> ss =
        List.of(
            sentence("The exact reason for the drop is unknown."),
            sentence(
                "The Dow Jones Industrial Average fell 344.65 points at the close of trading."));
    Headlines.Headline h = Headlines.news(ss);
    assertThat(h.text()).startsWith("Dow Jones Industrial Average falls 344.65 points");
    assertThat(h.sentence()).isEqualTo(1);
    assertThat(h.sources()).allSatisfy(s -> assertThat(ss.get(1).text()).contains(s.quote()));
  }

  @Test
  void theLedesFirstSentenceWinsWhenItNamesWhoDidWhat() {
    List<WrittenSentence> ss =
        List.of(
            sentence("Chrysler filed for bankruptcy on Thursday."),
            sentence("Fiat Group agreed to run the company after 2010, officials said."));
    Headlines.Headline h = Headlines.news(ss, "Chrysler bankruptcy");
    assertThat(h.text()).isEqualTo("Chrysler files for bankruptcy");
    assertThat(h.sentence()).isZero();
  }

  @Test
  void aNegatedOrHedgedClauseIsNotPreferredOverAStatedOne() {
    List<WrittenSentence> ss =
        List.of(
            sentence("Most of the bondholders did not exchange GM's US$27 billion debt."),
            sentence("General Motors filed for bankruptcy protection in New York."));
    Headlines.Headline h = Headlines.news(ss);
    assertThat(h.text()).startsWith("General Motors files for bankruptcy protection");
  }

  @Test
  void aHeadlineFromOutsideWithALabelOrAClosingPeriodIsNotInHeadlineStyle() {
    assertThat(Headlines.styleProblem("Dow Jones fall: the exact reason is unknown")).isPresent();
    assertThat(Headlines.styleProblem("Chrysler files for bankruptcy.")).isPresent();
    assertThat(Headlines.styleProblem("Chrysler files for bankruptcy, agrees Fiat alliance"))
        .isEmpty();
    assertThat(Headlines.styleProblem("Lindsay Lohan checks into Betty Ford Center")).isEmpty();
  }
}
