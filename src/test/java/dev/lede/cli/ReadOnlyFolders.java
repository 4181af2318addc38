package dev.lede.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Ways to give a child process a data folder it cannot write, or one on a full disk. Root ignores
 * permissions, so as root the child runs in its own mount namespace ({@code unshare -m}) where the
 * folder is a read-only bind mount (or a small full tmpfs); nothing changes outside that child.
 * Other users get the folder with every write permission removed ({@code chmod -R a-w}).
 */
final class ReadOnlyFolders {
  private ReadOnlyFolders() {}

  static boolean root() {
    return "root".equals(System.getProperty("user.name"));
  }

  /** Whether this process may make private mounts (root with {@code unshare}). */
  static boolean canMount() {
    if (!root()) {
      return false;
    }
    try {
      Process p =
          new ProcessBuilder("unshare", "-m", "sh", "-c", "mount -t tmpfs -o size=1m tmpfs /mnt")
              .redirectErrorStream(true)
              .start();
      p.getInputStream().readAllBytes();
      return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }

  /**
   * The command that runs {@code command} with {@code dir} read-only, or empty when this machine
   * cannot make it so (root without mount rights).
   */
  static Optional<List<String>> readOnly(Path dir, List<String> command) throws IOException {
    if (canMount()) {
      return Optional.of(
          wrapped(
              "mount --bind \"$0\" \"$0\" && mount -o remount,bind,ro \"$0\" && exec \"$@\"",
              dir,
              command));
    }
    if (root()) {
      return Optional.empty();
    }
    removeWrite(dir);
    return Optional.of(command);
  }

  /**
   * The command that runs {@code command} with a copy of {@code source} at {@code dir} on a small
   * tmpfs filled to the last byte; empty when this process cannot mount.
   */
  static Optional<List<String>> onFullDisk(Path source, Path dir, List<String> command) {
    if (!canMount()) {
      return Optional.empty();
    }
    return Optional.of(
        wrapped(
            "mount -t tmpfs -o size=16m tmpfs \"$0\" && cp -a '"
                + source
                + "'/. \"$0\"/ && { dd if=/dev/zero of=\"$0\"/filler bs=4k >/dev/null 2>&1;"
                + " true; } && exec \"$@\"",
            dir,
            command));
  }

  private static List<String> wrapped(String script, Path dir, List<String> command) {
    List<String> cmd =
        new ArrayList<>(List.of("unshare", "-m", "sh", "-c", script, dir.toString()));
    cmd.addAll(command);
    return cmd;
  }

  /** {@code chmod -R a-w}. */
  static void removeWrite(Path dir) throws IOException {
    try (var walk = Files.walk(dir)) {
      for (Path p : walk.toList()) {
        Set<PosixFilePermission> perms = EnumSet.copyOf(Files.getPosixFilePermissions(p));
        perms.removeAll(
            Set.of(
                PosixFilePermission.OWNER_WRITE,
                PosixFilePermission.GROUP_WRITE,
                PosixFilePermission.OTHERS_WRITE));
        Files.setPosixFilePermissions(p, perms);
      }
    }
  }

  /** Gives the owner write permission back on everything under {@code dir} (for clean-up). */
  static void restoreWrite(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (var walk = Files.walk(dir)) {
      for (Path p : walk.toList()) {
        Set<PosixFilePermission> perms = EnumSet.copyOf(Files.getPosixFilePermissions(p));
        perms.add(PosixFilePermission.OWNER_WRITE);
        Files.setPosixFilePermissions(p, perms);
      }
    }
  }
}
