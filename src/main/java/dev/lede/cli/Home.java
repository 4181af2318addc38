package dev.lede.cli;

import java.nio.file.Path;

/** Where Lede is installed: {@code -Dlede.home} (set by the launcher), else the working folder. */
final class Home {
  private Home() {}

  static Path dir() {
    String h = System.getProperty("lede.home");
    return Path.of(h == null || h.isBlank() ? "." : h).toAbsolutePath().normalize();
  }
}
