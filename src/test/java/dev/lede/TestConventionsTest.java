package dev.lede;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.lede.testing.Slow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The tests' own rules, checked on the test classes: a test that starts a process (directly,
 * through a helper such as {@code LedeProcess}, or a browser through ChromeDriver) carries
 * {@code @Timeout}, so a hung child fails the build instead of hanging it; a test that starts a
 * process, drives a browser, loads the embedding model or reads {@code ../shared/data} is tagged
 * {@link Slow}, so {@code mvn test -Pfast} leaves it out; no test sleeps (time is a {@code
 * MutableClock}, a slow peer one of {@code TestHttpServer}'s handlers); no randomized test fixes
 * its seed (jqwik picks a fresh one and prints it).
 */
class TestConventionsTest {
  private static final List<String> TEST_ANNOTATIONS =
      List.of(
          "org.junit.jupiter.api.Test",
          "org.junit.jupiter.params.ParameterizedTest",
          "org.junit.jupiter.api.RepeatedTest",
          "org.junit.jupiter.api.TestFactory",
          "net.jqwik.api.Property",
          "net.jqwik.api.Example");
  private static final Set<String> SLOW_TYPES =
      Set.of(
          "dev.lede.testing.SharedData",
          "dev.lede.nlp.MiniLmEmbedder",
          "dev.lede.nlp.SharedMiniLm",
          "org.openqa.selenium.chrome.ChromeDriver");

  // Drivers that start a browser process (and the driver's own).
  private static final Set<String> BROWSERS = Set.of("org.openqa.selenium.chrome.ChromeDriver");

  static JavaClasses tests;
  static Set<String> startProcesses;
  static Set<String> slow;

  @BeforeAll
  static void importTestClasses() {
    tests =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .withImportOption(location -> !location.contains("/dev/lede/bench/"))
            .importPackages("dev.lede");
    startProcesses = reaching(TestConventionsTest::startsAProcess);
    slow =
        reaching(
            c ->
                startsAProcess(c)
                    || c.getDirectDependenciesFromSelf().stream()
                        .anyMatch(d -> SLOW_TYPES.contains(d.getTargetClass().getName())));
  }

  @Test
  void everyTestThatStartsAProcessHasATimeout() {
    Set<String> missing = new TreeSet<>();
    for (JavaClass c : testClasses()) {
      if (!startProcesses.contains(c.getName()) || hasOnSelfOrOuter(c, Timeout.class)) {
        continue;
      }
      for (JavaMethod m : c.getMethods()) {
        if (isTest(m) && !m.isAnnotatedWith(Timeout.class)) {
          missing.add(c.getName() + "." + m.getName());
        }
      }
    }
    assertThat(missing).as("tests that start a process without @Timeout").isEmpty();
  }

  @Test
  void everySlowTestIsTaggedSlow() {
    Set<String> untagged = new TreeSet<>();
    for (JavaClass c : testClasses()) {
      if (slow.contains(c.getName()) && !taggedSlow(c)) {
        untagged.add(c.getName());
      }
    }
    assertThat(untagged)
        .as("test classes that start a process, a browser or the model, or read shared data")
        .isEmpty();
  }

  @Test
  void noTestSleeps() {
    Set<String> sleeping = new TreeSet<>();
    for (JavaClass c : tests) {
      if (c.getPackageName().equals("dev.lede.testing")) {
        continue; // TestHttpServer's slow peers
      }
      if (topLevel(c).getSimpleName().endsWith("Bench")) {
        continue; // benchmarks (bench/ scripts) wait on other processes' wall time; not tests
      }
      c.getMethodCallsFromSelf().stream()
          .filter(
              call ->
                  call.getTargetOwner().isEquivalentTo(Thread.class)
                      && call.getName().equals("sleep"))
          .forEach(call -> sleeping.add(topLevel(c).getName() + ":" + call.getLineNumber()));
    }
    assertThat(sleeping).as("tests that sleep").isEmpty();
  }

  @Test
  void noRandomizedTestFixesItsSeed() throws IOException {
    Pattern fixed =
        Pattern.compile(
            "new (?:java\\.util\\.)?(?:Random|SplittableRandom)\\(\\s*-?[0-9_]+L?\\s*\\)"
                + "|@Property\\([^)]*\\bseed\\s*=");
    Set<String> found = new TreeSet<>();
    Path root = Path.of("src", "test", "java");
    try (Stream<Path> files = Files.walk(root)) {
      for (Path f : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        if (f.toString().contains("/dev/lede/bench/")) {
          continue; // benchmarks name their seeds (--seed=N) so runs compare
        }
        List<String> lines = Files.readAllLines(f);
        for (int i = 0; i < lines.size(); i++) {
          if (fixed.matcher(lines.get(i)).find()) {
            found.add(root.relativize(f) + ":" + (i + 1));
          }
        }
      }
    }
    assertThat(found).as("random generators or properties with a fixed seed").isEmpty();
  }

  private static boolean startsAProcess(JavaClass c) {
    return c.getMethodCallsFromSelf().stream()
            .anyMatch(
                call ->
                    call.getTargetOwner().isEquivalentTo(ProcessBuilder.class)
                        && call.getName().equals("start"))
        || c.getConstructorCallsFromSelf().stream()
            .anyMatch(call -> BROWSERS.contains(call.getTargetOwner().getName()));
  }

  /** The test classes that meet {@code seed}, or use (directly or not) a test class that does. */
  private static Set<String> reaching(Predicate<JavaClass> seed) {
    Set<String> found = new HashSet<>();
    for (JavaClass c : tests) {
      if (seed.test(c)) {
        found.add(c.getName());
      }
    }
    boolean grew = true;
    while (grew) {
      grew = false;
      for (JavaClass c : tests) {
        if (!found.contains(c.getName())
            && c.getDirectDependenciesFromSelf().stream()
                .anyMatch(d -> found.contains(d.getTargetClass().getName()))) {
          found.add(c.getName());
          grew = true;
        }
      }
    }
    // A lambda's or inner class's use counts for its top-level class.
    Set<String> out = new HashSet<>(found);
    for (JavaClass c : tests) {
      if (found.contains(c.getName())) {
        out.add(topLevel(c).getName());
      }
    }
    return out;
  }

  private static List<JavaClass> testClasses() {
    return tests.stream().filter(c -> c.getMethods().stream().anyMatch(m -> isTest(m))).toList();
  }

  private static boolean isTest(JavaMethod m) {
    return TEST_ANNOTATIONS.stream().anyMatch(m::isAnnotatedWith);
  }

  private static boolean taggedSlow(JavaClass c) {
    for (JavaClass k = c; k != null; k = k.getEnclosingClass().orElse(null)) {
      if (k.isAnnotatedWith(Slow.class)
          || k.isAnnotatedWith(Tag.class)
              && k.getAnnotationOfType(Tag.class).value().equals("slow")) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasOnSelfOrOuter(
      JavaClass c, Class<? extends java.lang.annotation.Annotation> annotation) {
    for (JavaClass k = c; k != null; k = k.getEnclosingClass().orElse(null)) {
      if (k.isAnnotatedWith(annotation)) {
        return true;
      }
    }
    return false;
  }

  private static JavaClass topLevel(JavaClass c) {
    JavaClass k = c;
    while (k.getEnclosingClass().isPresent()) {
      k = k.getEnclosingClass().get();
    }
    return k;
  }
}
