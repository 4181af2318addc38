package dev.lede.write.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.model.SourceSpan;
import dev.lede.model.WrittenSentence;
import dev.lede.write.WriterInput;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Once a toll is reconciled, the lede states one value of it, not two side by side. */
class ReconciledLedeTest {
  private static int ids;

  private static Candidate candidate(String text) {
    Doc d = Doc.analyze(WriterInput.of("r" + ids++, "outlet" + ids, text));
    return Scoring.candidate(d, 0, d.strictDraft(0).orElseThrow(), new StoryEntities(List.of(d)));
  }

  @Test
  void aSecondLedeSentenceWithAnotherTollGoesAndTheFirstStays() {
    Candidate first = candidate("An earthquake in southern Iran killed 10 people on Sunday.");
    Candidate second =
        candidate("A powerful quake destroyed several villages, killing at least 3 people.");
    Candidate agreeing = candidate("Rescuers said 10 people were killed in the villages.");
    String key = Figures.in(first.text).get(0).key();
    assertThat(Figures.in(second.text)).extracting(Figures.Figure::key).contains(key);
    Reconciler.Reconciled r =
        new Reconciler.Reconciled(
            key,
            Set.of("10", "3"),
            "3",
            new WrittenSentence(first.text, List.of(new SourceSpan(first.doc.id(), first.text))));
    List<Candidate> lede = new ArrayList<>(List.of(first, second));
    List<Candidate> body = new ArrayList<>(List.of(agreeing));
    Redundancy.dropConflicting(lede, body, List.of(r));
    assertThat(lede).containsExactly(first);
    assertThat(body).containsExactly(agreeing);
  }

  @Test
  void aSentenceWhoseFigureTheReconciliationQuotesIsNotToldAgain() {
    Candidate head = candidate("A strong earthquake jolted Qeshm island in the Gulf on Sunday.");
    Candidate second =
        candidate(
            "According to the ISNA news agency, the quake on the outskirts of Dargahan injured two"
                + " people.");
    Candidate aftershocks = candidate("The quake was followed by aftershocks on Monday.");
    String key = Figures.in(second.text).get(0).key();
    String told =
        "AFP reported that the quake hit an island off Iran on Sunday, injuring five people, while"
            + " ISNA reported that the quake on the outskirts of Dargahan injured two people.";
    Reconciler.Reconciled r =
        new Reconciler.Reconciled(
            key,
            Set.of("5", "2"),
            "2",
            new WrittenSentence(told, List.of(new SourceSpan(second.doc.id(), second.text))));
    List<Candidate> lede = new ArrayList<>(List.of(head, second));
    List<Candidate> body = new ArrayList<>(List.of(aftershocks));
    Redundancy.dropConflicting(lede, body, List.of(r));
    assertThat(lede).containsExactly(head);
    assertThat(body).containsExactly(aftershocks);
  }
}
