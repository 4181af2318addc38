package dev.lede.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class ContentHashTest {
  @Test
  void isSha256HexOfTheNormalisedText() {
    // sha256("hello world"), computed independently with Python's hashlib.
    assertThat(ContentHash.of("Hello,   World!"))
        .isEqualTo("b94d27b9934d3e08a52e52d7da7dabfac484efe37a5380ee9088f7ace2efcde9");
  }

  @Test
  void ignoresCaseSpacingPunctuationAndWidthDifferences() {
    String original = "Apple's iTunes replaces Wal-Mart as No. 1 U.S. music seller.";
    String copy = "APPLE’S  ITUNES replaces Wal - Mart as No 1 U S\nmusic seller";
    assertThat(ContentHash.of(copy)).isEqualTo(ContentHash.of(original));
    assertThat(ContentHash.of("ｉＴｕｎｅｓ")).isEqualTo(ContentHash.of("itunes"));
  }

  @Test
  void differsWhenAWordDiffers() {
    assertThat(ContentHash.of("Dow falls 340 points"))
        .isNotEqualTo(ContentHash.of("Dow rises 340 points"));
  }

  @Property(tries = 200)
  void isStableUnderAddedWhitespaceAndCase(@ForAll String text) {
    assertThat(ContentHash.of("  " + text.toUpperCase(java.util.Locale.ROOT) + " \n"))
        .isEqualTo(ContentHash.of(text.toUpperCase(java.util.Locale.ROOT)));
    assertThat(ContentHash.of(text)).hasSize(64).matches("[0-9a-f]{64}");
  }
}
