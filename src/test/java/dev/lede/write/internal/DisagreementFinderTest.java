package dev.lede.write.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.model.Disagreement;
import dev.lede.write.WriterInput;
import dev.lede.write.WriterInputs;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which figures of one quantity disagree: every reading of a value is compared, not its first. */
class DisagreementFinderTest {
  @Test
  void anExactCountConflictsThoughAnotherOutletGaveItsValueAsABound() {
    WriterInput a =
        WriterInputs.on(
            "a",
            "BBC",
            "At least 20 people were killed in the blast in Quetta.\n\nPolice sealed the area.",
            "2011-03-01");
    WriterInput b =
        WriterInputs.on(
            "b",
            "AP",
            "20 people were killed in the blast in Quetta.\n\nShops were shut.",
            "2011-03-01");
    WriterInput c =
        WriterInputs.on(
            "c",
            "CNN",
            "24 people were killed in the blast in Quetta.\n\nSchools were closed.",
            "2011-03-01");
    List<Disagreement> ds =
        DisagreementFinder.find(List.of(Doc.analyze(a), Doc.analyze(b), Doc.analyze(c)));
    assertThat(ds)
        .anySatisfy(
            d -> {
              assertThat(d.kind()).isEqualTo("number");
              assertThat(d.versions()).hasSize(2);
            });
  }
}
