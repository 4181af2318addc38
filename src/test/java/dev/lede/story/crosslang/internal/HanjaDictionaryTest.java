package dev.lede.story.crosslang.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.lang.Analyzers;
import java.io.IOException;
import java.io.StringReader;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ko.KoreanReadingFormFilter;
import org.apache.lucene.analysis.ko.KoreanTokenizer;
import org.apache.lucene.analysis.ko.dict.TokenInfoDictionary;
import org.apache.lucene.analysis.ko.dict.TokenInfoFST;
import org.apache.lucene.analysis.ko.tokenattributes.PartOfSpeechAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.util.IntsRef;
import org.apache.lucene.util.fst.FST;
import org.apache.lucene.util.fst.IntsRefFSTEnum;
import org.apache.lucene.util.fst.PositiveIntOutputs;
import org.junit.jupiter.api.Test;

class HanjaDictionaryTest {
  // Han chars of Japanese, Chinese and Korean news in their traditional forms and as written, with
  // a few rare ones, so that runs both hold dictionary words and lack them.
  private static final String HAN =
      "地震發生東京都大統領議會演說北朝鮮核實驗金正日總書記死去日本政府首相選擧投票中國國家主席"
          + "會談經濟韓國首爾釜山津波被害死者行方不明原子力発電所事故千葉縣知事警察逮捕容疑者裁判"
          + "判決米國務長官訪問外交條約發表議員习近平经济韩国鑛龘靐齉";

  @Test
  void theBuildMadeTheCopyAndTheTokenizerReadsWithIt() {
    assertThat(HanjaDictionary.loaded()).isTrue();
  }

  @Test
  void theCopyHoldsEveryWordOfNorisWithoutHangulWithItsOwnIdsAndNoOther() throws Exception {
    FST<Long> copy = FST.read(copyPath(), PositiveIntOutputs.getSingleton());
    TokenInfoFST nori = TokenInfoDictionary.getInstance().getFST();
    FST.BytesReader in = nori.getBytesReader();
    IntsRefFSTEnum<Long> words = new IntsRefFSTEnum<>(copy);
    int n = 0;
    for (IntsRefFSTEnum.InputOutput<Long> w = words.next(); w != null; w = words.next()) {
      assertThat(noriOutput(nori, in, w.input)).as("word %d", n).isEqualTo(w.output);
      for (int i = 0; i < w.input.length; i++) {
        assertThat(Scripts.isHangul(w.input.ints[w.input.offset + i])).isFalse();
      }
      n++;
    }
    // Nori's 774,580 words, of which these hold no Hangul.
    assertThat(n).isEqualTo(124_188);
  }

  @Property(tries = 2000)
  void aHanRunReadsAsNoriReadsItWithItsOwnDictionary(@ForAll("runs") String run)
      throws IOException {
    String text = run + " . ";
    for (KoreanTokenizer.DecompoundMode mode : KoreanTokenizer.DecompoundMode.values()) {
      assertThat(read(HanjaDictionary.tokenizer(mode), text))
          .as("%s %s", run, mode)
          .isEqualTo(read(Analyzers.koreanTokenizer(mode), text));
    }
  }

  @Provide
  Arbitrary<String> runs() {
    return Arbitraries.of(HAN.chars().mapToObj(c -> String.valueOf((char) c)).toList())
        .list()
        .ofMinSize(1)
        .ofMaxSize(8)
        .map(l -> String.join("", l));
  }

  /** Each token as the reading filter leaves it: reading, part of speech and offsets. */
  private static List<String> read(KoreanTokenizer tokenizer, String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = new KoreanReadingFormFilter(tokenizer)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      PartOfSpeechAttribute pos = ts.addAttribute(PartOfSpeechAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      tokenizer.setReader(new StringReader(text));
      ts.reset();
      while (ts.incrementToken()) {
        out.add(
            term
                + "/"
                + pos.getLeftPOS()
                + "/"
                + pos.getRightPOS()
                + "@"
                + offset.startOffset()
                + "-"
                + offset.endOffset());
      }
      ts.end();
    }
    return out;
  }

  private static Long noriOutput(TokenInfoFST fst, FST.BytesReader in, IntsRef word)
      throws IOException {
    FST.Arc<Long> arc = fst.getFirstArc(new FST.Arc<>());
    long output = 0;
    for (int i = 0; i < word.length; i++) {
      arc = fst.findTargetArc(word.ints[word.offset + i], arc, arc, i == 0, in);
      if (arc == null) {
        return null;
      }
      output += arc.output();
    }
    return arc.isFinal() ? output + arc.nextFinalOutput() : null;
  }

  private static Path copyPath() throws URISyntaxException {
    return Path.of(HanjaDictionary.class.getResource(HanjaDictionary.RESOURCE).toURI());
  }
}
