package dev.lede.write.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Sentences about an earlier event, told apart from the news by the dates they name. */
class EarlierEventsTest {
  private static final Optional<LocalDate> MARCH_4 = Optional.of(LocalDate.of(2009, 3, 4));

  @Test
  void aDayWeeksBeforeTheArticleIsAnEarlierEvent() {
    assertThat(
            Scoring.datedBefore(
                "On January 30, Obama signed an executive order rescinding a Bush policy.",
                MARCH_4))
        .isTrue();
  }

  @Test
  void aDayOfTheArticlesOwnWeekIsTheNews() {
    assertThat(Scoring.datedBefore("Gray was killed on March 2 by police.", MARCH_4)).isFalse();
    assertThat(Scoring.datedBefore("The hearing is set for March 20.", MARCH_4)).isFalse();
  }

  @Test
  void aLateDecemberDayInAJanuaryArticleIsLastYearsAndRecent() {
    Optional<LocalDate> jan2 = Optional.of(LocalDate.of(2009, 1, 2));
    assertThat(Scoring.datedBefore("The fire broke out on December 30.", jan2)).isFalse();
    assertThat(Scoring.datedBefore("The first fire broke out on December 1.", jan2)).isTrue();
  }

  @Test
  void withoutTheArticlesDateNothingIsJudged() {
    assertThat(Scoring.datedBefore("On January 30, Obama signed an order.", Optional.empty()))
        .isFalse();
  }

  @Test
  void aMonthNamedWithAYearIsNotReadAsThisYearsDay() {
    assertThat(Scoring.datedBefore("It opened on January 30, 2001 in Ohio.", MARCH_4)).isFalse();
  }
}
