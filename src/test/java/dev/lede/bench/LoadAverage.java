package dev.lede.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The machine's 1-, 5- and 15-minute load averages, printed beside every benchmark table so a
 * reader can tell a quiet run from one that shared the cores. Linux only; elsewhere "?".
 */
public final class LoadAverage {
  private LoadAverage() {}

  /** "1.02 0.88 0.75", or "?" where {@code /proc/loadavg} cannot be read. */
  public static String now() {
    try {
      String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
      return f[0] + " " + f[1] + " " + f[2];
    } catch (IOException | ArrayIndexOutOfBoundsException e) {
      return "?";
    }
  }
}
