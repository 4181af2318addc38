package dev.lede.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class NlpPropertiesTest {
  @Provide
  Arbitrary<String> newsLike() {
    Arbitrary<String> pieces =
        Arbitraries.of(
            "Dr.",
            "U.S.",
            "3.5%",
            "\"",
            "\u201C",
            "\u201D",
            ".",
            "...",
            "?",
            "!",
            " ",
            "\n",
            "\n\n",
            "Lee",
            "said",
            "다.",
            "。",
            "！",
            "(",
            ")",
            "No.",
            "5",
            "J.",
            "'s",
            "Inc.",
            "이재명",
            "대표는",
            "\u2026",
            "$1,200",
            "June 5, 2009",
            "\r\n",
            "\t",
            "a",
            "The");
    return pieces.list().ofMaxSize(60).map(l -> String.join("", l));
  }

  @Provide
  Arbitrary<String> anyUnicode() {
    return Arbitraries.strings().all().ofMaxLength(300);
  }

  @Property(tries = 300)
  void sentencesCoverEveryNonSpaceCharInOrder(@ForAll("newsLike") String text) {
    assertCovers(text);
  }

  @Property(tries = 300)
  void sentencesCoverRandomUnicode(@ForAll("anyUnicode") String text) {
    assertCovers(text);
  }

  @Property(tries = 200)
  void tokensAreExactSubstringsInOrder(@ForAll("anyUnicode") String text) {
    int last = 0;
    for (Token t : Tokenizer.tokenize(text)) {
      assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text());
      assertThat(t.start()).isGreaterThanOrEqualTo(last);
      last = t.end();
    }
  }

  @Property(tries = 200)
  void analyzeNeverThrowsAndKeepsOffsetsExact(@ForAll("newsLike") String text) {
    checkAnalysis(text);
  }

  @Property(tries = 150)
  void analyzeNeverThrowsOnRandomUnicode(@ForAll("anyUnicode") String text) {
    checkAnalysis(text);
  }

  private static void checkAnalysis(String text) {
    Analysis a = Nlp.analyze("", text, Optional.empty());
    for (Mention m : a.mentions()) {
      assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
    }
    for (Quote q : a.quotes()) {
      assertThat(text.substring(q.start(), q.end())).isEqualTo(q.text());
    }
    for (Fact f : a.facts()) {
      assertThat(text.substring(f.start(), f.end())).isEqualTo(f.text());
    }
  }

  private static void assertCovers(String text) {
    List<Sentence> sentences = SentenceSplitter.split(text);
    boolean[] covered = new boolean[text.length()];
    int last = 0;
    for (Sentence s : sentences) {
      assertThat(text.substring(s.start(), s.end())).isEqualTo(s.text());
      assertThat(s.start()).isGreaterThanOrEqualTo(last);
      assertThat(s.text()).isNotBlank();
      assertThat(Character.isWhitespace(s.text().charAt(0))).isFalse();
      for (int k = s.start(); k < s.end(); k++) {
        covered[k] = true;
      }
      last = s.end();
    }
    for (int k = 0; k < text.length(); k++) {
      char c = text.charAt(k);
      // U+0085 (NEL) is Unicode White_Space and a line break to the splitter, though not to Java.
      boolean space =
          Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF' || c == '\u0085';
      if (!space) {
        assertThat(covered[k])
            .as("char %d (U+%04X) of %s is in a sentence", k, (int) c, text)
            .isTrue();
      }
    }
  }
}
