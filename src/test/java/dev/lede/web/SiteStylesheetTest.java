package dev.lede.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The site's stylesheet gives each CJK edition fonts that hold its script. */
class SiteStylesheetTest {
  private static String css() throws IOException {
    try (InputStream in = SiteStylesheetTest.class.getResourceAsStream("static/site.css")) {
      assertThat(in).as("site.css on the classpath").isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @ParameterizedTest
  @CsvSource({"ja, JP", "ko, KR", "zh, SC"})
  void aCjkEditionNamesItsLanguagesFontsBeforeTheGenericFamilies(String lang, String region)
      throws IOException {
    Matcher rule = Pattern.compile(":lang\\(" + lang + "\\)\\s*\\{([^}]*)\\}").matcher(css());
    assertThat(rule.find()).as(":lang(%s) rule", lang).isTrue();
    for (String family : new String[] {"--sans", "--serif"}) {
      Matcher m = Pattern.compile(family + ":([^;]*);").matcher(rule.group(1));
      assertThat(m.find()).as("%s in :lang(%s)", family, lang).isTrue();
      String stack = m.group(1);
      int own = stack.indexOf("CJK " + region);
      int generic = Math.max(stack.lastIndexOf("sans-serif"), stack.lastIndexOf(" serif"));
      assertThat(own).as("%s of %s names Noto CJK %s", family, lang, region).isGreaterThan(-1);
      assertThat(own)
          .as("%s of %s: its font before the generic family", family, lang)
          .isLessThan(generic);
    }
  }
}
