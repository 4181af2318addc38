package dev.lede.write.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.model.Section;
import dev.lede.model.SourceSpan;
import dev.lede.model.WrittenSentence;
import dev.lede.write.GroundingChecker;
import dev.lede.write.WriterInput;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A bare surname never reaches the reader before the full name it stands for. */
class IntroductionsTest {
  private static final String COURT =
      "Actress Jane Doyle has checked into a clinic in Malibu, her lawyer said on Friday.\n\n"
          + "Prosecutor Terry White told the court that the clinic was not licensed.\n\n"
          + "White said he was completely blindsided by the placement.\n\n"
          + "Doyle, 26, faces a hearing next week.";
  private static final String SPORTS =
      "The Philadelphia 76ers fired coach Maurice Cheeks on Saturday after a loss.\n\n"
          + "General manager Ed Stefanski fired Cheeks with the team at 9-14.\n\n"
          + "Stefanski said the decision was difficult for everyone in the club.\n\n"
          + "Assistant coach Paul Weitz and scout Chris Weitz will lead practice.\n\n"
          + "Weitz said the players were shocked by the news on Saturday.";

  private static final Doc COURT_DOC = Doc.analyze(WriterInput.of("c1", "Court News", COURT));
  private static final Doc SPORTS_DOC = Doc.analyze(WriterInput.of("s1", "Sports", SPORTS));
  private static final GroundingChecker CHECKER =
      GroundingChecker.forInputs(List.of(COURT_DOC.input, SPORTS_DOC.input));
  private static final Map<String, Doc> DOCS = Map.of("c1", COURT_DOC, "s1", SPORTS_DOC);

  private static WrittenSentence from(Doc d, String text) {
    return new WrittenSentence(text, List.of(new SourceSpan(d.id(), text)));
  }

  /**
   * ECB+ dev topic 16 (16_7ecbplus): the name reader takes "Sheriff Lee Baca" for one name and
   * "Sheriff" stands alone in the article, so the name is read without its role, and the role is
   * given back before it as the source writes it: a reader meets "Sheriff Lee Baca", not a "Lee
   * Baca" the story never identifies (dev blind round 27: "Baca and Cooley are never identified").
   */
  @Test
  void aSurnameWhoseFullNameTheReaderTookWithItsRoleIsWrittenOutWithTheRoleBeforeTheName() {
    Doc d =
        Doc.analyze(
            WriterInput.of(
                "b1",
                "Metro",
                "\"This was an assassination of a deputy,\" Sheriff Lee Baca said.\n\n"
                    + "The deputy was found by the Sheriff on the lawn.\n\n"
                    + "Baca returned to Los Angeles for a news conference held Saturday."));
    GroundingChecker checker = GroundingChecker.forInputs(List.of(d.input));
    Section body =
        new Section(
            "What we know",
            List.of(
                List.of(
                    from(d, "Baca returned to Los Angeles for a news conference held Saturday."))));
    Introductions.Result r =
        Introductions.introduce(List.of(), List.of(body), Map.of("b1", d), checker);
    WrittenSentence w = r.sections().get(0).paragraphs().get(0).get(0);
    assertThat(w.text())
        .isEqualTo("Sheriff Lee Baca returned to Los Angeles for a news conference held Saturday.");
    assertThat(checker.supports(w)).isTrue();
  }

  @Test
  void aBareSurnameIsWrittenOutAsTheArticleNamesThatPerson() {
    WrittenSentence lede =
        from(
            COURT_DOC,
            "Actress Jane Doyle has checked into a clinic in Malibu, her lawyer said on Friday.");
    Section body =
        new Section(
            "What we know",
            List.of(
                List.of(
                    from(COURT_DOC, "White said he was completely blindsided by the placement."),
                    from(COURT_DOC, "Doyle, 26, faces a hearing next week."))));
    Introductions.Result r = Introductions.introduce(List.of(lede), List.of(body), DOCS, CHECKER);
    List<WrittenSentence> p = r.sections().get(0).paragraphs().get(0);
    assertThat(p.get(0).text())
        .as("named in full with the role the article gives him")
        .isEqualTo("Prosecutor Terry White said he was completely blindsided by the placement.");
    assertThat(CHECKER.supports(p.get(0))).isTrue();
    assertThat(p.get(1).text()).as("Doyle was introduced in the lede").startsWith("Doyle, 26");
    assertThat(r.rewritten()).isEqualTo(1);
  }

  @Test
  void aSurnameAfterAnInitialIsPartOfTheFullNameAlreadyThere() {
    String text =
        "Dirk Kempthorne, the interior secretary, spoke in Denver on Monday.\n\n"
            + "Interior Secretary Dirk A. Kempthorne said the rule would protect polar bears.";
    Doc d = Doc.analyze(WriterInput.of("i1", "Interior News", text));
    GroundingChecker checker = GroundingChecker.forInputs(List.of(d.input));
    WrittenSentence lede =
        from(d, "Interior Secretary Dirk A. Kempthorne said the rule would protect polar bears.");
    Introductions.Result r =
        Introductions.introduce(List.of(lede), List.of(), Map.of("i1", d), checker);
    assertThat(r.lede().get(0).text()).isEqualTo(lede.text());
    assertThat(Introductions.standsAlone(lede.text(), "Kempthorne", true)).isFalse();
  }

  @Test
  void aSurnameAlreadyIntroducedStaysAsItIs() {
    WrittenSentence lede =
        from(SPORTS_DOC, "General manager Ed Stefanski fired Cheeks with the team at 9-14.");
    Section body =
        new Section(
            "What we know",
            List.of(
                List.of(
                    from(
                        SPORTS_DOC,
                        "Stefanski said the decision was difficult for everyone in the club."))));
    Introductions.Result r = Introductions.introduce(List.of(lede), List.of(body), DOCS, CHECKER);
    assertThat(r.lede().get(0).text())
        .startsWith("General manager Ed Stefanski fired coach Maurice Cheeks");
    assertThat(r.sections().get(0).paragraphs().get(0).get(0).text()).startsWith("Stefanski said");
  }

  @Test
  void aSurnameTwoPeopleShareLeavesItsSentenceOutWhenTheSectionKeepsAnother() {
    WrittenSentence lede =
        from(
            SPORTS_DOC,
            "The Philadelphia 76ers fired coach Maurice Cheeks on Saturday after a loss.");
    Section body =
        new Section(
            "What we know",
            List.of(
                List.of(
                    from(
                        SPORTS_DOC, "Weitz said the players were shocked by the news on Saturday."),
                    from(
                        SPORTS_DOC,
                        "General manager Ed Stefanski fired Cheeks with the team at 9-14."))));
    Introductions.Result r = Introductions.introduce(List.of(lede), List.of(body), DOCS, CHECKER);
    assertThat(r.sections().get(0).paragraphs().get(0))
        .extracting(WrittenSentence::text)
        .noneMatch(t -> t.contains("Weitz"))
        .hasSize(1);
    assertThat(r.dropped()).isEqualTo(1);
  }

  @Test
  void aSurnameWithACapitalInsideIsWrittenOutInFullToo() {
    Doc d =
        Doc.analyze(
            WriterInput.of(
                "d1",
                "Sixers",
                "The Sixers fired coach Maurice Cheeks on Saturday.\n\n"
                    + "Cheeks was replaced by assistant general manager Tony DiLeo.\n\n"
                    + "DiLeo will coach the Sixers in Saturday's game at Washington."));
    GroundingChecker checker = GroundingChecker.forInputs(List.of(d.input));
    WrittenSentence lede = from(d, "The Sixers fired coach Maurice Cheeks on Saturday.");
    WrittenSentence second =
        from(d, "DiLeo will coach the Sixers in Saturday's game at Washington.");
    Introductions.Result r =
        Introductions.introduce(List.of(lede, second), List.of(), Map.of("d1", d), checker);
    assertThat(r.lede().get(1).text())
        .isEqualTo("Tony DiLeo will coach the Sixers in Saturday's game at Washington.");
    assertThat(checker.supports(r.lede().get(1))).isTrue();
    assertThat(Introductions.fullNameShaped(new String[] {"Seth", "MacFarlane"})).isTrue();
    assertThat(Introductions.fullNameShaped(new String[] {"T.J.", "DiLeo"})).isTrue();
    assertThat(Introductions.fullNameShaped(new String[] {"IndependentScott", "Lee"})).isFalse();
  }

  private static final String SHOOTING =
      "Sheriff Lee Baca said the deputy was shot outside an apartment on Friday.\n\n"
          + "That man, Jose Luis Orozco, is now the main suspect in the slaying.\n\n"
          + "The deputy was searching for Orozco because he was a suspect in a shooting, police"
          + " said.\n\n"
          + "Baca returned to Los Angeles for a news conference on Saturday.";
  private static final Doc SHOOTING_DOC =
      Doc.analyze(
          new WriterInput(
              "t1",
              Optional.empty(),
              SHOOTING,
              "Times",
              Optional.empty(),
              Optional.of(Instant.parse("2005-06-26T12:00:00Z"))));

  @Test
  void aSurnameInASentenceThatEndsWithItsSourcesDateIsStillWrittenOut() {
    String said =
        "The deputy was searching for Orozco because he was a suspect in a shooting, police said.";
    WrittenSentence dated =
        new WrittenSentence(
            said.substring(0, said.length() - 1) + ", Times reported on 26 June.",
            List.of(new SourceSpan("t1", said)));
    GroundingChecker checker = GroundingChecker.forInputs(List.of(SHOOTING_DOC.input));
    Introductions.Result r =
        Introductions.introduce(
            List.of(),
            List.of(new Section("What we know", List.of(List.of(dated)))),
            Map.of("t1", SHOOTING_DOC),
            checker);
    assertThat(r.sections().get(0).paragraphs().get(0).get(0).text())
        .contains("searching for Jose Luis Orozco because");
  }

  @Test
  void aSurnameQuotedOnItsOwnIsReadWhereItStandsAloneNotInsideTheFullName() {
    WrittenSentence joined =
        new WrittenSentence(
            "Baca returned to Los Angeles for a news conference on Saturday.",
            List.of(
                new SourceSpan("t1", "Baca"),
                new SourceSpan(
                    "t1", "returned to Los Angeles for a news conference on Saturday.")));
    GroundingChecker checker = GroundingChecker.forInputs(List.of(SHOOTING_DOC.input));
    Introductions.Result r =
        Introductions.introduce(
            List.of(),
            List.of(new Section("What we know", List.of(List.of(joined)))),
            Map.of("t1", SHOOTING_DOC),
            checker);
    assertThat(r.sections().get(0).paragraphs().get(0).get(0).text())
        .endsWith("Lee Baca returned to Los Angeles for a news conference on Saturday.");
  }

  @Test
  void aRoleThatWouldTakeTheLedePastSixtyWordsIsLeftOut() {
    Doc first =
        Doc.analyze(
            WriterInput.of(
                "t1",
                "Troy Daily",
                "The gunman looked as if he was hiding something, Troy Police Chief Charles Craft"
                    + " said."));
    String longLede =
        "The accountant, who had worked at the small firm on Big Beaver Road for more than six"
            + " years before he was let go, was fired last week after a long dispute over his"
            + " hours and his pay, Charles Craft said, but he was still listed on the firm's Web"
            + " site as a senior partner when the shooting began.";
    Doc second = Doc.analyze(WriterInput.of("t2", "Detroit Wire", longLede));
    GroundingChecker checker = GroundingChecker.forInputs(List.of(first.input, second.input));
    Map<String, Doc> docs = Map.of("t1", first, "t2", second);
    assertThat(Words.count(longLede)).isBetween(LedeSelection.LEDE_MAX_WORDS - 3, 60);

    Introductions.Result r =
        Introductions.introduce(List.of(from(second, longLede)), List.of(), docs, checker);
    assertThat(r.lede()).extracting(WrittenSentence::text).containsExactly(longLede);

    String shortLede = "The accountant was fired last week, Charles Craft said.";
    Doc third = Doc.analyze(WriterInput.of("t3", "Detroit Wire", shortLede));
    GroundingChecker checker3 = GroundingChecker.forInputs(List.of(first.input, third.input));
    Introductions.Result named =
        Introductions.introduce(
            List.of(from(third, shortLede)), List.of(), Map.of("t1", first, "t3", third), checker3);
    assertThat(named.lede().get(0).text())
        .as("with room, the lede's person gets the role")
        .contains("Troy Police Chief Charles Craft said");
  }
}
