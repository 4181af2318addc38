package dev.lede.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.testing.Slow;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./lede} launcher, run by bash in a release layout ({@code lede.jar} beside it, no
 * {@code pom.xml}) with a stand-in {@code java} that prints the options it was given: which
 * class-data archive it names, how it remembers the JDK's key, and the options of short runs.
 */
@Slow
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class LauncherTest {
  @TempDir Path tmp;
  private Path home;
  private Path jdk;

  @BeforeEach
  void release() throws IOException {
    home = Files.createDirectories(tmp.resolve("lede-0.2.0"));
    Files.copy(Path.of("lede"), home.resolve("lede"));
    Files.writeString(home.resolve("lede.jar"), "not a jar: the stand-in java never opens it");
    jdk = tmp.resolve("jdk");
    Files.createDirectories(jdk.resolve("bin"));
    Files.writeString(jdk.resolve("release"), "JAVA_VERSION=\"17.0.15\"\nOS_NAME=\"Linux\"\n");
    Path java = jdk.resolve("bin/java");
    Files.writeString(java, "#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\"; done\n");
    Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
  }

  /** The arguments the launcher passed to java, one per element. */
  private List<String> launch(String... args) throws Exception {
    List<String> cmd = new ArrayList<>(List.of("bash", "lede-0.2.0/lede"));
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd).directory(tmp.toFile());
    pb.environment().put("JAVA_HOME", jdk.toString());
    pb.environment().remove("LEDE_JAVA_OPTS");
    pb.environment().remove("LEDE_CDS");
    pb.redirectErrorStream(true);
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(out).isZero();
    return out.lines().toList();
  }

  /** {@code extract} and {@code n} page names followed by {@code --threads 2}. */
  private static String[] extractFiles(int n) {
    List<String> args = new ArrayList<>(List.of("extract"));
    for (int i = 0; i < n; i++) args.add("page-" + i + ".html");
    args.addAll(List.of("--threads", "2"));
    return args.toArray(String[]::new);
  }

  private String cachedKey() throws IOException {
    String line = Files.readAllLines(home.resolve("cds/jdk-keys")).get(0);
    String[] fields = line.split("\t");
    assertThat(fields).hasSize(3);
    assertThat(fields[0]).isEqualTo(jdk.resolve("bin/java").toString());
    assertThat(fields[2]).isEqualTo("17");
    return fields[1];
  }

  @Test
  void theArchiveNamedByTheJdksKeyIsUsedAndTheKeyIsRememberedUntilTheJarChanges() throws Exception {
    assertThat(launch("--version")).noneMatch(a -> a.startsWith("-XX:SharedArchiveFile="));
    String key = cachedKey();
    Path archive = Files.createFile(home.resolve("cds/lede-" + key + ".jsa"));

    assertThat(launch("--version")).contains("-XX:SharedArchiveFile=" + archive);

    // The remembered key is read, not computed again: a different one names another archive.
    Path other = Files.createFile(home.resolve("cds/lede-123.jsa"));
    Files.writeString(
        home.resolve("cds/jdk-keys"),
        jdk.resolve("bin/java") + "\t123\t17\n",
        StandardCharsets.UTF_8);
    assertThat(launch("--version")).contains("-XX:SharedArchiveFile=" + other);

    // A jar newer than what was remembered (a new build) makes the launcher compute it again.
    Files.setLastModifiedTime(
        home.resolve("lede.jar"), FileTime.from(Instant.now().plusSeconds(60)));
    assertThat(launch("--version")).contains("-XX:SharedArchiveFile=" + archive);
    assertThat(cachedKey()).isEqualTo(key);
  }

  @Test
  void theInstallFolderIsPassedAsAnAbsolutePathWhicheverWayTheLauncherIsCalled() throws Exception {
    List<String> args = launch("--version");
    assertThat(args).contains("-Dlede.home=" + home);
    assertThat(args.get(args.size() - 1)).isEqualTo("--version");
    assertThat(args).contains(home.resolve("lede.jar").toString());
  }

  @Test
  void helpRunsInterpretedAndExtractingFilesWithC1OnlyButAServerKeepsTheDefaults()
      throws Exception {
    List<String> help = launch("--help");
    assertThat(help).contains("-Xint", "-XX:ArchiveRelocationMode=0", "-XX:+UseSerialGC");
    assertThat(help).doesNotContain("-XX:TieredStopAtLevel=1");

    List<String> extract = launch("extract", "a.html");
    assertThat(extract).contains("-XX:TieredStopAtLevel=1", "-XX:ArchiveRelocationMode=0");
    assertThat(extract).doesNotContain("-Xint");

    // A batch the size of the benchmark's (181 or 990 pages) is done before C2 would repay itself.
    List<String> batch = launch(extractFiles(990));
    assertThat(batch)
        .contains("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC")
        .doesNotContain("-Xint");
    // ...with a young generation sized by the cores that extract pages at once.
    assertThat(batch).anyMatch(a -> a.matches("-Xmn[1-9][0-9]*m"));
    assertThat(extract).noneMatch(a -> a.startsWith("-Xmn"));
    // A page or a few compile only their hottest methods; a batch compiles at C1's usual pace.
    assertThat(extract).contains("-XX:Tier3InvocationThreshold=2000");
    assertThat(launch(extractFiles(5))).contains("-XX:Tier3InvocationThreshold=2000");
    assertThat(launch(extractFiles(6))).noneMatch(a -> a.startsWith("-XX:Tier3"));
    assertThat(batch).noneMatch(a -> a.startsWith("-XX:Tier3"));
    assertThat(help).noneMatch(a -> a.startsWith("-XX:Tier3"));
    // Thousands of pages: C2's faster code is worth compiling.
    assertThat(launch(extractFiles(5001)))
        .doesNotContain("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

    List<String> serve = launch("serve", "--port", "8080");
    assertThat(serve)
        .doesNotContain("-Xint", "-XX:TieredStopAtLevel=1", "-XX:ArchiveRelocationMode=0");
  }

  @Test
  void whatIsPipedToACommandReachesItAndNotTheBuildThatComesFirst() throws Exception {
    // A source checkout whose jar is not built yet: the launcher runs mvn first.
    Path src = Files.createDirectories(tmp.resolve("checkout"));
    Files.copy(Path.of("lede"), src.resolve("lede"));
    Files.writeString(src.resolve("pom.xml"), "<project/>");
    Path bin = Files.createDirectories(tmp.resolve("bin"));
    // A stand-in mvn that reads all it is given, as Maven's exec steps do, then builds the jar.
    Path mvn = bin.resolve("mvn");
    Files.writeString(
        mvn,
        "#!/bin/sh\ncat > \""
            + tmp.resolve("mvn-read")
            + "\"\nmkdir -p target && echo jar > target/lede.jar\n");
    Files.setPosixFilePermissions(mvn, PosixFilePermissions.fromString("rwxr-xr-x"));
    // A stand-in java that echoes its input.
    Files.writeString(jdk.resolve("bin/java"), "#!/bin/sh\ncat\n");

    ProcessBuilder pb =
        new ProcessBuilder("bash", "checkout/lede", "write").directory(tmp.toFile());
    pb.environment().put("JAVA_HOME", jdk.toString());
    pb.environment().put("PATH", bin + ":" + System.getenv("PATH"));
    pb.environment().remove("LEDE_JAVA_OPTS");
    pb.environment().remove("LEDE_CDS");
    Process p = pb.start();
    try (var in = p.getOutputStream()) {
      in.write("{\"story\":\"s1\"}\n".getBytes(StandardCharsets.UTF_8));
    }
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(err).isZero();
    assertThat(err).contains("building");
    assertThat(out).isEqualTo("{\"story\":\"s1\"}\n");
    assertThat(Files.readString(tmp.resolve("mvn-read"))).isEmpty();
  }
}
