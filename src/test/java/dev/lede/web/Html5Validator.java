package dev.lede.web;

import java.io.File;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * The Nu Html Checker, run in a class loader of its own. The checker calls ICU4J methods that ICU
 * 74 (which Lucene's ICU analysis needs at run time) no longer has, so its loader puts ICU4J 58.2
 * (copied to target/validator-lib by the build) before the test class path and leaves the newer
 * ICU4J out. Loading the schemas takes a few seconds, so one instance is shared.
 */
final class Html5Validator {

  private static final Path OLD_ICU = Path.of("target/validator-lib/icu4j.jar");
  private static Html5Validator instance;

  private final BiFunction<String, String, List<List<String>>> checker;

  @SuppressWarnings("unchecked")
  private Html5Validator() throws Exception {
    if (!Files.isRegularFile(OLD_ICU)) {
      throw new IllegalStateException(
          OLD_ICU + " is missing: run the tests through Maven (it copies ICU4J 58.2 there)");
    }
    List<URL> urls = new ArrayList<>();
    urls.add(OLD_ICU.toUri().toURL());
    String classPath =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    for (String entry : classPath.split(File.pathSeparator)) {
      if (!entry.isEmpty() && !Path.of(entry).getFileName().toString().startsWith("icu4j-")) {
        urls.add(Path.of(entry).toUri().toURL());
      }
    }
    // Parent is the platform loader, so nothing of the application's class path leaks in first.
    ClassLoader loader =
        new URLClassLoader(
            "nu-checker", urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
    checker =
        (BiFunction<String, String, List<List<String>>>)
            loader.loadClass("dev.lede.web.NuChecker").getConstructor().newInstance();
  }

  static synchronized Html5Validator get() throws Exception {
    if (instance == null) {
      instance = new Html5Validator();
    }
    return instance;
  }

  /** Errors and warnings, each as "line:col: level: message". */
  record Report(List<String> errors, List<String> warnings) {}

  Report check(String html) {
    List<List<String>> r = checker.apply("html", html);
    return new Report(r.get(0), r.get(1));
  }

  Report checkCss(String css) {
    List<List<String>> r = checker.apply("css", css);
    return new Report(r.get(0), r.get(1));
  }
}
