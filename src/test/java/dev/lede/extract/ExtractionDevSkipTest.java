package dev.lede.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.bench.ExtractionDev;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractionDevSkipTest {
  @Test
  void theDevelopmentBenchSkipsWithoutReadingWhenTheOpenSetsAreAbsent(@TempDir Path dir)
      throws Exception {
    Path misses = dir.resolve("misses.txt");

    boolean ran =
        ExtractionDev.run(dir.resolve("absent"), new String[] {"--dev-only", misses.toString()});

    assertThat(ran).isFalse();
    assertThat(misses).doesNotExist();
  }

  @Test
  void aSetWithoutItsReadabilityPagesIsAbsentToo(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("trafilatura-eval"));
    Files.writeString(dir.resolve("trafilatura-eval").resolve("evaldata.json"), "{}");

    assertThat(ExtractionDev.run(dir, new String[] {"--dev-only"})).isFalse();
  }
}
