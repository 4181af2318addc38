package dev.lede.write.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.model.SourceSpan;
import dev.lede.model.WrittenSentence;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MetaDescriptionsTest {
  private static List<WrittenSentence> sentences(String... texts) {
    List<WrittenSentence> out = new ArrayList<>();
    for (String t : texts) {
      out.add(new WrittenSentence(t, List.of(new SourceSpan("a", t))));
    }
    return out;
  }

  @Test
  void aLongSentenceLosesItsAttributionAndTimeToFitAsOneSentence() {
    String s =
        "Chrysler filed for bankruptcy protection on Thursday and agreed to an alliance with the"
            + " Italian carmaker Fiat that will keep its plants open, President Barack Obama told"
            + " reporters at the White House.";
    String meta = MetaDescriptions.of(sentences(s), 0);
    assertThat(meta.length()).as(meta).isBetween(121, 156);
    assertThat(meta).startsWith("Chrysler filed for bankruptcy protection").endsWith(".");
    assertThat(meta).doesNotContain("told reporters", "…");
  }

  @Test
  void aSentenceOfTheRightLengthIsUsedWhole() {
    String s =
        "A fire broke out at the Port of Tacoma warehouse on Tuesday night, destroying a storage"
            + " building and injuring 30 people, officials said.";
    assertThat(s.length()).isBetween(121, 156);
    assertThat(MetaDescriptions.of(sentences("Short one.", s), 1)).isEqualTo(s);
  }

  @Test
  void shortSentencesAreJoinedNotPaddedWithAKeyphrase() {
    String meta =
        MetaDescriptions.of(
            sentences(
                "A fire broke out at the Port of Tacoma warehouse on Tuesday night.",
                "Fire chief Maria Lopez said 12 people were killed and 30 were injured."),
            0);
    assertThat(meta.length()).isBetween(121, 156);
    assertThat(meta).doesNotContain(":");
  }
}
