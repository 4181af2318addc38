package dev.lede.story.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class BoilerplateTest {
  private static final Optional<String> OUTLET = Optional.of("Daily Wire");
  private final Boilerplate boilerplate = new Boilerplate(1000);

  private String strip(Optional<String> outlet, String title, String body) {
    return boilerplate.strip(title, body, Boilerplate.keys(outlet, title, body));
  }

  @Test
  void theNextInstalmentOfASeriesIsComparedByItsNewSentencesOnly() {
    strip(
        OUTLET,
        "Morning briefing, 18 August 2014",
        "Good morning, this is the briefing for 18 August. We cover national news only.\n"
            + "The ferry search found nothing.");

    String next =
        strip(
            OUTLET,
            "Morning briefing, 19 August 2014",
            "Good morning, this is the briefing for 19 August. We cover national news only.\n"
                + "Parliament passed the budget.");

    assertThat(next).isEqualTo("Parliament passed the budget.");
  }

  @Test
  void aReportThatIsNoInstalmentKeepsSentencesItsOutletRanBefore() {
    strip(OUTLET, "Ferry sinks off Jindo", "The ferry carried 476 people. Rescuers are searching.");

    String followUp =
        strip(OUTLET, "Ferry captain arrested", "The ferry carried 476 people. Police held him.");

    assertThat(followUp).contains("The ferry carried 476 people.");
  }

  @Test
  void otherOutletsAndArticlesWithoutAnOutletAreLeftWhole() {
    String body = "Good morning, this is the briefing for 18 August. We cover national news only.";
    strip(OUTLET, "Morning briefing, 18 August 2014", body);

    String elsewhere = strip(Optional.of("Other"), "Morning briefing, 19 August 2014", body);
    String anonymous = strip(Optional.empty(), "Morning briefing, 19 August 2014", body);

    assertThat(elsewhere).isEqualTo("Morning briefing, 19 August 2014\n" + body);
    assertThat(anonymous).isEqualTo("Morning briefing, 19 August 2014\n" + body);
  }

  @Test
  void anExactRepeatIsComparedWhole() {
    String body = "The ferry carried 476 people. Rescuers are searching.";
    strip(OUTLET, "Ferry sinks off Jindo", body);

    assertThat(strip(OUTLET, "Ferry sinks off Jindo", body))
        .isEqualTo("Ferry sinks off Jindo\n" + body);
  }
}
