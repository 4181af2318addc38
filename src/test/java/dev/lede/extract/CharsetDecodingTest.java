package dev.lede.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.extract.internal.HtmlDecoder;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CharsetDecodingTest {
  private static final String TEXT =
      "Le café de la gare a rouvert après des années de fermeture, à la joie des habitants du"
          + " quartier qui s'y retrouvent désormais chaque matin.";

  private static byte[] bytes(String html, Charset cs) {
    return html.getBytes(cs);
  }

  private static String body(String head) {
    return "<html><head>"
        + head
        + "</head><body><div class=\"article-body\"><p>"
        + TEXT
        + "</p><p>"
        + TEXT
        + "</p></div></body></html>";
  }

  @Test
  void headerCharsetIsUsedForLegacyBytes() {
    byte[] b = bytes(body(""), Charset.forName("ISO-8859-1"));
    ExtractedPage page = Extractor.extract(b, Optional.of("text/html; charset=ISO-8859-1"), "");

    assertThat(page.paragraphs()).containsExactly(TEXT, TEXT);
  }

  @Test
  void metaCharsetIsUsedWhenTheHeaderHasNone() {
    byte[] b = bytes(body("<meta charset=\"windows-1252\">"), Charset.forName("windows-1252"));

    assertThat(Extractor.extract(b, Optional.of("text/html"), "").paragraphs())
        .containsExactly(TEXT, TEXT);
    assertThat(HtmlDecoder.decode(b, Optional.of("text/html")).source()).isEqualTo("meta");
  }

  @Test
  void httpEquivContentTypeIsUnderstood() {
    String head = "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\">";
    byte[] b = bytes(body(head), Charset.forName("ISO-8859-1"));

    assertThat(Extractor.extract(b, Optional.empty(), "").paragraphs()).containsExactly(TEXT, TEXT);
  }

  @Test
  void metaInsideACommentIsIgnored() {
    byte[] b =
        bytes(
            body("<!-- <meta charset=\"koi8-r\"> --><meta charset=\"iso-8859-1\">"),
            Charset.forName("ISO-8859-1"));

    assertThat(HtmlDecoder.decode(b, Optional.empty()).charset().name()).isEqualTo("windows-1252");
  }

  @Test
  void headerWinsOverMeta() {
    byte[] b = bytes(body("<meta charset=\"windows-1251\">"), Charset.forName("ISO-8859-1"));

    assertThat(Extractor.extract(b, Optional.of("text/html; charset=\"latin1\""), "").text())
        .contains(TEXT);
  }

  @Test
  void byteOrderMarkWinsOverHeaderAndMeta() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    out.write(body("<meta charset=\"iso-8859-1\">").getBytes(StandardCharsets.UTF_8));
    byte[] b = out.toByteArray();

    HtmlDecoder.Decoded d = HtmlDecoder.decode(b, Optional.of("text/html; charset=iso-8859-1"));
    assertThat(d.source()).isEqualTo("bom");
    assertThat(d.text()).startsWith("<html>").contains(TEXT);
  }

  @Test
  void utf16ByteOrderMarkIsDecoded() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(new byte[] {(byte) 0xFF, (byte) 0xFE});
    out.write(body("").getBytes(StandardCharsets.UTF_16LE));

    assertThat(Extractor.extract(out.toByteArray(), Optional.empty(), "").paragraphs())
        .containsExactly(TEXT, TEXT);
  }

  @Test
  void undeclaredValidUtf8IsUtf8() {
    byte[] b = bytes(body(""), StandardCharsets.UTF_8);

    assertThat(HtmlDecoder.decode(b, Optional.empty()).source()).isEqualTo("default");
    assertThat(Extractor.extract(b, Optional.empty(), "").paragraphs()).containsExactly(TEXT, TEXT);
  }

  @Test
  void undeclaredInvalidUtf8FallsBackToWindows1252() {
    byte[] b = bytes(body("") + "\u201cquoted\u201d", Charset.forName("windows-1252"));

    HtmlDecoder.Decoded d = HtmlDecoder.decode(b, Optional.empty());
    assertThat(d.charset().name()).isEqualTo("windows-1252");
    assertThat(d.text()).contains(TEXT).contains("\u201cquoted\u201d");
  }

  @Test
  void utf8MislabelledAsLatin1IsReadAsUtf8() {
    byte[] b = bytes(body("<meta charset=\"iso-8859-1\">"), StandardCharsets.UTF_8);

    assertThat(Extractor.extract(b, Optional.empty(), "").paragraphs()).containsExactly(TEXT, TEXT);
  }

  @Test
  void unknownCharsetLabelsAreIgnored() {
    byte[] b = bytes(body("<meta charset=\"no-such-charset\">"), StandardCharsets.UTF_8);

    assertThat(Extractor.extract(b, Optional.of("text/html; charset=bogus"), "").paragraphs())
        .containsExactly(TEXT, TEXT);
  }

  @Test
  void koreanLegacyEncodingFromMeta() {
    String text =
        "서울시는 화요일 한강 다리를 새로 짓기로 결정했다. 시의회는 십 년 동안 이어진 논쟁을"
            + " 끝내고 새 다리 건설 예산을 승인했다. 공사는 삼 년이 걸릴 것으로 예상된다.";
    String html =
        "<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=euc-kr\">"
            + "</head><body><div class=\"article-body\"><p>"
            + text
            + "</p><p>"
            + text
            + "</p></div></body></html>";
    byte[] b = html.getBytes(Charset.forName("EUC-KR"));
    ExtractedPage page = Extractor.extract(b, Optional.empty(), "");

    assertThat(page.paragraphs()).containsExactly(text, text);
    assertThat(page.language()).contains("ko");
  }
}
