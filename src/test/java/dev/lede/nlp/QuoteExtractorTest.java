package dev.lede.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class QuoteExtractorTest {
  private static Quote only(String text) {
    List<Quote> quotes = QuoteExtractor.extract(text);
    assertThat(quotes).hasSize(1);
    Quote q = quotes.get(0);
    assertThat(text.substring(q.start(), q.end())).isEqualTo(q.text());
    return q;
  }

  @Test
  void speakerAfterTheQuoteIsResolvedToTheFullName() {
    Quote q =
        only(
            "Opposition leader Lee Jae-myung spoke on Monday. \"All our channels are completely"
                + " blocked,\" Lee said.");
    assertThat(q.text()).isEqualTo("All our channels are completely blocked");
    assertThat(q.speaker()).contains("Lee Jae-myung");
    assertThat(q.sentence().text()).startsWith("\"All our channels");
  }

  @Test
  void speakerBeforeAColon() {
    Quote q =
        only("Barack Obama arrived. President Obama said: \u201CWe will see what happens.\u201D");
    assertThat(q.text()).isEqualTo("We will see what happens.");
    assertThat(q.speaker()).contains("Barack Obama");
  }

  @Test
  void speechVerbBeforeTheSpeaker() {
    Quote q = only("\"We think it's the future of notebooks,\" said Steve Jobs.");
    assertThat(q.speaker()).contains("Steve Jobs");
  }

  @Test
  void pronounRefersToTheNearestPersonBeforeTheQuote() {
    Quote q =
        only("Angela Merkel met Apple. \u201CIt went well, and I met Obama there,\u201D she said.");
    assertThat(q.speaker()).contains("Angela Merkel");
  }

  @Test
  void unattributedPronounLeavesTheSpeakerEmpty() {
    Quote q = only("\"The prices will fall again next year,\" one analyst said.");
    assertThat(q.speaker()).isEqualTo(Optional.empty());
  }

  @Test
  void multiSentenceQuoteIsOneQuote() {
    Quote q = only("\u201CWe lost. We will be back. Nobody can stop us,\u201D said Lee Jae-myung.");
    assertThat(q.text()).isEqualTo("We lost. We will be back. Nobody can stop us");
    assertThat(q.speaker()).contains("Lee Jae-myung");
  }

  @Test
  void accordingToIsReportedSpeechNotAQuote() {
    assertThat(QuoteExtractor.extract("According to The Register, Apple will demand lower prices."))
        .isEmpty();
  }

  @Test
  void scareQuotesAreNotQuotes() {
    assertThat(
            QuoteExtractor.extract(
                "Apple opened the \"App Store\" and a \"retina display\" today."))
        .isEmpty();
  }

  @Test
  void koreanQuoteTakesTheNameBeforeIt() {
    Quote q = only("이재명 대표는 \u201C경제가 매우 어렵다\u201D고 말했다.");
    assertThat(q.text()).isEqualTo("경제가 매우 어렵다");
    assertThat(q.speaker()).contains("이재명");
  }

  @Test
  void quoteContinuingIntoTheNextParagraphKeepsItsSpeaker() {
    String text =
        "\u201CThis is the first paragraph of a long statement,\u201D Kim Jong-un said. \u201CAnd"
            + " it goes on\n\n\u201Cinto a second paragraph of the same statement.\u201D";
    List<Quote> quotes = QuoteExtractor.extract(text);
    assertThat(quotes).hasSize(3);
    assertThat(quotes).allSatisfy(q -> assertThat(q.speaker()).contains("Kim Jong-un"));
  }

  @Test
  void everyQuoteInRealArticlesIsAnExactSubstring() {
    int total = 0;
    int attributed = 0;
    for (CorpusFixtures.Doc doc : CorpusFixtures.docs().values()) {
      Analysis a = Nlp.analyze(doc.title(), doc.text(), Optional.empty());
      for (Quote q : a.quotes()) {
        assertThat(doc.text().substring(q.start(), q.end())).isEqualTo(q.text());
        assertThat(q.sentence().start()).isLessThanOrEqualTo(q.start());
        assertThat(q.text()).doesNotStartWith(" ").doesNotEndWith(" ");
        total++;
        attributed += q.speaker().isPresent() ? 1 : 0;
      }
    }
    assertThat(total).isGreaterThan(20);
    assertThat(attributed).isGreaterThan(5);
  }
}
