package dev.lede.write.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.write.WriterInput;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** No sentence about another event: another fight on the same card, an earlier shooting. */
class OffEventTest {
  private static final List<String> TEXTS =
      List.of(
          "Wladimir Klitschko stopped Hasim Rahman in the seventh round in Mannheim on Saturday."
              + " Former champion Riddick Bowe returned to the ring with a decision win over Gene"
              + " Pukall.",
          "Wladimir Klitschko retained his heavyweight titles with a win over Hasim Rahman on"
              + " Saturday. Promoter Tom Loeffler called the win a masterclass by the champion.",
          "Klitschko defended his titles by stopping Rahman in Mannheim, Germany.",
          "Hasim Rahman was stopped by Wladimir Klitschko in seven rounds in Germany.");

  private static Candidate find(List<Candidate> cands, String start) {
    return cands.stream().filter(c -> c.text.startsWith(start)).findFirst().orElseThrow();
  }

  @Test
  void twoPeopleTheStoryNamesNowhereElseTellAnotherEventDespiteAWinInCommon() {
    List<Doc> docs = new ArrayList<>();
    for (int i = 0; i < TEXTS.size(); i++) {
      docs.add(Doc.analyze(WriterInput.of("d" + i, "outlet" + i, TEXTS.get(i))));
    }
    StoryEntities entities = new StoryEntities(docs);
    List<Candidate> cands = Scoring.candidates(docs, entities, true);
    Candidate lede = find(cands, "Wladimir Klitschko retained");
    assertThat(
            OffEvent.offEvent(find(cands, "Former champion Riddick Bowe"), entities, List.of(lede)))
        .isTrue();
    assertThat(OffEvent.offEvent(find(cands, "Promoter Tom Loeffler"), entities, List.of(lede)))
        .as("one new person speaking of this fight's win")
        .isFalse();
  }
}
