package dev.lede.write.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a sentence counts, read by {@link FactKeys#counts}. */
class FactKeysTest {

  @Test
  void aCountBeyondTheIntRangeIsReadNotOverflowed() {
    // A Korean Wikinews brief on IPv4 exhaustion crashed the writer at "4,294,967,296" (demo run).
    assertThat(FactKeys.counts("The registry had 4,294,967,296 addresses to give out in all."))
        .anyMatch(k -> k.startsWith("4294967296|"));
  }

  @Test
  void aRunOfDigitsTooLongForACountIsNoCount() {
    assertThat(FactKeys.counts("It listed 1,000,000,000,000,000,000,000 addresses in the table."))
        .noneMatch(k -> k.contains("address"));
  }

  @Test
  void aSmallCountKeepsItsNoun() {
    assertThat(FactKeys.counts("Police arrested 12 protesters outside the embassy."))
        .anyMatch(k -> k.startsWith("12|"));
  }
}
