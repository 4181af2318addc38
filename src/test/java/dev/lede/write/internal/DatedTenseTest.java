package dev.lede.write.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.model.WrittenSentence;
import dev.lede.write.GroundingChecker;
import dev.lede.write.WriterInput;
import dev.lede.write.WriterInputs;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A dated development says when its source reported it, in a form that fits its tense: a past
 * sentence takes the date after it, a present one ("has denied") is put after "X reported on D
 * that".
 */
class DatedTenseTest {
  @Test
  void aPresentTenseDevelopmentOfAnotherDayIsLedByItsDateAndAPastOneEndsWithIt() {
    WriterInput a =
        WriterInputs.on(
            "a",
            "BBC",
            "Greece has denied that its police fired on the crowd.\n\n"
                + "Rioters burned shops in Athens on Sunday.",
            "2008-12-07");
    WriterInput b =
        WriterInputs.on(
            "b", "AP", "Fresh riots were reported in Greece on Saturday.", "2008-12-13");
    List<Doc> docs = List.of(Doc.analyze(a), Doc.analyze(b));
    Chronology chron = Chronology.of(docs);
    GroundingChecker checker = GroundingChecker.forInputs(List.of(a, b));
    StoryEntities entities = new StoryEntities(docs);
    Doc d = docs.get(0);
    Candidate present = Scoring.candidate(d, 0, d.strictDraft(0).orElseThrow(), entities);
    Candidate past = Scoring.candidate(d, 1, d.strictDraft(1).orElseThrow(), entities);

    WrittenSentence p = chron.render(present, chron.latestDay(), checker);
    WrittenSentence q = chron.render(past, chron.latestDay(), checker);

    assertThat(p.text())
        .isEqualTo(
            "BBC reported on 7 December that Greece has denied that its"
                + " police fired on the crowd.");
    assertThat(q.text())
        .isEqualTo("Rioters burned shops in Athens on Sunday, BBC reported on 7" + " December.");
    assertThat(checker.supports(p)).isTrue();
    assertThat(
            chron.render(present, Optional.of(java.time.LocalDate.of(2008, 12, 7)), checker).text())
        .isEqualTo("Greece has denied that its police fired on the crowd.");
  }

  @Test
  void aCommonNounOpeningTheClauseIsLoweredAfterThatWhenItsSourceUsesItInLowerCase() {
    WriterInput a =
        WriterInputs.on(
            "a",
            "Trend",
            "Registration will run until 10 October.\n\n"
                + "The commission opened the registration of candidates on Monday.",
            "2008-10-04");
    WriterInput b =
        WriterInputs.on("b", "AP", "Voters in Turkmenistan cast their ballots.", "2008-10-12");
    List<Doc> docs = List.of(Doc.analyze(a), Doc.analyze(b));
    Chronology chron = Chronology.of(docs);
    GroundingChecker checker = GroundingChecker.forInputs(List.of(a, b));
    StoryEntities entities = new StoryEntities(docs);
    Doc d = docs.get(0);
    Candidate future = Scoring.candidate(d, 0, d.strictDraft(0).orElseThrow(), entities);

    WrittenSentence w = chron.render(future, chron.latestDay(), checker);

    assertThat(w.text())
        .isEqualTo("Trend reported on 4 October that registration will run until 10 October.");
    assertThat(checker.supports(w)).isTrue();
    assertThat(Reconciler.afterThat("Greece will vote on Sunday.", "the greece of old"))
        .as("a name the tagger knows stays capitalised only when its source never lowers it")
        .isEqualTo("greece will vote on Sunday.");
    assertThat(Reconciler.afterThat("Greece will vote on Sunday.", d.input.text()))
        .isEqualTo("Greece will vote on Sunday.");
  }
}
