package dev.lede.write.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ClauseCompressionTest {
  @Test
  void aTrailingAbsolutePhraseDoesNotKeepTheLeadClauseFromAHeadline() {
    // Dev Wikinews 122475: the lead gave no headline, and a later sentence's "Major indicators in
    // NYSE have gain of around 10 percent" was judged vague.
    String s =
        "Wall Street had its best finish since November 2008 after a four day rally with the stock"
            + " market's indexes seeing their best weekly gain in nearly five months.";
    assertThat(ClauseCompression.candidates(s, 70, java.util.Set.of()))
        .extracting(ClauseCompression.Compressed::text)
        .anyMatch(h -> h.startsWith("Wall Street has its best finish"));
  }

  @Test
  void aPlainAdjectiveGoesBeforeThePlaceThatTellsWhere() {
    // Dev verdict (ECB+ 14): "Large fire breaks out at Waitrose supermarket" was judged vague
    // ("add Wellington"); the whole clause was one char too long.
    String h =
        headline(
            "A LARGE fire broke out at the Waitrose supermarket in Wellington town centre this"
                + " morning.");
    assertThat(h).isEqualTo("Fire breaks out at Waitrose supermarket in Wellington town centre");
  }

  @Test
  void theObjectsPossessivesGoBeforeTheComplementThatNamesTheEvent() {
    // Dev verdict round 26 (ECB+ 11, 11_1ecb): "Voters in Turkmenistan cast their ballots" was
    // judged vague ("add parliamentary election"): the cut dropped the event for "their".
    String h =
        best(
            "Voters in Turkmenistan began to cast their ballots at 8: 00 am local time on Sunday"
                + " in the country's fourth parliamentary election, said reports from Ashgabat,"
                + " Turkmenistan's capital.");
    assertThat(h).isEqualTo("Voters in Turkmenistan cast ballots in fourth parliamentary election");
  }

  @Test
  void anAdjectiveThatSaysWhoIsMeantStaysAndNothingIsDroppedWhenTheClauseFits() {
    assertThat(headline("The former coach of the team died in Boston on Tuesday."))
        .isEqualTo("Former coach of team dies in Boston");
    assertThat(headline("A large fire broke out at a warehouse in Palmer."))
        .isEqualTo("Large fire breaks out at warehouse in Palmer");
    // Dev (FRANK dm 26dff36c): an object's adjective may be its idiom; it stays.
    assertThat(
            headline(
                "England flanker James Haskell has shown off his inner Iron Man in a"
                    + " serious-looking Instagram post."))
        .startsWith("James Haskell shows off his inner Iron Man");
  }

  @Test
  void aVerbOfBeginningOrOfBeingSetGivesWayToTheVerbItIntroduces() {
    // Dev verdict (ECB+ 11): "Voters in Turkmenistan begin to cast their ballots" judged wordy.
    assertThat(
            headline(
                "Voters in Turkmenistan began to cast their ballots at 8: 00 am local time on"
                    + " Sunday in the country's fourth parliamentary election, said reports from"
                    + " Ashgabat, Turkmenistan's capital."))
        .startsWith("Voters in Turkmenistan cast")
        .doesNotContain("begin", "began");
    assertThat(headline("The peace talks are set to resume in Geneva next week."))
        .isEqualTo("Peace talks to resume in Geneva");
    assertThat(headline("The company has started to sell its cars in China."))
        .isEqualTo("Company sells its cars in China");
  }

  @Test
  void atTheAgeOfANumberIsSaidAsHeadlinesSayIt() {
    // Dev verdict (ECB+ 4): "Bettie Page dies of pneumonia at age of 85 in Los Angeles": wordy.
    assertThat(
            headline(
                "Legendary pinup queen Bettie Page died of pneumonia at the age of 85 in a Los"
                    + " Angeles, California, hospital Thursday, a week after suffering a heart"
                    + " attack, according to her agent."))
        .startsWith("Bettie Page dies of pneumonia at 85");
  }

  @Test
  void whatASubjectsRelativeClauseTellsIsAHeadlineOfItsOwn() {
    // Dev verdict (ECB+ 13): "Fire takes piece of Alaska's history" judged vague ("name
    // Palmer/dairy warehouse").
    String sentence =
        "The fire that destroyed the original Matanuska Maid Dairy warehouse in Palmer on Tuesday"
            + " took a piece of Alaska ’ s history.";
    List<String> texts =
        ClauseCompression.candidates(sentence, 70).stream()
            .map(ClauseCompression.Compressed::text)
            .toList();
    assertThat(texts)
        .contains("Fire destroys original Matanuska Maid Dairy warehouse in Palmer")
        .anyMatch(x -> x.startsWith("Fire takes piece of Alaska"));
    // A relative about a person says who is meant (ECB+ 23: "AUSTRALIAN climber watches his
    // brother fall to his death" is no news of the climber who survived).
    assertThat(
            ClauseCompression.candidates(
                    "AN AUSTRALIAN climber who watched his brother fall to his death on New"
                        + " Zealand's highest peak said he was expecting to die that night.",
                    70)
                .stream()
                .map(ClauseCompression.Compressed::text))
        .noneMatch(x -> x.contains("watches"));
  }

  @Test
  void aTimeAgoIsDroppedWholeNotLeavingItsNumberBehind() {
    String h =
        headline(
            "Bueno played for Derby on loan five years ago, but with just five goals in 29 games"
                + " he looked anything like Champions League material.");
    assertThat(h).startsWith("Bueno plays for Derby").doesNotContain("five", "years", "ago");
  }

  @Test
  void aClauseOfTimeOpeningWithTheLastTimeGivesWayToTheMainClause() {
    String h =
        headline(
            "The last time Frank Jordan spoke with his son, Louis Jordan was fishing on a sailboat"
                + " a few miles off the South Carolina coast.");
    assertThat(h).startsWith("Louis Jordan").doesNotContain("Frank", "spoke", "speaks");
  }

  @Test
  void aCompoundSplitAroundItsHyphenIsReadAsOneWordSoTheClauseStillCompresses() {
    // Pre-tokenised text: the tagger read "-" as a colon and "euro" as a verb; no headline came.
    String h =
        best(
            "Thieves pulled off a two million - euro jewellery heist in central Paris on Monday"
                + " morning after smashing their car through the store's front window.");
    assertThat(h).isEqualTo("Thieves pull off two million-euro jewellery heist in central Paris");
  }

  @Test
  void aBoundOnANumberIsNoSuperlativeAndAClauseMayEndBeforeASubordinateClause() {
    String h =
        best(
            "A fire - bomb attack on a bank in Athens left at least three people dead as police"
                + " fought pitched battles with striking protesters.");
    assertThat(h).isEqualTo("Fire-bomb attack on bank in Athens leaves at least three people dead");
  }

  @Test
  void aRelativeTimeBetweenTheSubjectAndItsVerbLeavesTheClauseReadable() {
    // "this morning" before the verb left no subject the compression read: no headline at all.
    String h =
        best(
            "Staunton Police this morning arrested Sharron Diane Crawford Smith, of Staunton, on"
                + " first-degree murder charges in the 1967 slayings of two women.");
    assertThat(h).startsWith("Staunton Police arrest Sharron Diane Crawford Smith");
    assertThat(best("ESPN's Britt McHenry this week found herself in the news."))
        .isEqualTo("ESPN's Britt McHenry finds herself in news");
  }

  @Test
  void aParticipleTheChunkerReadAsAVerbStillOpensTheSubjectItDescribes() {
    // "growing/VBG/B-VP worries/NNS/B-NP": the subject seemed to start with its verb.
    String h =
        best(
            "Just two weeks after China sent global markets into a tumble, growing worries about"
                + " sub-prime mortgage lenders in the United States are sending jitters through"
                + " stock exchanges around the globe.");
    assertThat(h).startsWith("Growing worries about sub-prime mortgage lenders");
  }

  @Test
  void aCapitalisedPluralNounOpeningTheSentenceTakesAPluralVerbAndNamesNoOne() {
    // The models read an unseen capitalised first word as a name: "Robbers steals", "Gunmen kills".
    List<ClauseCompression.Compressed> robbers =
        ClauseCompression.candidates(
            "Robbers stole jewels worth 2 million euros from a store in Paris.", 70);
    assertThat(robbers.get(0).text()).startsWith("Robbers steal jewels");
    assertThat(robbers.get(0).named()).isFalse();
    assertThat(best("Gunmen killed three police officers in an attack on Monday."))
        .startsWith("Gunmen kill three police officers");
  }

  @Test
  void aNameTheStoryUsesAloneKeepsItsSingularVerbThoughItReadsAsAPluralNoun() {
    List<ClauseCompression.Compressed> c =
        ClauseCompression.candidates("Sanders won the primary in Michigan.", 70, Set.of("Sanders"));
    assertThat(c.get(0).text()).isEqualTo("Sanders wins primary in Michigan");
  }

  @Test
  void aRelativeClauseBetweenTheSubjectAndItsVerbGoes() {
    String h =
        best(
            "Parliamentary elections in Turkmenistan which are planned for December 15, 2013, will"
                + " be held on a two - party basis, a message from the Central Commission said.");
    assertThat(h).startsWith("Parliamentary elections in Turkmenistan to be held on two-party");
  }

  @Test
  void whenTheMainClauseGivesNoHeadlineTheNamedActorOfARelativeClauseTellsTheNews() {
    String h =
        best(
            "The injury woes continued Wednesday for the defending Super Bowl champion New Orleans"
                + " Saints, who have placed Pierre Thomas on season - ending reserve.");
    // "have placed": the verb's own agreement says the team's name is plural.
    assertThat(h).isEqualTo("New Orleans Saints place Pierre Thomas on season-ending reserve");
  }

  @Test
  void aParticipleOfNamingAfterANounIsNotTheClausesVerb() {
    String sentence =
        "According to reports, a Muslim woman named Yvonne Hiller shot and killed two co - workers"
            + " at a Kraft plant in Philadelphia.";
    assertThat(ClauseCompression.candidates(sentence, 70))
        .noneMatch(c -> c.verb().equals("name") || c.text().contains("names"));
  }

  @Test
  void aSubjectLongWithPhrasesAfterItsHeadNounLosesThemAllWhenTheLastAloneIsNotEnough() {
    String h =
        best(
            "A 59 - year - old grandmother on her way to a religious service in Richmond Hill last"
                + " Friday was hit and killed by an allegedly drunk driver who fled the scene.");
    assertThat(h).isEqualTo("59-year-old grandmother hit and killed by allegedly drunk driver");
  }

  @Test
  void aClauseOfTimeRightAfterTheVerbIsNoObjectOfIt() {
    String h =
        best(
            "Texas inmate Arcade Joseph Comeaux Jr. escaped when he was being transported to a"
                + " prison in Beaumont from Huntsville.");
    assertThat(h).isEqualTo("Texas inmate Arcade Joseph Comeaux Jr. escapes");
  }

  @Test
  void wordsInCapitalsForEmphasisAreWrittenInLowerCaseButAcronymsStay() {
    assertThat(ClauseCompression.unshouted("HUGE fire destroys store"))
        .isEqualTo("huge fire destroys store");
    assertThat(ClauseCompression.unshouted("FIRE-BOMB attack")).isEqualTo("fire-bomb attack");
    assertThat(ClauseCompression.unshouted("NASA and FIFA agree")).isEqualTo("NASA and FIFA agree");
  }

  /** The first candidate of the sentence, checked as {@link #headline} checks one. */
  @Test
  void aSecondVerbPhraseOfTheSubjectIsReadAsAClauseOfItsOwnKeepingTheSubject() {
    // FRANK dev (dm-test-373f32bd...): the promise of refunds is news beside the apology.
    List<String> cs =
        texts(
            "Manchester City have apologised to supporters and promised to hand out ticket refunds"
                + " after coaches they laid on for free were delayed and missed the kick-off.");
    assertThat(cs)
        .contains(
            "Manchester City apologise to supporters",
            "Manchester City promise to hand out ticket refunds");
  }

  @Test
  void aSecondVerbPhraseWhosePronounMeansTheFirstOnesObjectGivesNoClauseOfItsOwn() {
    // FRANK dev (dm-test-3ba3bde4...): "Brendan Rodgers urges them to learn from chastening".
    assertThat(
            texts(
                "Liverpool manager Brendan Rodgers has reminded Raheem Sterling and Jordon Ibe about"
                    + " their professional responsibilities and urged them to learn from a"
                    + " chastening week."))
        .noneMatch(h -> h.contains("them"));
  }

  @Test
  void aVerbAfterAReportingVerbBelongsToWhatWasReportedNotToTheSpeaker() {
    // "Police said the man fell and died" is no second verb phrase of "Police".
    assertThat(texts("Police said the climber slipped on the ridge and died on Saturday."))
        .noneMatch(h -> h.startsWith("Police die"));
  }

  @Test
  void anOpeningClauseWithASubjectOfItsOwnGivesAClauseWhenTheMainOneTellsNothing() {
    // FRANK dev (dm-test-1d7372a7...): "it is not hard to see why" gave no headline at all.
    String sentence =
        "After the striker posted a video of himself dancing in Paris, it is not hard to see why.";
    List<ClauseCompression.Compressed> cs = ClauseCompression.candidates(sentence, 70);
    assertThat(cs)
        .extracting(ClauseCompression.Compressed::text)
        .containsExactly("Striker posts video of himself dancing in Paris");
    assertThat(ClauseCompression.fromOpeningClause(sentence, cs.get(0))).isTrue();
  }

  @Test
  void aPossessiveInsideAReportedSubjectIsTheSpeakersAndTheHeadlineNamesThem() {
    assertThat(best("Toyota said that half of its factories will close for a week."))
        .isEqualTo("Half of Toyota's factories to close");
  }

  @Test
  void aParticipleDescribingTheSubjectOpensNoPhrase() {
    // ECB+ dev 24_ecb: "Armed" was read as an opening phrase and the raid's aside became the
    // headline ("During raid describes by French media").
    assertThat(
            best(
                "Armed robbers stole gems worth 85 million euros from luxury jewellers in the heart"
                    + " of Paris, during a raid described by French media on Friday."))
        .startsWith("Armed robbers steal gems worth 85 million euros");
    assertThat(headline("Armed with a knife, the man robbed a bank in Paris on Monday."))
        .isEqualTo("Man robs bank in Paris");
  }

  private static List<String> texts(String sentence) {
    return ClauseCompression.candidates(sentence, 70).stream()
        .map(ClauseCompression.Compressed::text)
        .toList();
  }

  private static String best(String sentence) {
    List<ClauseCompression.Compressed> c = ClauseCompression.candidates(sentence, 70);
    assertThat(c).as(sentence).isNotEmpty();
    String h = c.get(0).text();
    assertThat(h.length()).as(h).isLessThanOrEqualTo(70);
    assertOnlySentenceWords(h, sentence);
    return h;
  }

  private static String headline(String sentence) {
    Optional<ClauseCompression.Compressed> c = ClauseCompression.headline(sentence, 70);
    assertThat(c).as(sentence).isPresent();
    String h = c.get().text();
    assertThat(h.length()).as(h).isLessThanOrEqualTo(70);
    assertOnlySentenceWords(h, sentence);
    return h;
  }

  /**
   * Every headline word is the sentence's, but for a verb's ending, the "to" of "will" and the "'s"
   * of a speaker's name standing for "its".
   */
  private static void assertOnlySentenceWords(String headline, String sentence) {
    Set<String> words = new HashSet<>();
    Set<String> lemmas = new HashSet<>();
    for (String w : Words.lowerWords(sentence)) {
      words.add(w);
      lemmas.add(HeadlineVerbs.lemma(w));
    }
    for (String w : Words.lowerWords(headline)) {
      boolean joined = // "36-year-old" written joined from "36 - year - old"
          w.contains("-") && words.containsAll(List.of(w.split("-")));
      assertThat(
              words.contains(w)
                  || joined
                  || w.equals("to")
                  || w.equals("'s") // the speaker's name for "its"
                  || lemmas.contains(HeadlineVerbs.lemma(w)))
          .as("\"%s\" of \"%s\"", w, headline)
          .isTrue();
    }
  }

  @Test
  void aPastEventIsToldInThePresentWithoutTimeOrAttribution() {
    String h =
        headline(
            "Chrysler filed for bankruptcy protection on Thursday and agreed to an alliance with"
                + " Fiat, President Barack Obama said.");
    assertThat(h).startsWith("Chrysler files for bankruptcy");
    assertThat(h).doesNotContain("Thursday", "said", "Obama");
  }

  @Test
  void aSecondVerbAfterAnAdverbIsKeptSoTheOutcomeIsNotLost() {
    List<String> hs =
        ClauseCompression.candidates(
                "A guard at the U.S. Census Bureau headquarters was shot in the abdomen and later"
                    + " died Thursday as part of what began with a suspect kidnapping his own wife.",
                70)
            .stream()
            .map(ClauseCompression.Compressed::text)
            .toList();
    assertThat(hs).anyMatch(h -> h.endsWith("shot in abdomen, later dies"));
  }

  @Test
  void aDenialIsToldInThePresentLikeAnyOtherEvent() {
    String h =
        headline(
            "Greece has denied it will fail to pay a multi-million pound loan following reports"
                + " it has drawn up plans to introduce a parallel currency.");
    assertThat(h).startsWith("Greece denies it will fail to pay");
  }

  @Test
  void aListOfNamesWaitingForItsPhraseIsMarkedCutALastResort() {
    // FRANK dev 3ba3bde4: the judges' "cut" headline "Brendan Rodgers reminds Raheem Sterling
    // and Jordon Ibe" dropped what he reminded them about.
    List<ClauseCompression.Compressed> cs =
        ClauseCompression.candidates(
            "Liverpool manager Brendan Rodgers has reminded Raheem Sterling and Jordon Ibe about"
                + " their professional responsibilities and urged them to learn from a"
                + " chastening week.",
            70);
    assertThat(cs).isNotEmpty();
    assertThat(cs)
        .filteredOn(c -> c.text().endsWith("Ibe") || c.text().endsWith("Raheem Sterling"))
        .allSatisfy(c -> assertThat(c.cut()).as(c.text()).isTrue());
  }

  @Test
  void aSubjectTooLongToFitGivesWayToTheNameTheStoryAlsoUsesAlone() {
    // ECB+ dev topic 18: the whole name leaves the headline at 71 chars.
    String sentence =
        "Constable Tim Fanning says Eric Allen Kirkpatrick is accused of fatally shooting"
            + " Benjamin David Banky.";
    assertThat(ClauseCompression.headline(sentence, 70).filter(c -> !c.cut())).isEmpty();
    assertThat(ClauseCompression.headline(sentence, 70, Set.of("Kirkpatrick", "Banky")))
        .hasValueSatisfying(
            c ->
                assertThat(c.text())
                    .isEqualTo("Kirkpatrick accused of fatally shooting Benjamin David Banky"));
  }

  @Test
  void aSubjectWhoseHeadIsNotTheNameKeepsItsHead() {
    // FRANK dev 270fdae1: the family broke down, not Chris Lane.
    String sentence =
        "The family of murdered Australian baseball player Chris Lane broke down in court as they"
            + " listened to an emergency call revealing the distressing final moments of his life.";
    assertThat(ClauseCompression.candidates(sentence, 70, Set.of("Lane")))
        .noneSatisfy(c -> assertThat(c.text()).startsWith("Lane"));
  }

  @Test
  void anOpeningThatLeansOnALeadInStillGivesTheNews() {
    // Wikinews #56: the news follows a colon after "It was a milestone in aviation history".
    assertThat(
            ClauseCompression.candidates(
                "It was a milestone in aviation history: the first Airbus A380 landed at"
                    + " Singapore's Changi International Airport at 6:40 p.m. (GMT +8) after a"
                    + " 12-hour flight from Airbus ' Delivery Center.",
                70))
        .anySatisfy(
            c ->
                assertThat(c.text())
                    .isEqualTo(
                        "First Airbus A380 lands at Singapore's Changi International Airport"));
  }

  @Test
  void aSubjectsPhraseMayGoWithTheOfInsideAName() {
    // Wikinews #44: "from the People's Republic of China" leaves room for the complement.
    assertThat(
            ClauseCompression.headline(
                "Officials from the People's Republic of China have agreed to purchase 60 Boeing"
                    + " 787 Dreamliner aircraft in a deal worth US$7.2 bn.",
                70))
        .hasValueSatisfying(
            c -> {
              assertThat(c.text()).startsWith("Officials agree to purchase 60 Boeing 787");
              assertThat(c.cut()).isFalse();
            });
  }

  @Test
  void aSecondVerbOfTheSameSubjectFollowsAComma() {
    String h = headline("Chrysler filed for bankruptcy and agreed to an alliance with Fiat.");
    assertThat(h).isEqualTo("Chrysler files for bankruptcy, agrees to alliance with Fiat");
  }

  @Test
  void anOpeningSubordinateClauseAndATrailingAttributionGo() {
    String h =
        headline(
            "After she left rehab, Lindsay Lohan has checked into the Betty Ford Center, her"
                + " lawyer told reporters on Monday.");
    assertThat(h).isEqualTo("Lindsay Lohan checks into Betty Ford Center");
  }

  @Test
  void aReportedFutureTakesToAndItsPronounBecomesTheSpeaker() {
    String h =
        headline(
            "Apple Inc. announced Friday that it will give owners of its new iPhone 4 a free"
                + " case.");
    assertThat(h).startsWith("Apple Inc. to give owners of its new iPhone 4");
  }

  @Test
  void aPassiveLosesItsAuxiliaryAndArticles() {
    String h = headline("A 25-year-old man was arrested in connection with the shooting.");
    assertThat(h.toLowerCase(Locale.ROOT)).startsWith("25-year-old man arrested");
  }

  @Test
  void aPronounSubjectWithNoAntecedentGivesNoHeadline() {
    assertThat(ClauseCompression.headline("She resigned from the board on Monday.", 70)).isEmpty();
  }

  @Test
  void aHeadlineThatCannotFitEndsOnAWholePhraseOrIsNotMade() {
    String s =
        "The European Commission has forced Apple Inc. to lower its prices for media in its United"
            + " Kingdom iTunes store, Apple's online media shop.";
    Optional<ClauseCompression.Compressed> c = ClauseCompression.headline(s, 70);
    c.ifPresent(
        x -> {
          List<String> w = Words.lowerWords(x.text());
          assertThat(w.get(w.size() - 1)).isNotIn("of", "for", "in", "its", "to", "the");
          assertThat(s.substring(x.from(), x.to())).isNotBlank();
        });
    assertThat(c).isPresent();
  }

  @Test
  void asidesInBracketsAndAfterTheSubjectDoNotHideTheReportedNews() {
    String sentence =
        "General Motors Corporation (GM), an American automaker which has filed for bankruptcy"
            + " protection, announced on Friday that the Penske Automotive Group (PAG) was selected"
            + " to purchase Saturn Corporation.";
    List<ClauseCompression.Compressed> cs = ClauseCompression.candidates(sentence, 70);
    assertThat(cs).isNotEmpty();
    ClauseCompression.Compressed c = cs.get(0);
    assertThat(c.text())
        .isEqualTo("Penske Automotive Group selected to purchase Saturn Corporation");
    assertOnlySentenceWords(c.text(), sentence);
    assertThat(sentence.substring(c.from(), c.to())).startsWith("Penske").endsWith("Corporation");
  }

  @Test
  void aNameThatLooksPluralTakesASingularVerbAndKeepsItsAsPhrase() {
    String h =
        ClauseCompression.candidates(
                "The United States's largest car manufacturer General Motors today named Mary Barra"
                    + " as its new chief executive.",
                70)
            .get(0)
            .text();
    assertThat(h).isEqualTo("General Motors names Mary Barra as its new chief executive");
  }

  @Test
  void aPassiveEndsWholeWhenItsTrailingPhrasesDoNotFit() {
    String sentence =
        "A test flight of the new Airbus A380 superjumbo, the largest passenger jet in the world,"
            + " was delayed today after a superficial accident at Suvarnabhumi Airport, which serves"
            + " Bangkok, Thailand.";
    List<ClauseCompression.Compressed> cs = ClauseCompression.candidates(sentence, 70);
    assertThat(cs).isNotEmpty();
    assertThat(cs.get(0).text())
        .startsWith("Test flight of new Airbus A380 superjumbo delayed")
        .doesNotContain("today", "largest", "which");
    assertThat(cs.get(0).verb()).isEqualTo("delay");
    assertThat(cs.get(0).named()).isTrue();
  }

  @Test
  void aCompoundSplitAroundItsHyphenIsWrittenJoined() {
    String h =
        headline("A strong 5.6 -magnitude earthquake jolted part of Qeshm island on Sunday.");
    assertThat(h).contains("5.6-magnitude earthquake").doesNotContain(" -");
    assertThat(headline("Apple passed Wal - Mart to become the No. 1 music seller."))
        .contains("Wal-Mart");
    assertThat(headline("INS Sukanya thwarted a multi - pronged attack by pirates."))
        .contains("multi-pronged attack");
  }

  @Test
  void aDashBeforeAFunctionWordStaysADash() {
    List<ClauseCompression.Compressed> cs =
        ClauseCompression.candidates(
            "The dispute is between the maker of the iPhone - Apple Inc. - and Cisco.", 70);
    assertThat(cs)
        .extracting(ClauseCompression.Compressed::text)
        .noneMatch(h -> h.contains("-and"));
  }

  @Test
  void aVerbFollowedOnlyByATimePhraseEndsTheHeadline() {
    assertThat(
            headline(
                "Stock indexes worldwide rose on Friday, after US bank chief Ben Bernanke said"
                    + " that the US economy was starting to recover."))
        .isEqualTo("Stock indexes worldwide rise");
    assertThat(headline("Stock markets around the world have fallen dramatically today."))
        .isEqualTo("Stock markets around world fall dramatically");
  }

  @Test
  void aReportedPossessiveTakesTheSpeakersName() {
    String h =
        headline(
            "Ford Motor Company said on Tuesday that its sales in the United States rose 43% in"
                + " February compared to the same period last year, as the automaker outsold"
                + " rivals.");
    assertThat(h).startsWith("Ford Motor Company's sales").contains("rise 43%");
  }

  @Test
  void aSpeakersNameKeepsItsOfPart() {
    String h =
        headline(
            "The Bank of America Corporation has announced that it lost US$2.24 billion in the"
                + " third quarter of this year, mainly due to increases in loan losses.");
    assertThat(h).isEqualTo("Bank of America Corporation loses US$2.24 billion in third quarter");
  }

  @Test
  void aParticipleAfterTheSubjectIsNotItsVerb() {
    assertThat(
            ClauseCompression.candidates(
                "Emails exchanged among Air Force officials regarding a deal with Boeing have"
                    + " been entered into the public record.",
                70))
        .extracting(ClauseCompression.Compressed::text)
        .noneMatch(h -> h.startsWith("Emails exchange"));
  }

  @Test
  void theNewsAfterALeadInColonIsCompressed() {
    assertThat(
            ClauseCompression.candidates(
                "It was a milestone in aviation history: the first Airbus A380 landed at"
                    + " Singapore's Changi International Airport after a 12-hour flight.",
                70))
        .extracting(ClauseCompression.Compressed::text)
        .contains("First Airbus A380 lands at Singapore's Changi International Airport");
  }

  @Test
  void theMeasureOfASuperlativeStays() {
    assertThat(
            headline("Wall Street had its best finish since November 2008 after a four day rally."))
        .isEqualTo("Wall Street has its best finish since November 2008");
  }

  @Test
  void wordsInQuotationMarksStayAsWritten() {
    assertThat(
            ClauseCompression.candidates(
                "The minister said \"Syria is doing its best\" to comply with the timetable.", 70))
        .extracting(ClauseCompression.Compressed::text)
        .noneMatch(h -> h.contains("\"Syria doing"));
  }

  @Test
  void aModalMayIsNoMonth() {
    assertThat(
            ClauseCompression.candidates(
                "Steve Jobs believes that this may have a large impact on the film industry.", 70))
        .extracting(ClauseCompression.Compressed::text)
        .noneMatch(h -> h.contains("believes have"));
  }

  @Test
  void theYearOfAnAgeIsNoTimePhrase() {
    String h = headline("A 36 - year - old Australian man died after falling 150 meters.");
    assertThat(h).contains("year");
  }

  @Test
  void aParticipleInsideTheSubjectIsNoAttribution() {
    List<ClauseCompression.Compressed> cs =
        ClauseCompression.candidates(
            "Pre-orders of the recently announced iPhone 4 began Tuesday, overwhelming Apple.", 70);
    assertThat(cs).isNotEmpty();
    assertThat(cs.get(0).text()).startsWith("Pre-orders of").contains("iPhone 4 begin");
  }

  @Test
  void aRelativeClauseDescribingTheSubjectGoesWithItsOwnVerb() {
    String h =
        headline(
            "A convicted sex offender who was the subject of a weeklong manhunt after pulling off a"
                + " daring escape during a prison transfer was captured Monday after authorities"
                + " received several phone tips.");
    assertThat(h).startsWith("Convicted sex offender captured");
    assertThat(h).doesNotContain("manhunt", "subject");
  }

  @Test
  void aParticipleDescribingTheSubjectGoesAndTheClauseEndsWhole() {
    List<ClauseCompression.Compressed> cs =
        ClauseCompression.candidates(
            "A New York woman running an alleged wife-for-hire immigration scheme pleaded not"
                + " guilty Friday based on charges that she married 10 men over 11 years.",
            70);
    assertThat(cs)
        .anySatisfy(
            c -> {
              assertThat(c.text()).isEqualTo("New York woman pleads not guilty");
            });
    assertThat(cs).noneSatisfy(c -> assertThat(c.text()).startsWith("New York woman running"));
  }

  @Test
  void aVerbOfAnotherClauseIsNotTakenForTheSubjectsVerb() {
    assertThat(headline("The company filed for bankruptcy after the bank lost its money."))
        .isEqualTo("Company files for bankruptcy");
    // "running" here is part of "running back", not a participle describing the Saints.
    assertThat(
            ClauseCompression.candidates(
                "New Orleans Saints running back Reggie Bush has been placed on injured reserve"
                    + " and will miss the final two games of the regular season.",
                70))
        .noneSatisfy(c -> assertThat(c.text()).startsWith("New Orleans Saints placed"));
  }

  @Test
  void aClauseEndingBeforeWhatDefinesItsLastNounOrItsAsPhraseIsNoHeadline() {
    // FRANK dev: "Ian Wright confirmed" and "Ian Wright confirmed as man" were both cut.
    List<ClauseCompression.Compressed> cs =
        ClauseCompression.candidates(
            "Arsenal legend Ian Wright has been confirmed as the man who will present AP McCoy"
                + " with his 20th and final champion jockeys trophy at Sandown on Saturday.",
            70);
    assertThat(cs)
        .filteredOn(c -> c.text().endsWith(" man") || c.text().endsWith("confirmed"))
        .allSatisfy(c -> assertThat(c.cut()).as(c.text()).isTrue());
    assertThat(ClauseCompression.headline("Airbus said it will contribute $12 million.", 70))
        .hasValueSatisfying(c -> assertThat(c.text()).doesNotEndWith("contribute"));
  }

  @Test
  void aCurrencySymbolIsPartOfTheAmountNeverTheVerb() {
    assertThat(headline("The club paid £22,100 for the statue, the report said."))
        .isEqualTo("Club pays £22,100 for statue");
    assertThat(
            ClauseCompression.candidates(
                "The debt of a divorced retiree averages £22,100, Prudential found.", 70))
        .noneMatch(c -> c.verb().equals("£") || c.text().contains("£ 22"));
  }

  @Test
  void anOpeningQuotationMarkKeepsItsSpaceAndAClosingOneNone() {
    String h =
        headline(
            "Emmanuel Adebayor is sometimes branded 'eccentric' by pundits, writers and fans.");
    assertThat(h).contains(" 'eccentric' ").doesNotContain("branded'");
  }

  @Test
  void aPhraseClosingTheSubjectGoesBeforeTheVerbLosesWhatItNeeds() {
    assertThat(
            headline(
                "An argument between two Brisbane neighbours over noise levels has ended in"
                    + " tragedy with one man dead and another charged with manslaughter."))
        .isEqualTo("Argument between two Brisbane neighbours ends in tragedy");
  }

  @Test
  void aShorterSubjectIsNotTakenWhenItLosesTheNameThatSaysWhere() {
    assertThat(
            headline(
                "Trading on Russia's major stock markets has been suspended for a second"
                    + " consecutive day due to the ongoing turmoil in the financial markets around"
                    + " the world."))
        .contains("Russia");
  }

  @Test
  void aSubjectInCommonNounsNamedInAnAsideBetweenCommasIsToldByTheName() {
    assertThat(
            headline(
                "Irish low cost airline, Ryanair, announced today that it is exercising its options"
                    + " with Boeing to purchase five new 737 aircraft."))
        .startsWith("Ryanair ")
        .doesNotContain("airline");
  }

  @Test
  void aDescriptionWithAnOfPhraseNamedInAnAsideBetweenCommasIsToldByTheName() {
    // Dev ECB+ 4_ecbplus (4_4ecbplus.xml): "Golden girl of screen and pool dies peacefully in her
    // sleep aged 91" was judged vague, "never names Esther Williams".
    assertThat(
            headline(
                "Golden girl of screen and pool, Esther Williams, has died peacefully in her sleep"
                    + " aged 91."))
        .startsWith("Esther Williams dies")
        .doesNotContain("Golden");
  }

  @Test
  void aDescriptionNamedInAnAsideWithItsOwnTheIsToldByTheName() {
    // Dev Wikinews 58 (wikinews-8951): "World's largest passenger aircraft makes its maiden
    // flight" never said which aircraft.
    assertThat(
            headline(
                "The world's largest passenger aircraft, the Airbus A380, has made its maiden flight"
                    + " after lifting off from Toulouse in France."))
        .startsWith("Airbus A380 makes its maiden flight")
        .doesNotContain("largest");
  }

  @Test
  void anAdjectiveOfACompoundBeforeItsNounIsNoPlainAdjectiveToDrop() {
    List<EnglishTagger.Tok> t = EnglishTagger.tag("The low cost airline flew to Paris.");
    boolean[] keep = new boolean[t.size()];
    java.util.Arrays.fill(keep, true);
    boolean[] lighter = Modifiers.withoutAdjectives(t, keep, 0, t.size());
    assertThat(lighter == null || lighter[1]).as("'low' of 'low cost airline' kept").isTrue();
  }

  @Test
  void aDayAfterAVerbGoesWithItsPreposition() {
    String h =
        headline(
            "The trial is set to begin on Wednesday in the Royal Courts of Justice, located in"
                + " central London.");
    assertThat(h).doesNotContain("Wednesday").doesNotContain(" on in ").doesNotEndWith(" on");
  }

  @Test
  void aPhraseIsNotCutBetweenItsNounAndWhatCompletesIt() {
    String sentence =
        "Apple Inc. announced Friday that it will give owners of its new iPhone 4 a free case in"
            + " response to mounting concerns over the device's antenna placement.";
    for (ClauseCompression.Compressed c : ClauseCompression.candidates(sentence, 70)) {
      assertThat(c.text()).doesNotEndWith("in response");
    }
  }

  @Test
  void anAttributionWhoseReportedClauseIsCutIsMarkedCutNotPublishedAsWhole() {
    String sentence =
        "Spokeswoman Sandy Angers says that a team formed to look into the crash will report"
            + " next week.";
    for (ClauseCompression.Compressed c : ClauseCompression.candidates(sentence, 70)) {
      assertThat(c.cut() || !c.text().endsWith("to look")).as(c.text()).isTrue();
    }
  }

  @Test
  void aNegatedContractionIsTaggedAsTheVerbAndItsNegation() {
    String sentence =
        "Louis Jordan, 37, took his 35-foot sailboat out in late January and hadn't been heard"
            + " from in 66 days.";
    for (ClauseCompression.Compressed c : ClauseCompression.candidates(sentence, 70)) {
      assertThat(c.text()).doesNotContain("hadn", "ns't");
    }
    assertThat(EnglishTagger.tag("He hadn't been heard from.").stream().map(t -> t.text()))
        .contains("had", "n't");
  }

  @Test
  void aReadingThatKeepsTheObjectsNameBeatsOneThatDropsIt() {
    String h =
        headline(
            "Police in Maryland have issued a warrant for the arrest of 26-year-old karate"
                + " instructor Alexander Soumbadze who has been charged with eight counts of child"
                + " pornography.");
    assertThat(h).contains("Alexander Soumbadze").doesNotContain("26-", "26 ");
  }

  @Test
  void aParticipleDescribingASubjectWithoutANameKeepsTheNameItHolds() {
    String h =
        headline(
            "A series of images capturing the late actor Peter O’Toole on set for the last time"
                + " have been released in conjunction with today’s release of Fall of an Empire.");
    assertThat(h).contains("Peter O’Toole").contains("released").doesNotContain("set", "time");
  }

  @Test
  void commasClosingAnOpeningPhraseAreNotReadAsAnAsideAfterTheSubject() {
    String sentence =
        "Dotted among scrubland, placed in seemingly random spots, these huge arrows were once"
            + " markers for early airmail flights across the US.";
    for (ClauseCompression.Compressed c : ClauseCompression.candidates(sentence, 70)) {
      assertThat(c.text()).doesNotContain("scrubland these");
    }
  }

  @Test
  void aParticipleAsideInTheReportedSubjectGoesAndTheReportedNewsLeads() {
    String sentence =
        "United States airframer Boeing has announced that development of a replacement for their"
            + " 737 narrowbody airliner, begun two years ago, has been pushed back several years.";
    List<ClauseCompression.Compressed> cs = ClauseCompression.candidates(sentence, 70);
    assertThat(cs).anySatisfy(c -> assertThat(c.text()).contains("pushed back"));
    assertThat(cs).noneMatch(c -> !c.cut() && c.text().startsWith("Boeing announces"));
  }

  @Test
  void aReportedWouldIsTheFutureOfThenAndASumOfMoneyEndsAHeadline() {
    String sentence =
        "Australian Prime Minister John Howard and federal industry minister Ian MacDonald today"
            + " announced that the federal government would be providing Ford Australia with a"
            + " AU$52.5 million (US$40.4 million) \"financial assistance package\".";
    List<String> texts =
        ClauseCompression.candidates(sentence, 70).stream()
            .map(ClauseCompression.Compressed::text)
            .toList();
    assertThat(texts).contains("Federal government to provide Ford Australia with AU$52.5 million");
  }

  @Test
  void aReportedSubjectNamingTheSpeakerByItsKindBecomesTheSpeakersName() {
    String h =
        headline(
            "The Hartwell Corporation has announced that the corporation is selling its bus"
                + " division to Moreno Capital.");
    assertThat(h).startsWith("Hartwell Corporation").contains("bus division");
    // Another company than the speaker stays what it is.
    assertThat(
            headline(
                "The Hartwell Corporation has announced that the bank is selling its bus division"
                    + " to Moreno Capital."))
        .doesNotStartWith("Hartwell");
  }

  @Test
  void aFigureRestatedRoughlyBetweenCommasGoesAndTheObjectAfterItStays() {
    String sentence =
        "Carmaker Hartwell Motors has said that it wants to close 412, or about a third, of its"
            + " 1,250 dealers by June.";
    assertThat(ClauseCompression.candidates(sentence, 70))
        .extracting(ClauseCompression.Compressed::text)
        .anySatisfy(t -> assertThat(t).contains("close 412 of its 1,250 dealers"));
  }

  @Test
  void aParticipleWithItsAgentDescribesTheSubjectAndIsNotItsVerb() {
    for (String sentence :
        List.of(
            "Research carried out by the Hartwell Institute found that support fell to nine per"
                + " cent.",
            "A survey carried out by the Hartwell Institute found that support fell to nine per"
                + " cent.")) {
      assertThat(ClauseCompression.candidates(sentence, 70))
          .extracting(ClauseCompression.Compressed::text)
          .isNotEmpty()
          .allSatisfy(t -> assertThat(t).doesNotContain("carries out").contains("finds"));
    }
  }

  @Test
  void aClockTimeSaidInPassingGoesWholeAndNeverEndsAHeadlineMidTime() {
    // Dev ECB+ 11_ecb and 14_ecbplus: the colon of a spaced "8: 00" closed the clause, and
    // "Voters in Turkmenistan cast their ballots at 8" was judged cut.
    for (String sentence :
        List.of(
            "Voters in Hartland began to cast their ballots at 8: 00 am local time on Sunday in the"
                + " country's fourth parliamentary election, said reports from the capital.",
            "Robert Hartwell, 24, is accused of setting fire to the Fairmart store in Wellington"
                + " shortly after 06: 00 BST.",
            "Robert Hartwell set fire to the Fairmart store in Wellington at 9.30pm on Sunday.")) {
      assertThat(ClauseCompression.candidates(sentence, 70))
          .extracting(ClauseCompression.Compressed::text)
          .isNotEmpty()
          .allSatisfy(t -> assertThat(t).doesNotContainPattern("\\d$|\\d[:.]|\\b[ap]m\\b"));
    }
    assertThat(
            ClauseCompression.candidates(
                "Robert Hartwell set fire to the Fairmart store in Wellington at 9.30pm.", 70))
        .extracting(ClauseCompression.Compressed::text)
        .contains("Robert Hartwell sets fire to Fairmart store in Wellington");
  }

  @Test
  void aFeatureLeadThatFindsItsSubjectSomewhereIsReadAsTheNewsOfItsParticiple() {
    // Dev ECB+ 12_ecbplus: "Indian Naval Ship Sukanya finds herself" was judged cut; the news
    // (the thwarted attack) came after the feature verb.
    String sentence =
        "Naval Ship Hartwell, presently deployed on patrols in the Gulf of Aden under the control"
            + " of the Western Command, found herself once again in the thick of things, thwarting"
            + " a multiple-boat piracy attack on 10 Nov 11.";
    List<String> texts =
        ClauseCompression.candidates(sentence, 70).stream()
            .map(ClauseCompression.Compressed::text)
            .toList();
    assertThat(texts)
        .anyMatch(h -> h.matches("(?:Naval Ship )?Hartwell thwarts multiple-boat piracy attack.*"));
    ClauseCompression.Compressed c =
        ClauseCompression.reflexiveNews(sentence, 70, Set.of()).orElseThrow();
    assertThat(sentence.substring(c.from(), c.to()))
        .matches("(?s)(?:Naval Ship )?Hartwell,.*thwarting a multiple-boat piracy attack.*");
  }

  @Test
  void aFigureRestatedInAnotherUnitBetweenCommasGoesSoTheClauseGoesOn() {
    // Dev Wikinews 121416: "Dow Jones Industrial Average falls by 3.41%" was judged vague; the
    // clause stopped at the comma before the same fall in points.
    String s =
        "The Dow Jones Industrial Average fell by 3.41%, or 251.4 points, to end the day at"
            + " 7,114.3, its lowest level since October 1997.";
    assertThat(ClauseCompression.candidates(s, 70, Set.of()))
        .extracting(ClauseCompression.Compressed::text)
        .contains("Dow Jones Industrial Average falls by 3.41% to end day at 7,114.3");
  }

  @Test
  void aPlaceWithItsStateBeforeTheNounItDescribesOpensNoAsideInTheSubject() {
    // Dev ECB+ 18_ecbplus, the lede's first sentence: it gave no headline, and the picker fell to
    // another article's "Fired accountant buys shotgun day" (dev round 25: garbled, cut, side).
    assertThat(
            texts(
                "Troy, Mich. police said Anthony LaCalamita III, 38, targeted two managers and"
                    + " also may have intended to shoot another one."))
        .contains("Anthony LaCalamita III targets two managers");
  }
}
