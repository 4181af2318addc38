package dev.lede.write.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MetaFlagsTest {
  @Test
  void aMetaSentenceCutBeforeWhatItsVerbIsGivenWithToOrItsParticleIsFlagged() {
    // Dev Wikinews 39951, 68899 and 106653: summaries that ended "providing Ford Australia.",
    // "by selling it." and "has been pushed.".
    String ford =
        "Australian Prime Minister John Howard and federal industry minister Ian MacDonald today"
            + " announced that the federal government would be providing Ford Australia with a"
            + " AU$52.5 million \"financial assistance package\".";
    String cut =
        "Australian Prime Minister John Howard and federal industry minister Ian MacDonald"
            + " announced that the federal government would be providing Ford Australia.";
    assertThat(MetaFlags.dropsComplement(cut, List.of(ford))).contains("with");
    String daimler =
        "The DaimlerChrysler Corporation has announced that the corporation is divesting itself"
            + " of the Chrysler Group by selling it to New York City-based private equity firm"
            + " Cerberus Capital Management for US$7.4 billion.";
    assertThat(
            MetaFlags.dropsComplement(
                "The DaimlerChrysler Corporation has announced that the corporation is divesting"
                    + " itself of the Chrysler Group by selling it.",
                List.of(daimler)))
        .contains("to");
    String boeing =
        "United States airframer Boeing has announced that development of a replacement for their"
            + " 737 narrowbody airliner, begun two years ago, has been pushed back several years,"
            + " Boeing saying that further advancement of technology is required.";
    assertThat(
            MetaFlags.dropsComplement(
                "United States airframer Boeing has announced that development of a replacement"
                    + " has been pushed.",
                List.of(boeing)))
        .contains("back");
    // Cut after the complement, or before an adjunct: whole.
    assertThat(
            MetaFlags.dropsComplement(
                "United States airframer Boeing has announced that development of a replacement"
                    + " for their 737 narrowbody airliner, begun two years ago, has been pushed"
                    + " back several years.",
                List.of(boeing)))
        .isNull();
    assertThat(
            MetaFlags.dropsComplement(
                "The Los Angeles Angels made an eight-year offer to Mark Teixeira.",
                List.of(
                    "The Los Angeles Angels made an eight-year offer to Mark Teixeira on"
                        + " Thursday.")))
        .isNull();
  }
}
