package dev.lede.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class VersionTest {

  @Test
  void versionOptionNamesTheProjectVersionAndTheCommitItWasBuiltFrom() {
    StringWriter out = new StringWriter();
    int rc = Main.commandLine().setOut(new PrintWriter(out)).execute("--version");
    assertThat(rc).isZero();
    // Maven filtered version.properties from the pom and git; a clean clone always has a commit.
    assertThat(out.toString().trim())
        .matches("lede \\d+\\.\\d+\\.\\d+(-[\\w.]+)? \\(commit [0-9a-f]{7,}(, modified)?\\)");
  }

  @Test
  void anUnfilledCommitIsLeftOutRatherThanPrintedAsAPlaceholder() {
    Properties build = new Properties();
    build.setProperty("version", "1.2.3");
    build.setProperty("commit", "${git.commit.id.abbrev}");
    assertThat(Version.line(build)).isEqualTo("lede 1.2.3");
  }

  @Test
  void aModifiedWorkingTreeIsSaid() {
    Properties build = new Properties();
    build.setProperty("version", "1.2.3");
    build.setProperty("commit", "abcdef0");
    build.setProperty("dirty", "true");
    assertThat(Version.line(build)).isEqualTo("lede 1.2.3 (commit abcdef0, modified)");
  }
}
