package dev.lede.write.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.write.WriterInput;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FiguresAndRestatementsTest {
  @Test
  void aTollIsReadWithItsQualifierAndPredicate() {
    String s = "Officials said at least 11 people were killed in the quake.";
    List<Figures.Figure> fs = Figures.in(s);
    assertThat(fs).hasSize(1);
    assertThat(fs.get(0).key()).endsWith("|killed");
    assertThat(fs.get(0).value()).isEqualTo("11");
    assertThat(s.substring(fs.get(0).start(), fs.get(0).end()))
        .isEqualTo("at least 11 people were killed");
  }

  @Test
  void peopleCountedAsTreatedAfterBeingInjuredAreTheInjuredToll() {
    String a =
        Figures.in(
                "Another news agency quoted the governor as saying five people had received"
                    + " treatment after being injured by the quake.")
            .get(0)
            .key();
    assertThat(a).isEqualTo(Figures.in("The quake injured two people.").get(0).key());
    assertThat(Figures.in("Five people were arrested on Monday after police killed a gunman."))
        .noneMatch(f -> f.key().endsWith("|killed"));
  }

  @Test
  void twoTollsOfTheSameKindShareAKeyAndAnUnrelatedNumberHasNone() {
    String a = Figures.in("24 people died in the earthquake.").get(0).key();
    String b = Figures.in("The quake left 11 people dead.").get(0).key();
    assertThat(a).isEqualTo(b);
    assertThat(Figures.in("The town has 4,000 houses near the coast.")).isEmpty();
  }

  @Test
  void theSameFactFromTwoOutletsIsARestatement() {
    FactSignature a =
        FactSignature.of("Tara Reid paid $5,000 to the clinic on Tuesday, her lawyer said.");
    FactSignature b = FactSignature.of("Reid paid $5,000 to the clinic.");
    assertThat(Restatements.restates(a, b)).isTrue();
    assertThat(a.information()).isGreaterThan(b.information());
  }

  @Test
  void anotherAmountOrAnotherActorIsAnotherFact() {
    FactSignature a = FactSignature.of("Tara Reid paid $5,000 to the clinic.");
    assertThat(Restatements.restates(a, FactSignature.of("Tara Reid paid $9,000 to the clinic.")))
        .isFalse();
    assertThat(
            Restatements.restates(a, FactSignature.of("Lindsay Lohan paid $5,000 to the clinic.")))
        .isFalse();
  }

  @Test
  void aSourceWithoutAPublishedTimeTakesTheDateInItsUrl() {
    WriterInput in =
        new WriterInput(
            "x",
            Optional.empty(),
            "text",
            "latimes.com",
            Optional.of("http://articles.latimes.com/2013/may/03/local/la-me-lohan"),
            Optional.empty());
    assertThat(Attribution.dateOf(in)).contains(LocalDate.of(2013, 5, 3));
    assertThat(Attribution.urlDate("https://x.example/2008/09/17/story.html"))
        .contains(LocalDate.of(2008, 9, 17));
    assertThat(Attribution.urlDate("https://x.example/2008/13/45/story")).isEmpty();
    assertThat(Attribution.urlDate("https://x.example/story/12345")).isEmpty();
    // ECB+ dev 16_9ecbplus and 16_10ecbplus (presstelegram.com): the date as one segment
    assertThat(
            Attribution.urlDate(
                "http://www.presstelegram.com/technology/20070503/judge-sentences-orozco-to-death"))
        .contains(java.time.LocalDate.of(2007, 5, 3));
    assertThat(Attribution.urlDate("https://x.example/news/20071345/story")).isEmpty();
    assertThat(Attribution.urlDate("https://x.example/item/2007050312/story")).isEmpty();
  }

  @Test
  void anAttributionGoesBeforeAPlainFullStopOnly() {
    assertThat(Attribution.append("The dam broke.", "AP reported on 3 May"))
        .contains("The dam broke, AP reported on 3 May.");
    assertThat(Attribution.append("\"We will rebuild,\" she said.\"", "AP reported")).isEmpty();
    assertThat(Attribution.append("Why did it break?", "AP reported")).isEmpty();
  }
}
