package dev.lede.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.lang.WordLists;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Properties of English splitting at abbreviations, on texts made of titles, initials, names,
 * dotted abbreviations, line breaks and ordinary sentence ends. jqwik prints each run's seed.
 */
class AbbreviationPropertiesTest {
  private static final List<String> TITLES =
      WordLists.sections(SentenceSplitter.class, "abbreviations.txt").get("titles").stream()
          .filter(t -> t.length() > 1 && t.indexOf('.') < 0)
          .map(t -> Character.toUpperCase(t.charAt(0)) + t.substring(1) + ".")
          .sorted()
          .toList();
  private static final Set<String> TITLE_WORDS =
      WordLists.sections(SentenceSplitter.class, "abbreviations.txt").get("titles");

  @Provide
  Arbitrary<String> newsWithAbbreviations() {
    Arbitrary<String> piece =
        Arbitraries.oneOf(
            Arbitraries.of(TITLES),
            Arbitraries.of(
                "Tim", "Fanning", "Larry", "Kroon", "L.", "A.", "R.", "The", "He", "County", "said",
                "police", "U.S.", "a.m.", "No.", "5", "Sept.", "Wash.", "St.", "Louis", "Inc.",
                "killed", "\"", ",", "."));
    Arbitrary<String> gap = Arbitraries.of(" ", " ", " ", "\n", "\n\n", "  ");
    return Arbitraries.oneOf(piece, gap).list().ofMaxSize(40).map(l -> String.join("", l));
  }

  @Property(tries = 400)
  void aTitleFollowedInTheSourceByACapitalisedNameNeverEndsASentence(
      @ForAll("newsWithAbbreviations") String text) {
    for (Sentence s : SentenceSplitter.split(text)) {
      String rest = text.substring(s.end());
      String gap = rest.substring(0, rest.length() - rest.stripLeading().length());
      if (gap.isEmpty() || gap.chars().filter(c -> c == '\n').count() > 1) {
        continue; // a blank line always ends a sentence
      }
      String next = rest.strip().split("[\\s\"]", 2)[0];
      boolean name =
          !next.isEmpty()
              && Character.isUpperCase(next.charAt(0))
              && !next.contains(".")
              && next.chars().anyMatch(Character::isLowerCase);
      assertThat(name && endsInTitle(s.text()))
          .as("%s ends in a title before the name %s in %s", s.text(), next, text)
          .isFalse();
    }
  }

  @Property(tries = 400)
  void thePiecesAndTheSpaceBetweenThemGiveBackTheText(
      @ForAll("newsWithAbbreviations") String text) {
    StringBuilder rebuilt = new StringBuilder();
    int last = 0;
    for (Sentence s : SentenceSplitter.split(text)) {
      assertThat(text.substring(last, s.start())).isBlank();
      rebuilt.append(text, last, s.start()).append(s.text());
      last = s.end();
    }
    assertThat(text.substring(last)).isBlank();
    rebuilt.append(text.substring(last));
    assertThat(rebuilt.toString()).isEqualTo(text);
  }

  private static boolean endsInTitle(String sentence) {
    if (!sentence.endsWith(".")) {
      return false;
    }
    int k = sentence.length() - 1;
    int from = k;
    while (from > 0 && Character.isLetter(sentence.charAt(from - 1))) {
      from--;
    }
    String word = sentence.substring(from, k);
    // A word of its own: "Adm.Adm." glued together reads as a dotted abbreviation, not a title.
    boolean lone =
        from == 0
            || !(Character.isLetter(sentence.charAt(from - 1)) || sentence.charAt(from - 1) == '.');
    return lone
        && word.length() > 1
        && Character.isUpperCase(word.charAt(0))
        && TITLE_WORDS.contains(word.toLowerCase(Locale.ROOT));
  }
}
