package dev.lede.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --log kafka://...}: a bad address is an operator mistake, caught before anything opens.
 */
@Timeout(60)
class LogOptionTest {
  @TempDir Path tmp;

  @Test
  void aLogThatIsNotAKafkaUrlIsRefusedNamingItAndNothingIsCreated() {
    OwedWritesTest.Run run =
        OwedWritesTest.lede(
            "ingest", "--data", tmp.resolve("d").toString(), "--log", "kafka://broker/", "x.rss");
    assertThat(run.rc()).isEqualTo(2);
    assertThat(run.err()).contains("--log", "kafka://broker/");
    assertThat(tmp.resolve("d")).doesNotExist();
  }
}
