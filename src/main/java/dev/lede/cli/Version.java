package dev.lede.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * {@code lede --version}: the version and commit Maven wrote into {@code version.properties} at
 * build time, e.g. {@code lede 0.2.0 (commit 1a2b3c4)}.
 */
public final class Version implements IVersionProvider {

  @Override
  public String[] getVersion() {
    return new String[] {line(load())};
  }

  /** The version line for these build properties; unfilled placeholders count as unknown. */
  static String line(Properties build) {
    String version = known(build.getProperty("version"), "unknown");
    String commit = known(build.getProperty("commit"), "");
    if (commit.isEmpty()) {
      return "lede " + version;
    }
    boolean dirty = "true".equals(build.getProperty("dirty"));
    return "lede " + version + " (commit " + commit + (dirty ? ", modified" : "") + ")";
  }

  private static String known(String value, String otherwise) {
    return value == null || value.isBlank() || value.startsWith("${") ? otherwise : value;
  }

  static Properties load() {
    Properties build = new Properties();
    try (InputStream in = Version.class.getResourceAsStream("/dev/lede/version.properties")) {
      if (in != null) {
        build.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading version.properties", e);
    }
    return build;
  }
}
