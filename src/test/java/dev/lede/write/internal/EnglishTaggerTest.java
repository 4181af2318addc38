package dev.lede.write.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EnglishTaggerTest {
  @Test
  void aSentenceAskedAgainGetsTheSameTagsAndChangingOneAnswerLeavesTheNextAlone() {
    String sentence = "The minister resigned on Tuesday after the vote.";
    List<EnglishTagger.Tok> first = EnglishTagger.tag(sentence);
    assertThat(first).extracting(EnglishTagger.Tok::text).startsWith("The", "minister", "resigned");
    assertThat(first.get(2).tagIs("VB")).isTrue();
    first.clear();
    List<EnglishTagger.Tok> again = EnglishTagger.tag(sentence);
    assertThat(again).hasSize(9);
    assertThat(again.get(2).tagIs("VB")).isTrue();
    again.add(again.get(0));
    assertThat(EnglishTagger.tag(sentence)).hasSize(9);
  }
}
