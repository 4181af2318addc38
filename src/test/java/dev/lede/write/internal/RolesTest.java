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
    assertThat(Roles.roleOf("Paul Howard", d, Map.of("r1", d)).map(n -> n.name()))
        .contains("Fulton County District Attorney Paul Howard");
  }
}
