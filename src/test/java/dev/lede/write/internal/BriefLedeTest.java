package dev.lede.write.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.write.GroundingChecker;
import dev.lede.write.WriterInput;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A multi-source lede opens with the news, not with a brief's fragment of a figure. */
class BriefLedeTest {
  @Test
  void aBriefsShortFigureLineDoesNotOpenAStoryOfSeveralOutletsThoughItScoresBest() {
    List<WriterInput> in =
        List.of(
            WriterInput.of("brief", "latimes", "U.S. Geological Survey puts the magnitude at 6.1."),
            WriterInput.of(
                "nyt",
                "nytimes",
                "A powerful earthquake hit southern Iran on Sunday, causing major destruction in"
                    + " seven villages and killing 10 people."),
            WriterInput.of(
                "bbc", "bbc", "Buildings were toppled on Qeshm island, officials said."));
    List<Doc> docs = new ArrayList<>();
    in.forEach(w -> docs.add(Doc.analyze(w)));
    StoryEntities entities = new StoryEntities(docs);
    List<Candidate> cands = Scoring.candidates(docs, entities, false);
    cands.forEach(c -> c.score = c.text.startsWith("U.S.") ? 1.0 : 0.5);
    List<Candidate> lede =
        LedeSelection.lede(
            docs, cands, Set.of(), GroundingChecker.forInputs(in), entities, Chronology.of(docs));
    assertThat(lede.get(0).text).startsWith("A powerful earthquake");
  }
}
