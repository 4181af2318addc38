package dev.lede.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The run summary lines that the command line prints for the writer's faults. */
class ProgressPrinterTest {
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

  private String printed() {
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void storiesWrittenWithAFallbackAreCountedInOneLineNamingTheFirstFault() {
    String first =
        "story \"s-1\": planner failed at FactKeys.counts (NumberFormatException: For input"
            + " string: \"4294967296\"), written without it";

    new ProgressPrinter(out, ProgressPrinter.Mode.LINES).writeFallbacks(3, first);

    assertThat(printed().lines())
        .containsExactly(
            "stories: 3 written with a fallback (a writer stage threw and was written around),"
                + " first: "
                + first);
  }

  @Test
  void aRunPrintsNoLinePerFailedWriteButAWorkerPrintsEach() {
    RuntimeException e =
        new IllegalStateException("story s-2 could not be written (it stays owed)");

    new ProgressPrinter(out, ProgressPrinter.Mode.LINES).writeFailed("s-2", e);
    assertThat(printed()).isEmpty();

    new ProgressPrinter(out, ProgressPrinter.Mode.LINES)
        .printingEachWriteFailure()
        .writeFailed("s-2", e);
    assertThat(printed().lines())
        .containsExactly("write: story s-2 could not be written (it stays owed)");
  }
}
