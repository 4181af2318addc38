package dev.lede.write;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.model.Section;
import dev.lede.model.SourceSpan;
import dev.lede.model.WrittenSentence;
import dev.lede.model.WrittenStory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AttributedSentencesTest {
  static final String BBC_TEXT =
      "A powerful earthquake struck the island of Crete on Monday morning. "
          + "At least 11 people were killed as buildings collapsed in the town of Arkalochori. "
          + "Rescue teams worked through the night to reach people trapped under rubble. "
          + "The regional governor said the army would send tents for those left homeless.";
  static final String AP_TEXT =
      "Rescuers in Crete pulled more survivors from collapsed buildings on Tuesday. "
          + "24 people died in the earthquake that struck the island of Crete on Monday. "
          + "Officials said more than 2,000 homes were damaged in Arkalochori. "
          + "Aftershocks kept families sleeping in tents outside their damaged homes.";

  static final WriterInput BBC =
      new WriterInput(
          "bbc",
          Optional.of("Crete earthquake kills 11"),
          BBC_TEXT,
          "BBC",
          Optional.of("https://bbc.example/news/crete"),
          Optional.of(Instant.parse("2021-09-27T09:00:00Z")));
  static final WriterInput AP =
      new WriterInput(
          "ap",
          Optional.of("Crete earthquake toll rises to 24"),
          AP_TEXT,
          "AP",
          Optional.of("https://ap.example/crete"),
          Optional.of(Instant.parse("2021-09-28T10:00:00Z")));

  private final GroundingChecker checker = GroundingChecker.forInputs(List.of(BBC, AP));

  private static List<SourceSpan> bothClauses() {
    return List.of(
        new SourceSpan("bbc", "At least 11 people were killed"),
        new SourceSpan("ap", "24 people died"));
  }

  @Test
  void aReconciliationWhoseClausesEachMatchTheirOutletIsSupported() {
    WrittenSentence s =
        new WrittenSentence(
            "At least 11 people were killed, BBC reported on 27 September;"
                + " 24 people died, AP reported on 28 September.",
            bothClauses());
    assertThat(checker.check(s).problems()).isEmpty();
  }

  @Test
  void aReconciliationSayingWhoReportedWhatWhileTheOtherReportedIsSupported() {
    WrittenSentence s =
        new WrittenSentence(
            "BBC reported on 27 September that at least 11 people were killed,"
                + " while AP reported on 28 September that 24 people died.",
            bothClauses());
    assertThat(checker.check(s).problems()).isEmpty();
    WrittenSentence swapped =
        new WrittenSentence(
            "AP reported on 28 September that at least 11 people were killed,"
                + " while BBC reported on 27 September that 24 people died.",
            bothClauses());
    assertThat(checker.check(swapped).problems()).isNotEmpty();
  }

  @Test
  void swappingTheOutletsOfTwoFiguresIsRefused() {
    WrittenSentence s =
        new WrittenSentence(
            "At least 11 people were killed, AP reported on 28 September;"
                + " 24 people died, BBC reported on 27 September.",
            bothClauses());
    assertThat(checker.check(s).problems()).isNotEmpty();
  }

  @Test
  void aDateTheSourceDoesNotCarryIsNoAttribution() {
    WrittenSentence s =
        new WrittenSentence(
            "At least 11 people were killed, BBC reported on 29 September.",
            List.of(new SourceSpan("bbc", "At least 11 people were killed")));
    assertThat(checker.check(s).supported()).isFalse();
  }

  @Test
  void anOutletThatIsNotCitedCannotBeNamed() {
    WrittenSentence s =
        new WrittenSentence(
            "At least 11 people were killed, according to AP.",
            List.of(new SourceSpan("bbc", "At least 11 people were killed")));
    assertThat(checker.check(s).supported()).isFalse();
  }

  @Test
  void aCheckerWithoutMetadataDoesNotAcceptAttributions() {
    GroundingChecker plain = GroundingChecker.of(java.util.Map.of("bbc", BBC_TEXT, "ap", AP_TEXT));
    WrittenSentence s =
        new WrittenSentence(
            "At least 11 people were killed, BBC reported on 27 September.",
            List.of(new SourceSpan("bbc", "At least 11 people were killed")));
    assertThat(plain.check(s).supported()).isFalse();
    assertThat(checker.check(s).supported()).isTrue();
  }

  @Test
  void aStoryFromTwoDaysReconcilesTheTollOnceAndLedesWithTheLatestDay() {
    WrittenStory story =
        OfflineWriter.lexical()
            .write("crete", List.of(BBC, AP), List.of(), Instant.parse("2021-09-29T00:00:00Z"));
    List<WrittenSentence> all = new ArrayList<>(story.lede());
    for (Section sec : story.sections()) {
      sec.paragraphs().forEach(all::addAll);
    }
    assertThat(all).allMatch(checker::supports);
    List<String> texts = all.stream().map(WrittenSentence::text).toList();
    assertThat(texts)
        .filteredOn(t -> t.contains("BBC reported on 27 September") && t.contains("AP reported"))
        .singleElement()
        .asString()
        .matches("BBC reported on 27 September that .*, while AP reported on 28 September that .*");
    assertThat(story.lede().get(0).sources().get(0).article()).isEqualTo("ap");
    long unattributedTolls =
        texts.stream()
            .filter(t -> !t.contains(" reported on "))
            .filter(t -> t.contains("11 people") || t.contains("24 people"))
            .count();
    assertThat(unattributedTolls).isLessThanOrEqualTo(1);
  }
}
