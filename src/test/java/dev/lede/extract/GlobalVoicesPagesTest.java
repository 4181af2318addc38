package dev.lede.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Real Global Voices article pages (CC BY 3.0, see src/test/resources/globalvoices/ATTRIBUTION.md):
 * title, author, the article's first sentence, and no reader comments.
 */
class GlobalVoicesPagesTest {
  private static ExtractedPage load(String file) throws IOException {
    try (InputStream in =
        GlobalVoicesPagesTest.class.getResourceAsStream("/globalvoices/" + file)) {
      assertThat(in).as(file).isNotNull();
      return Extractor.extract(
          in.readAllBytes(), Optional.of("text/html"), "http://globalvoicesonline.org/2009/06/");
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          index_1.html  | Brazil: Amplified conversations to fight the Digital Crimes Bill | Diego Casaes | On May 14th a protest [pt] against the Digital Crimes Bill proposed by Senator Azeredo | It is necessary to go to Brasilia, in large numbers
          index_4.html  | China: A leaking dam? | Oiwan Lam | Chinese information activists have been testing and collecting information about the government sponsored filter software | Global Voices Online: China: A leaking dam? [...]
          index_10.html | Gabon: On President Omar Bongo’s death | Elia Varela Serra | Sunday night, French media announced the death of President Omar Bongo of Gabon, who had spent 41 of his 73 years in power. | Hello Elia,
          index_11.html | Air Bus AF 447: Sorrow, lack of information and sensationalism | Thiana Biondo | The French airbus that vanished from radar on Sunday on its way from Rio de Janeiro, Brazil, to Paris, France, has caused much grieving | I think this type of Journalism unfortunately is what we often get here in Brazil.
          """)
  void articleIsExtractedWithoutComments(
      String file, String title, String author, String firstSentence, String comment)
      throws IOException {
    ExtractedPage page = load(file);

    assertThat(page.title()).contains(title);
    assertThat(page.byline()).contains(author);
    assertThat(page.language()).contains("en");
    assertThat(page.paragraphs()).isNotEmpty();
    assertThat(page.paragraphs().get(0)).startsWith(firstSentence);
    assertThat(page.text()).doesNotContain(comment).doesNotContain("Recent Comments");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "index_1.html, Paulo Teixeira, a PT [Labour Party] member of parliament for São Paulo",
    "index_11.html, Authorities say 58 Brazilians were killed in the crash."
  })
  void laterParagraphsAreKeptToo(String file, String sentence) throws IOException {
    assertThat(load(file).text()).contains(sentence);
  }
}
