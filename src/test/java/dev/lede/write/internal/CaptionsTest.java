package dev.lede.write.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Photo captions, credits and post lines are never published as sentences. */
class CaptionsTest {
  @Test
  void creditsAndPictureWordsMarkACaption() {
    assertThat(
            Captions.byWords(
                "Smoke rises from the old Matanuska Maid Dairy warehouse in Palmer. (AP Photo/Dan"
                    + " Joling)"))
        .isTrue();
    assertThat(Captions.byWords("Photo: Firefighters at the Waitrose store in Banstead.")).isTrue();
    assertThat(
            Captions.byWords(
                "In this Aug. 21, 2012 file photo, Lindsay Lohan arrives at court in Los"
                    + " Angeles."))
        .isTrue();
    assertThat(Captions.byWords("Tara Reid is pictured with her friends in Malibu.")).isTrue();
    assertThat(
            Captions.byWords(
                "On behalf of Newman, Anzalone & Newman, LLP. posted in Hit and Run Accidents on"
                    + " Friday, September 20, 2013."))
        .isTrue();
  }

  @Test
  void proseAboutPhotographsIsNoCaption() {
    assertThat(
            Captions.byWords(
                "Reid, 33, was infamously photographed topless on the red carpet when her dress"
                    + " slipped off."))
        .isFalse();
    assertThat(Captions.byWords("She refused to have her photograph taken.")).isFalse();
    assertThat(
            Captions.byWords(
                "Photos show the entire two-story building seeming to go up in flames at once."))
        .isFalse();
  }

  @Test
  void aPresentTenseSceneWithAFullDateOrNoFiniteVerbIsACaption() {
    assertThat(
            Captions.byVerbs(
                "Smoke rises from the warehouse in Palmer, Alaska, Tuesday, Aug. 21, 2012."))
        .isTrue();
    assertThat(
            Captions.byVerbs("Firefighters at the scene of the blaze in Banstead on Friday night."))
        .isTrue();
    assertThat(Captions.byVerbs("Reid checked herself in on Tuesday, December 9, 2008."))
        .as("a past event with its date is prose")
        .isFalse();
    assertThat(Captions.byVerbs("New Orleans plays at Seattle on Saturday at 3:30 p.m."))
        .as("a schedule in the present without a year is prose")
        .isFalse();
    assertThat(Captions.byVerbs("Police say the fire began on the roof of the store.")).isFalse();
  }
}
