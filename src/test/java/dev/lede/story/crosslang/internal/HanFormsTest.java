package dev.lede.story.crosslang.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class HanFormsTest {
  private static final Transliterator ICU_SIMPLIFIED =
      Transliterator.getInstance("Traditional-Simplified");
  private static final Transliterator ICU_TRADITIONAL =
      Transliterator.getInstance("Simplified-Traditional");
  // Pieces of text the rules read: every phrase and character of both transforms' rules
  // (contexts included), and characters no rule names.
  private static final List<String> PIECES = pieces();

  private static List<String> pieces() {
    Set<String> out = new LinkedHashSet<>();
    for (Transliterator t : List.of(ICU_SIMPLIFIED, ICU_TRADITIONAL)) {
      for (String token : t.toRules(false).split("[;\\s>{}\\[\\]]+")) {
        if (!token.isEmpty()) {
          out.add(token);
          token.chars().forEach(c -> out.add(String.valueOf((char) c)));
        }
      }
    }
    out.addAll(List.of("の", "が", "カ", "ー", "한", "국", "A", "7", " ", "。", "、", "\n"));
    return new ArrayList<>(out);
  }

  @Test
  void everyCharacterOfTheUnifiedIdeographsIsConvertedAsIcuConvertsIt() {
    for (char c = 0x4E00; c <= 0x9FFF; c++) {
      String s = String.valueOf(c);
      assertThat(HanForms.simplified(s)).as(s).isEqualTo(ICU_SIMPLIFIED.transliterate(s));
      assertThat(HanForms.traditional(s)).as(s).isEqualTo(ICU_TRADITIONAL.transliterate(s));
    }
  }

  @Test
  void everyPhraseTheRulesNameIsConvertedAsIcuConvertsIt() {
    for (String p : PIECES) {
      assertThat(HanForms.simplified(p)).as(p).isEqualTo(ICU_SIMPLIFIED.transliterate(p));
      assertThat(HanForms.traditional(p)).as(p).isEqualTo(ICU_TRADITIONAL.transliterate(p));
    }
  }

  @Property(tries = 3000)
  void textMadeOfTheRulesPiecesIsConvertedAsIcuConvertsIt(@ForAll("texts") String text) {
    assertThat(HanForms.simplified(text)).isEqualTo(ICU_SIMPLIFIED.transliterate(text));
    assertThat(HanForms.traditional(text)).isEqualTo(ICU_TRADITIONAL.transliterate(text));
  }

  @Test
  void aContextRuleReadsTheCharacterBeforeAsAlreadyConvertedAndTheOneAfterAsWritten() {
    // [一二三...]{只} > 隻: a number before the measure word makes it the traditional 隻.
    assertThat(HanForms.traditional("三只猫")).isEqualTo(ICU_TRADITIONAL.transliterate("三只猫"));
    assertThat(HanForms.traditional("三只猫")).isEqualTo("三隻貓");
    assertThat(HanForms.traditional("只有")).isEqualTo(ICU_TRADITIONAL.transliterate("只有"));
    // {周}[一二三...] > 週
    assertThat(HanForms.traditional("周三")).isEqualTo(ICU_TRADITIONAL.transliterate("周三"));
    assertThat(HanForms.simplified("國際太空站")).isEqualTo("国际太空站");
  }

  @Test
  void textWithoutAnyCharacterToConvertIsReturnedAsItIs() {
    String text = "ソウルで 2024 summit, 한국";
    assertThat(HanForms.simplified(text)).isSameAs(text);
  }

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.of(PIECES).list().ofMinSize(1).ofMaxSize(8).map(l -> String.join("", l));
  }
}
