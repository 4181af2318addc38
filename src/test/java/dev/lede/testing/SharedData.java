package dev.lede.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Locates {@code ../shared/data} (evaluation data read in place, never copied into the repo).
 * Override with {@code -Dlede.shared=DIR} or {@code LEDE_SHARED=DIR}.
 */
public final class SharedData {
  private SharedData() {}

  public static Optional<Path> root() {
    String configured = System.getProperty("lede.shared", System.getenv("LEDE_SHARED"));
    Path dir =
        configured != null && !configured.isBlank()
            ? Path.of(configured)
            : Path.of("..", "shared").toAbsolutePath().normalize();
    return Files.isDirectory(dir.resolve("data")) ? Optional.of(dir) : Optional.empty();
  }

  /** {@code shared/data/<relative>}, or skips the calling test with a message when absent. */
  public static Path require(String relative) {
    Optional<Path> root = root();
    assumeTrue(root.isPresent(), "skipped: ../shared/data is not present");
    Path p = root.get().resolve("data").resolve(relative);
    assumeTrue(Files.exists(p), () -> "skipped: " + p + " is not present");
    return p;
  }
}
