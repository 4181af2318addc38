package dev.lede.write.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The day a page with no metadata came out, from its dateline line (forms from dev ECB+ pages,
 * topics 6, 10, 20 and 23; ECB+ corpus, CC BY 3.0).
 */
class DatelinesTest {
  @Test
  void aDatelineLineUnderTheTitleGivesThePagesDay() {
    assertThat(Datelines.of("Ten dead in quake\nNov 28, 2005\nA powerful earthquake hit Iran."))
        .contains(LocalDate.of(2005, 11, 28));
    assertThat(
            Datelines.of(
                "Last Updated: Monday, 28 November 2005, 02: 24 GMT\nTen dead in southern Iran"))
        .contains(LocalDate.of(2005, 11, 28));
    assertThat(Datelines.of("Second climber dies at Mt Cook\nSun, 15 Sep 2013\nTwo men died."))
        .contains(LocalDate.of(2013, 9, 15));
    assertThat(Datelines.of("Red Sox rumor\nDecember 15th, 2008, 7: 35 am\nDan Patrick said"))
        .contains(LocalDate.of(2008, 12, 15));
    assertThat(Datelines.of("Gary Ross still in talks\npublished: 2012 - 04 - 04 11: 47: 35\nx"))
        .contains(LocalDate.of(2012, 4, 4));
  }

  @Test
  void aDateInASentenceOfProseOrAnAmbiguousNumericDayIsNoDateline() {
    assertThat(
            Datelines.of(
                "Brian Nichols escaped from the Fulton County courthouse on March 11, 2005, after"
                    + " overpowering a deputy."))
        .isEmpty();
    assertThat(Datelines.of("Office shooting\nUpdated 4 / 9 / 2007 6: 04 PM\nA man shot three."))
        .as("April 9 or September 4")
        .isEmpty();
    assertThat(Datelines.of("Quake\nFebruary 30, 2005\nText.")).isEmpty();
    assertThat(Datelines.of("One\nTwo\nThree\nFour\nNovember 28, 2005"))
        .as("below the top")
        .isEmpty();
  }
}
