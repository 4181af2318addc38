package dev.lede.story.crosslang.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.lucene.analysis.ko.dict.TokenInfoDictionary;
import org.apache.lucene.analysis.ko.dict.TokenInfoFST;
import org.apache.lucene.util.IntsRef;
import org.apache.lucene.util.fst.FST;
import org.junit.jupiter.api.Test;

class NoriWordsTest {
  // Han chars of Japanese, Chinese and Korean news (shinjitai, simplified and traditional forms),
  // so that random runs both hold dictionary words and lack them.
  private static final String NEWS_HAN =
      "地震発生東京都大統領議会演説北朝鮮核実験金正日総書記死去日本政府首相選挙投票"
          + "中国国家主席习近平会谈经济韩国首尔釜山津波被害死者行方不明原子力発電所事故"
          + "千葉県知事警察逮捕容疑者裁判所判決米国務長官訪問外交條約發表縣議員選擧";

  @Test
  void aRunHoldingADictionaryWordIsAskedOfNoriAndOneWithoutIsNot() {
    assertThat(NoriWords.anyLongWord("地震 . ")).isTrue();
    assertThat(NoriWords.anyLongWord("大統領 . ")).isTrue();
    // Two chars no word of Nori's dictionary begins with, one after the other.
    String none = firstRunWithoutWords();
    assertThat(NoriWords.anyLongWord(none + " . ")).as(none).isFalse();
    assertThat(SinoKorean.noriKeys(none)).as(none).isEmpty();
  }

  @Property(tries = 3000)
  void aRunReadsAsTheKeysNoriReadsInItWhetherOrNotNoriIsAsked(@ForAll("runs") String run) {
    assertThat(SinoKorean.runKeys(run)).isEqualTo(SinoKorean.noriKeys(run));
  }

  @Provide
  Arbitrary<String> runs() {
    return Arbitraries.of(NEWS_HAN.chars().mapToObj(c -> String.valueOf((char) c)).toList())
        .list()
        .ofMinSize(2)
        .ofMaxSize(6)
        .map(l -> String.join("", l));
  }

  @Test
  void noOneCharHanWordOfNorisDictionaryReadsAsTwoSyllablesOrMore() throws IOException {
    // What lets a run without two-char words go unread: each one-char word Nori could take in it
    // reads as one syllable at most (a key needs two).
    TokenInfoDictionary dict = TokenInfoDictionary.getInstance();
    TokenInfoFST fst = dict.getFST();
    FST.BytesReader in = fst.getBytesReader();
    IntsRef ids = new IntsRef();
    int words = 0;
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      if (!Scripts.isHan(c) && !Character.isSurrogate((char) c)) {
        continue;
      }
      FST.Arc<Long> root = fst.getFirstArc(new FST.Arc<>());
      FST.Arc<Long> arc = fst.findTargetArc(c, root, new FST.Arc<>(), false, in);
      if (arc == null || !arc.isFinal()) {
        continue;
      }
      dict.lookupWordIds((int) (arc.output() + arc.nextFinalOutput()), ids);
      for (int i = 0; i < ids.length; i++) {
        int id = ids.ints[ids.offset + i];
        String reading = dict.getReading(id);
        assertThat(reading == null ? 0 : reading.length()).as("U+%X", c).isLessThanOrEqualTo(1);
        assertThat(dict.getMorphemes(id, new char[] {(char) c}, 0, 1)).as("U+%X", c).isNull();
        words++;
      }
    }
    assertThat(words).isGreaterThan(1_000);
  }

  private static String firstRunWithoutWords() {
    for (char a : NEWS_HAN.toCharArray()) {
      for (char b : NEWS_HAN.toCharArray()) {
        String run = "" + a + b;
        if (!NoriWords.anyLongWord(HanForms.traditional(run) + " . ")) {
          return run;
        }
      }
    }
    throw new AssertionError("every pair holds a word");
  }
}
