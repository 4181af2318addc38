package dev.lede.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * CPU time of the process's threads grouped by kind (GC, JIT compiler, Lucene merges, the rest),
 * read from {@code /proc/self/task} so native VM threads count too. Linux only; elsewhere empty.
 * Threads that end between two snapshots (Lucene starts one per merge) drop out of the second, so
 * the caller attributes process CPU not seen in either to them.
 */
final class ThreadCpu {
  private static final double TICK_MS = 10.0; // USER_HZ is 100 on Linux

  private ThreadCpu() {}

  /** Milliseconds of CPU per thread group, summed over the threads alive now. */
  static Map<String, Double> snapshot() {
    Map<String, Double> groups = new TreeMap<>();
    Path tasks = Path.of("/proc/self/task");
    if (!Files.isDirectory(tasks)) {
      return groups;
    }
    try (Stream<Path> list = Files.list(tasks)) {
      for (Path task : list.toList()) {
        String stat;
        try {
          stat = Files.readString(task.resolve("stat"), StandardCharsets.UTF_8);
        } catch (IOException ended) {
          continue;
        }
        int open = stat.indexOf('(');
        int close = stat.lastIndexOf(')');
        String name = stat.substring(open + 1, close);
        String[] f = stat.substring(close + 2).split(" ");
        // After the name: state is field 3, utime 14, stime 15 (1-based), so index 11 and 12 here.
        double ms = (Long.parseLong(f[11]) + Long.parseLong(f[12])) * TICK_MS;
        groups.merge(group(name), ms, Double::sum);
      }
    } catch (IOException e) {
      return groups;
    }
    return groups;
  }

  /** Per group, CPU ms spent between two snapshots (threads alive at the end). */
  static Map<String, Double> between(Map<String, Double> before, Map<String, Double> after) {
    Map<String, Double> delta = new TreeMap<>();
    after.forEach((g, ms) -> delta.put(g, ms - before.getOrDefault(g, 0.0)));
    return delta;
  }

  private static String group(String name) {
    if (name.startsWith("GC Thread") || name.startsWith("G1 ") || name.startsWith("VM Thread")) {
      return "gc";
    }
    if (name.contains("CompilerThre")) {
      return "jit";
    }
    if (name.startsWith("Lucene Merge")) {
      return "merge";
    }
    if (name.equals("java") || name.equals("main")) {
      return "main";
    }
    return "other";
  }
}
