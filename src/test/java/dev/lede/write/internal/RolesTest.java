package dev.lede.write.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.model.SourceSpan;
import dev.lede.model.WrittenSentence;
import dev.lede.write.GroundingChecker;
import dev.lede.write.WriterInput;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A person first named with no role gets the role a source writes right before the name. */
class RolesTest {
  private static WrittenSentence from(Doc d, String text) {
    return new WrittenSentence(text, List.of(new SourceSpan(d.id(), text)));
  }

  @Test
  void aPersonFirstNamedWithNoRoleGetsTheRoleASourceWritesBeforeTheName() {
    Doc first =
        Doc.analyze(
            WriterInput.of(
                "t1",
                "Troy Daily",
                "A fired accountant opened fire on his bosses in Troy on Monday.\n\n"
                    + "The gunman looked as if he was hiding something, Troy Police Chief Charles"
                    + " Craft said."));
    Doc second =
        Doc.analyze(
            WriterInput.of(
                "t2",
                "Detroit Wire",
                "The accountant was fired last week, Charles Craft said, but he was still listed"
                    + " on the firm's Web site."));
    GroundingChecker checker = GroundingChecker.forInputs(List.of(first.input, second.input));
    Map<String, Doc> docs = Map.of("t1", first, "t2", second);
    WrittenSentence lede =
        from(first, "A fired accountant opened fire on his bosses in Troy on Monday.");
    String fired =
        "The accountant was fired last week, Charles Craft said, but he was still listed on the"
            + " firm's Web site.";
    Set<String> published = new HashSet<>();
    assertThat(Roles.withRoles(lede, docs, published, checker)).isEqualTo(lede);
    List<WrittenSentence> p =
        List.of(
            Roles.withRoles(from(second, fired), docs, published, checker),
            Roles.withRoles(
                from(second, "The accountant was fired last week, Charles Craft said."),
                docs,
                published,
                checker));
    assertThat(p.get(0).text())
        .isEqualTo(
            "The accountant was fired last week, Troy Police Chief Charles Craft said, but he was"
                + " still listed on the firm's Web site.");
    assertThat(checker.supports(p.get(0))).isTrue();
    assertThat(p.get(1).text()).as("introduced once").contains(", Charles Craft said.");
  }

  @Test
  void aPersonNamedAfterARoleOrBeforeAnAppositionKeepsTheSentenceAsItIs() {
    Doc d =
        Doc.analyze(
            WriterInput.of(
                "r1",
                "Court News",
                "Fulton County District Attorney Paul Howard said the jury had spoken.\n\n"
                    + "Paul Howard, the district attorney, said he would not appeal."));
    GroundingChecker checker = GroundingChecker.forInputs(List.of(d.input));
    WrittenSentence apposition =
        from(d, "Paul Howard, the district attorney, said he would not appeal.");
    assertThat(Roles.withRoles(apposition, Map.of("r1", d), new HashSet<>(), checker))
        .isEqualTo(apposition);
    Doc academy =
        Doc.analyze(
            WriterInput.of(
                "a1",
                "Oscars",
                "Hollywood marketing executive Cheryl Boone Isaacs was elected on Tuesday.\n\n"
                    + "\"Ellen is the ideal host,\" said Cheryl Boone Isaacs, Academy President."));
    WrittenSentence capitalised =
        from(academy, "\"Ellen is the ideal host,\" said Cheryl Boone Isaacs, Academy President.");
    assertThat(
            Roles.withRoles(
                capitalised,
                Map.of("a1", academy),
                new HashSet<>(),
                GroundingChecker.forInputs(List.of(academy.input))))
        .as("a capitalised apposition holding a role is the role")
        .isEqualTo(capitalised);
    assertThat(Roles.roleOf("Paul Howard", d, Map.of("r1", d)).map(n -> n.name()))
        .contains("Fulton County District Attorney Paul Howard");
  }

  @Test
  void aRoleWrittenWithLowerCaseModifiersIsGivenWholeWithThem() {
    Doc navy =
        Doc.analyze(
            WriterInput.of(
                "n1",
                "Navy Wire",
                "Indian forces repulsed the pirates as they were about to board the merchant ship,"
                    + " navy spokesman Commander Nirad Sinha said.\n\n"
                    + "But police chief William J. Bratton would not confirm the reports."));
    Doc other =
        Doc.analyze(
            WriterInput.of(
                "n2",
                "Gulf Times",
                "The pirates are from Somalia and Yemen, Nirad Sinha said.\n\n"
                    + "William J. Bratton said the suspects were arrested on Monday."));
    Map<String, Doc> docs = Map.of("n1", navy, "n2", other);
    GroundingChecker checker = GroundingChecker.forInputs(List.of(navy.input, other.input));
    Set<String> published = new HashSet<>();
    WrittenSentence pirates =
        Roles.withRoles(
            from(other, "The pirates are from Somalia and Yemen, Nirad Sinha said."),
            docs,
            published,
            checker);
    WrittenSentence arrests =
        Roles.withRoles(
            from(other, "William J. Bratton said the suspects were arrested on Monday."),
            docs,
            published,
            checker);
    assertThat(pirates.text())
        .isEqualTo(
            "The pirates are from Somalia and Yemen, navy spokesman Commander Nirad Sinha said.");
    assertThat(arrests.text())
        .isEqualTo("Police chief William J. Bratton said the suspects were arrested on Monday.");
    assertThat(checker.supports(pirates)).isTrue();
    assertThat(checker.supports(arrests)).isTrue();
  }

  @Test
  void aRoleAfterAVerbOrAnArticleStopsThere() {
    Doc d =
        Doc.analyze(
            WriterInput.of(
                "v1",
                "Court News",
                "The company fired accountant Joseph Harris last week.\n\n"
                    + "The club named the assistant general manager Tony Smith as coach."));
    assertThat(Roles.roleOf("Joseph Harris", d, Map.of("v1", d)).map(n -> n.name()))
        .as("a verb before the role is not part of it")
        .isEmpty();
    assertThat(Roles.roleOf("Tony Smith", d, Map.of("v1", d)).map(n -> n.name()))
        .contains("assistant general manager Tony Smith");
  }

  @Test
  void aLowerCaseRoleOpensABodySentenceButNeverTheLedeTheHeadlineIsMadeFrom() {
    Doc d =
        Doc.analyze(
            WriterInput.of(
                "g1",
                "Scotland Daily",
                "Gordon Brown has warned that the nationalists want a second referendum.\n\n"
                    + "The warning came as former prime minister Gordon Brown toured Fife.\n\n"
                    + "Gordon Brown said the vote would decide the union."));
    GroundingChecker checker = GroundingChecker.forInputs(List.of(d.input));
    WrittenSentence lede =
        from(d, "Gordon Brown has warned that the nationalists want a second referendum.");
    WrittenSentence body = from(d, "Gordon Brown said the vote would decide the union.");
    Map<String, Doc> docs = Map.of("g1", d);
    assertThat(Roles.withRoles(lede, docs, new HashSet<>(), checker, false)).isEqualTo(lede);
    assertThat(Roles.withRoles(body, docs, new HashSet<>(), checker).text())
        .isEqualTo("Former prime minister Gordon Brown said the vote would decide the union.");
  }

  /**
   * ECB+ dev topic 16 (16_5ecbplus): an abbreviated role ("Dist. Atty.") is read whole, with the
   * words that name whose role it is, and a sentence's last word before a role is no part of it.
   */
  @Test
  void anAbbreviatedRoleIsReadWholeWithTheWordsBeforeIt() {
    Doc d =
        Doc.analyze(
            WriterInput.of(
                "c1",
                "Metro",
                "Los Angeles County Dist. Atty. Steve Cooley said he expected Orozco to be charged"
                    + " with first-degree murder.\n\n"
                    + "The deputy was shot in Los Angeles. Sheriff Lee Baca was in Kentucky."));
    assertThat(Roles.roleOf("Steve Cooley", d, Map.of("c1", d)).map(Introductions.Named::name))
        .contains("Los Angeles County Dist. Atty. Steve Cooley");
    assertThat(Roles.roleOf("Lee Baca", d, Map.of("c1", d)).map(Introductions.Named::name))
        .contains("Sheriff Lee Baca");
  }
}
