package dev.lede.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * The jar's entry point. {@code lede}, {@code lede --help} and {@code lede --version} are answered
 * here without picocli: the top-level help pre-rendered at build time ({@link HelpText}) and the
 * version line; so is a plain {@code lede extract FILE...} ({@link ExtractFiles#quick}). Every
 * other command line goes to {@link Main}. A class of its own that names no picocli type: linking
 * {@code Main}, a picocli command, loads picocli's {@code CommandLine}, and picocli's classes (Java
 * 5 class files, which the class-data archive cannot hold) were most of {@code lede --help}'s
 * start-up.
 */
public final class Lede {
  private Lede() {}

  public static void main(String[] args) {
    String quick = quickAnswer(args);
    if (quick == null) {
      // A plain `lede extract FILE...` is run without picocli too (see ExtractFiles).
      Integer extracted = ExtractFiles.quick(args);
      if (extracted != null) System.exit(extracted);
      Main.main(args);
      return;
    }
    System.out.print(quick);
    System.out.flush();
    System.exit(0);
  }

  /**
   * What {@code lede}, {@code lede -h}, {@code lede --help}, {@code lede -V} and {@code lede
   * --version} print; null for any other command line, or when the build left no pre-rendered help
   * (picocli then renders the same text).
   */
  static String quickAnswer(String[] args) {
    if (args.length == 1 && (args[0].equals("-V") || args[0].equals("--version"))) {
      return Version.line(Version.load()).concat(System.lineSeparator());
    }
    return isTopLevelHelp(args) ? prerenderedHelp() : null;
  }

  /** {@code lede}, {@code lede -h} or {@code lede --help}: only the list of commands is printed. */
  static boolean isTopLevelHelp(String[] args) {
    for (String a : args) if (!a.equals("-h") && !a.equals("--help")) return false;
    return true;
  }

  /** The help {@link HelpText} wrote at build time, or null when there is none. */
  static String prerenderedHelp() {
    try (InputStream in = Lede.class.getResourceAsStream(HelpText.RESOURCE)) {
      return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return null;
    }
  }
}
