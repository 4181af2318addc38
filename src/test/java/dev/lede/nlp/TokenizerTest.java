package dev.lede.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TokenizerTest {
  @Test
  void wordsKeepHyphensAndApostrophesButNotPossessives() {
    assertThat(Tokenizer.tokenize("Lee Jae-myung's O'Brien don't U.S. 1,200 3.5% AT&T"))
        .extracting(Token::text)
        .containsExactly(
            "Lee", "Jae-myung", "'s", "O'Brien", "don't", "U.S.", "1,200", "3.5", "%", "AT&T");
  }

  @Test
  void kindsAreTold() {
    assertThat(Tokenizer.tokenize("Sales, 3.5 $"))
        .extracting(Token::kind)
        .containsExactly(
            Token.Kind.WORD, Token.Kind.PUNCTUATION, Token.Kind.NUMBER, Token.Kind.SYMBOL);
  }

  @Test
  void koreanWordsKeepParticlesAndHanSplitsPerCharacter() {
    assertThat(Tokenizer.tokenize("오바마는 2008년에 北京에"))
        .extracting(Token::text)
        .containsExactly("오바마는", "2008년에", "北", "京", "에");
  }

  @Test
  void rangeOutsideTheTextIsRejected() {
    assertThatThrownBy(() -> Tokenizer.tokenize("abc", 2, 9))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("range [2, 9) is outside text of length 3");
  }
}
