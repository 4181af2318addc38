package dev.lede.store.postgres;

import static org.junit.jupiter.api.Assumptions.abort;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A throwaway PostgreSQL cluster for tests: {@code initdb} in a temporary folder, {@code pg_ctl}
 * starting it on a free port of 127.0.0.1 with a small memory budget, trust authentication for user
 * {@code lede}. PostgreSQL refuses to run as root, so under root the server runs as the OS user
 * {@code postgres} (through {@code runuser}). Where the binaries are absent, {@link #start} aborts
 * the calling test (reported as skipped) saying so.
 *
 * <p>The binaries are found in {@code $LEDE_PG_BIN} when it is set, else in the newest {@code
 * /usr/lib/postgresql/N/bin} (Debian's {@code postgresql-15}, which {@code .ci/run} installs).
 */
public final class PostgresCluster implements AutoCloseable {
  private static final long COMMAND_SECONDS = 120;
  private final AtomicInteger databases = new AtomicInteger();
  private final Path bin;
  private final Path dir;
  private final Optional<String> osUser;
  private final int port;
  private final Thread stopOnExit;

  private PostgresCluster(Path bin, Path dir, Optional<String> osUser, int port) {
    this.bin = bin;
    this.dir = dir;
    this.osUser = osUser;
    this.port = port;
    this.stopOnExit = new Thread(this::stopQuietly, "stop test PostgreSQL");
  }

  /**
   * Why no cluster can start here (PostgreSQL not installed, or no way to run it as another user
   * than root), or empty when one can.
   */
  public static Optional<String> missing() {
    if (binaries().isEmpty()) {
      return Optional.of(
          "PostgreSQL is not installed (no initdb in $LEDE_PG_BIN or /usr/lib/postgresql/*/bin):"
              + " apt-get install postgresql-15, as .ci/run does");
    }
    if (runAsRoot() && !Files.isExecutable(Path.of("/usr/sbin/runuser"))) {
      return Optional.of(
          "running as root, PostgreSQL needs another OS user, and runuser is missing");
    }
    return Optional.empty();
  }

  private static boolean runAsRoot() {
    return "root".equals(System.getProperty("user.name"));
  }

  /**
   * Starts a new cluster, or aborts the calling test (reported as skipped) saying what is {@link
   * #missing}.
   */
  public static PostgresCluster start() throws IOException, InterruptedException {
    Optional<String> missing = missing();
    if (missing.isPresent()) {
      abort(missing.get());
    }
    Path bin = binaries().orElseThrow();
    Optional<String> osUser = runAsRoot() ? Optional.of("postgres") : Optional.empty();
    Path dir = Files.createTempDirectory("lede-pg");
    PostgresCluster cluster = new PostgresCluster(bin, dir, osUser, freePort());
    try {
      cluster.initAndStart();
    } catch (IOException | RuntimeException e) {
      cluster.close();
      throw e;
    }
    return cluster;
  }

  private static Optional<Path> binaries() {
    String env = System.getenv("LEDE_PG_BIN");
    if (env != null) {
      return Files.isExecutable(Path.of(env, "initdb"))
          ? Optional.of(Path.of(env))
          : Optional.empty();
    }
    Path debian = Path.of("/usr/lib/postgresql");
    if (!Files.isDirectory(debian)) {
      return Optional.empty();
    }
    try (Stream<Path> versions = Files.list(debian)) {
      return versions
          .map(v -> v.resolve("bin"))
          .filter(b -> Files.isExecutable(b.resolve("initdb")))
          .max(Comparator.comparing(b -> versionOf(b.getParent())));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static int versionOf(Path versionDir) {
    try {
      return Integer.parseInt(versionDir.getFileName().toString());
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }

  private void initAndStart() throws IOException, InterruptedException {
    if (osUser.isPresent()) {
      run(List.of("chown", osUser.get(), dir.toString()), false);
    }
    Path data = dir.resolve("data");
    run(
        List.of(
            bin.resolve("initdb").toString(),
            "-D",
            data.toString(),
            "-U",
            "lede",
            "-A",
            "trust",
            "-E",
            "UTF8",
            "--locale=C",
            "--no-sync"),
        true);
    startServer();
    Runtime.getRuntime().addShutdownHook(stopOnExit);
  }

  /** A new, empty database in this cluster, as a {@code postgresql://} URL. */
  public String newDatabase() throws SQLException {
    String name = "lede_test_" + databases.incrementAndGet();
    try (Connection c =
            DriverManager.getConnection(
                "jdbc:postgresql://127.0.0.1:" + port + "/postgres?user=lede");
        Statement st = c.createStatement()) {
      st.execute("CREATE DATABASE " + name);
    }
    return "postgresql://lede@127.0.0.1:" + port + "/" + name;
  }

  /**
   * Stops the server (fast: open connections are cut, as a crash or an operator's restart cuts
   * them) and starts it again on the same data and port.
   */
  public void restart() throws IOException, InterruptedException {
    pgCtl("-m", "fast", "restart");
  }

  /**
   * Stops the server (fast: open connections are cut) and leaves it stopped until {@link
   * #startServer}.
   */
  public void stopServer() throws IOException, InterruptedException {
    pgCtl("-m", "fast", "stop");
  }

  /** Starts the server (again after {@link #stopServer}) on its data and port. */
  public void startServer() throws IOException, InterruptedException {
    String options =
        "-p "
            + port
            + " -c listen_addresses=127.0.0.1 -c unix_socket_directories="
            + dir
            + " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
            + " -c shared_buffers=16MB -c max_connections=30 -c max_wal_size=64MB";
    pgCtl("-o", options, "-t", "60", "start");
  }

  /** {@code pg_ctl} on this cluster's data and log, waiting for it to finish. */
  private void pgCtl(String... args) throws IOException, InterruptedException {
    List<String> command =
        new ArrayList<>(
            List.of(
                bin.resolve("pg_ctl").toString(),
                "-D",
                dir.resolve("data").toString(),
                "-l",
                dir.resolve("server.log").toString(),
                "-w"));
    command.addAll(List.of(args));
    run(command, true);
  }

  public int port() {
    return port;
  }

  private void run(List<String> command, boolean asServerUser)
      throws IOException, InterruptedException {
    List<String> full = new ArrayList<>();
    if (asServerUser && osUser.isPresent()) {
      full.addAll(List.of("/usr/sbin/runuser", "-u", osUser.get(), "--"));
    }
    full.addAll(command);
    Path log = Files.createTempFile(dir, "cmd", ".log");
    Process p =
        new ProcessBuilder(full)
            .directory(dir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    if (!p.waitFor(COMMAND_SECONDS, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new IOException(command.get(0) + " did not finish in " + COMMAND_SECONDS + " s");
    }
    if (p.exitValue() != 0) {
      throw new IOException(
          String.join(" ", command)
              + " exited with "
              + p.exitValue()
              + ":\n"
              + Files.readString(log)
              + serverLog());
    }
  }

  private String serverLog() throws IOException {
    Path log = dir.resolve("server.log");
    return Files.exists(log) ? "\nserver log:\n" + Files.readString(log) : "";
  }

  private void stopQuietly() {
    Path data = dir.resolve("data");
    if (!Files.exists(data.resolve("postmaster.pid"))) {
      return;
    }
    try {
      stopServer();
    } catch (IOException e) {
      System.err.println("could not stop the test PostgreSQL in " + dir + ": " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Stops the server and deletes its folder. */
  @Override
  public void close() throws IOException {
    stopQuietly();
    try {
      Runtime.getRuntime().removeShutdownHook(stopOnExit);
    } catch (IllegalStateException | IllegalArgumentException e) {
      // shutting down already, or never registered
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
