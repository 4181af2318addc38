package dev.lede.write;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.model.WrittenStory;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A lede sentence that says its source's day (a "today" in a story of several days) still gives the
 * headline its news: the day is an attribution of the lede, not a reason to pass the sentence over
 * for the headline.
 */
class LedeDayHeadlineTest {
  private static WriterInput dated(String id, String day, String text) {
    return WriterInputs.at(id, id + ".com", text, day + "T12:00:00Z");
  }

  /** Dev ECB+ topic 9 (9_11ecbplus, 9_3ecbplus; ECB+ corpus, CC BY 3.0), shortened. */
  @Test
  void aLedeThatSaysItsSourcesDayStillGivesTheHeadlineItsNews() {
    List<WriterInput> in =
        List.of(
            dated(
                "ens-newswire",
                "2009-04-28",
                "The Obama administration today revoked an eleventh-hour Bush-era rule that"
                    + " undermined protections for endangered species. The rule had let agencies"
                    + " skip consultations with wildlife scientists."),
            dated(
                "ucsusa",
                "2009-04-27",
                "More than 1,300 scientists today called on the Interior and Commerce departments"
                    + " to overturn the rule changes. The scientists said the rule weakened the"
                    + " Endangered Species Act."));

    WrittenStory s =
        OfflineWriter.lexical().write("rule", in, List.of(), Instant.parse("2009-04-29T00:00:00Z"));

    String lede = s.lede().get(0).text();
    assertThat(lede).as("the lede says its day").contains("reported on 28 April");
    assertThat(s.headline())
        .as("the headline tells the lede's news")
        .containsIgnoringCase("revoke")
        .doesNotContain("reported");
  }
}
