package dev.lede.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lede.testing.Slow;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

@Slow
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class ExtractCommandTest {
  @TempDir Path dir;

  /** A page whose title and text name its number, with more text for higher numbers. */
  private Path page(int i) throws Exception {
    StringBuilder body = new StringBuilder();
    for (int k = 0; k <= i % 7; k++) {
      body.append("<p>Report ")
          .append(i)
          .append(" paragraph ")
          .append(k)
          .append(": the council met on Tuesday to discuss the harbour bridge, the ferry timetable")
          .append(" and the noise barriers that residents asked for last spring.</p>");
    }
    Path f = dir.resolve(String.format("page-%03d.html", i));
    Files.writeString(
        f,
        "<html><head><title>Report number "
            + i
            + "</title></head><body><article>"
            + body
            + "</article></body></html>",
        StandardCharsets.UTF_8);
    return f;
  }

  private record Run(int exit, List<String> lines, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cmd = Main.commandLine();
    cmd.setOut(new PrintWriter(out)).setErr(new PrintWriter(err));
    int exit = cmd.execute(args);
    return new Run(exit, out.toString().lines().toList(), err.toString());
  }

  @Test
  void manyFilesOnSeveralThreadsComeOutInTheOrderGiven() throws Exception {
    List<String> args = new ArrayList<>(List.of("extract", "--threads", "3"));
    List<Path> files = new ArrayList<>();
    for (int i = 40; i > 0; i--) files.add(page(i)); // descending: order is not file-name order
    for (Path f : files) args.add(f.toString());

    Run r = run(args.toArray(String[]::new));

    assertThat(r.exit()).as("stderr: %s", r.err()).isZero();
    assertThat(r.lines()).hasSize(files.size());
    for (int i = 0; i < files.size(); i++) {
      JsonNode n = Json.MAPPER.readTree(r.lines().get(i));
      int number = 40 - i;
      assertThat(n.get("file").asText()).isEqualTo(files.get(i).toString());
      assertThat(n.get("title").asText()).isEqualTo("Report number " + number);
      assertThat(n.get("text").asText()).startsWith("Report " + number + " paragraph 0:");
    }
  }

  @Test
  void anUnreadableFileIsNamedOnStderrAndTheOthersAreStillPrintedInOrder() throws Exception {
    Path first = page(1);
    Path missing = dir.resolve("missing.html");
    Path last = page(2);

    Run r = run("extract", first.toString(), missing.toString(), last.toString());

    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).contains("missing.html").contains("cannot read");
    assertThat(r.lines()).hasSize(2);
    assertThat(Json.MAPPER.readTree(r.lines().get(0)).get("file").asText())
        .isEqualTo(first.toString());
    assertThat(Json.MAPPER.readTree(r.lines().get(1)).get("file").asText())
        .isEqualTo(last.toString());
  }

  @Test
  void zeroThreadsIsAMistakeNamingTheOption() throws Exception {
    Run r = run("extract", "--threads", "0", page(1).toString());

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("--threads");
    assertThat(r.lines()).isEmpty();
  }

  @Test
  @Timeout(value = 3, unit = TimeUnit.MINUTES)
  void extractingLoadsNoModelIndexOrStore() throws Exception {
    Path log = dir.resolve("classes.log");
    List<String> cmd = LedeProcess.command(List.of("extract", page(3).toString()));
    cmd.add(1, "-Xlog:class+load=info:file=" + log);

    LedeProcess.Result r = LedeProcess.run(new ProcessBuilder(cmd));

    assertThat(r.exitCode()).as("stderr: %s", r.err()).isZero();
    assertThat(r.out()).contains("Report number 3");
    List<String> loaded = Files.readAllLines(log);
    assertThat(loaded).anyMatch(l -> l.contains("dev.lede.extract.Extractor "));
    assertThat(loaded)
        .noneMatch(
            l ->
                l.contains(" dev.lede.index.")
                    || l.contains(" dev.lede.store.")
                    || l.contains(" dev.lede.nlp.")
                    || l.contains(" dev.lede.newsroom.")
                    || l.contains(" org.apache.lucene.")
                    || l.contains(" ai.onnxruntime.")
                    || l.contains(" ai.djl.")
                    || l.contains(" dev.langchain4j."));
  }

  @Test
  void onlyAPlainCommandLineIsRunWithoutPicocli() throws Exception {
    String f = page(1).toString();

    assertThat(ExtractFiles.quick(new String[] {"extract", "--help"})).isNull();
    assertThat(ExtractFiles.quick(new String[] {"extract", "--debug", f})).isNull();
    assertThat(ExtractFiles.quick(new String[] {"extract", "--threads", "0", f})).isNull();
    assertThat(ExtractFiles.quick(new String[] {"extract", "--threads", "x", f})).isNull();
    assertThat(ExtractFiles.quick(new String[] {"extract", "--threads", "2"})).isNull();
    assertThat(ExtractFiles.quick(new String[] {"extract"})).isNull();
    assertThat(ExtractFiles.quick(new String[] {"articles", f})).isNull();
  }

  @Test
  @Timeout(value = 3, unit = TimeUnit.MINUTES)
  void aPlainExtractLoadsNoPicocliClassAndPrintsWhatPicocliRunsPrint() throws Exception {
    Path log = dir.resolve("classes.log");
    Path missing = dir.resolve("missing.html");
    List<String> files = List.of(page(5).toString(), missing.toString(), page(2).toString());
    List<String> args = new ArrayList<>(List.of("extract", "--threads=2"));
    args.addAll(files);
    List<String> cmd = LedeProcess.command(args);
    cmd.set(cmd.indexOf("dev.lede.cli.Main"), "dev.lede.cli.Lede");
    cmd.add(1, "-Xlog:class+load=info:file=" + log);

    LedeProcess.Result quick = LedeProcess.run(new ProcessBuilder(cmd));
    Run picocli = run(args.toArray(String[]::new));

    assertThat(quick.exitCode()).isEqualTo(picocli.exit()).isEqualTo(1);
    assertThat(quick.out().lines().toList()).isEqualTo(picocli.lines()).hasSize(2);
    assertThat(quick.err().strip()).isEqualTo(picocli.err().strip()).contains("missing.html");
    assertThat(Files.readAllLines(log))
        .anyMatch(l -> l.contains("dev.lede.cli.ExtractFiles "))
        .noneMatch(l -> l.contains(" picocli."));
  }
}
