package dev.lede.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * What ships is licensed as we say: every runtime dependency in the licence plugin's third-party
 * report (made at generate-resources, before tests) has a licence the pom allows and is listed in
 * NOTICE. A dependency added without that fails here, naming the line NOTICE needs.
 */
class LicenceReportTest {

  private static final Path REPORT = Path.of("target/generated-sources/license/THIRD-PARTY.txt");
  private static final Pattern ROW =
      Pattern.compile(
          "^\\s*((?:\\((?:[^()]|\\([^()]*\\))*\\)\\s*)+)(.*?)\\s*\\(([^():\\s]+):([^():\\s]+):[^():\\s]+ - .*\\)\\s*$");
  private static final Pattern LICENCE = Pattern.compile("\\(((?:[^()]|\\([^()]*\\))*)\\)");

  record Component(String coordinates, String name, List<String> licences) {
    Component {
      licences = List.copyOf(licences);
    }

    String noticeLine() {
      return "  " + coordinates + " (" + name + "): " + String.join(" OR ", licences);
    }
  }

  @Test
  void everyShippedDependencyHasAnAllowedLicence() throws IOException {
    Set<String> allowed = allowedLicences();
    List<String> refused =
        report().stream()
            .filter(c -> c.licences().stream().noneMatch(allowed::contains))
            .map(Component::noticeLine)
            .toList();
    assertThat(refused)
        .as("dependencies without a licence from pom.xml's includedLicenses")
        .isEmpty();
  }

  @Test
  void noticeListsEveryShippedDependencyWithItsLicence() throws IOException {
    String notice = Files.readString(Path.of("NOTICE"), StandardCharsets.UTF_8);
    List<String> missing =
        report().stream()
            .map(Component::noticeLine)
            .filter(line -> !notice.contains(line))
            .toList();
    assertThat(missing).as("lines NOTICE needs (add them under 'Third-party libraries')").isEmpty();
  }

  @Test
  void aDependencyUnderTheGplAloneIsRefusedByThePolicy() throws IOException {
    Component gpl =
        parse(
            "     (GNU General Public License, Version 3) Some Lib (org.example:some-lib:1.0 - https://example.org)");
    assertThat(gpl.licences()).containsExactly("GNU General Public License, Version 3");
    assertThat(allowedLicences()).doesNotContainAnyElementsOf(gpl.licences());
    Component dual =
        parse(
            "     (Apache-2.0) (LGPL-2.1-or-later) Java Native Access (net.java.dev.jna:jna:5.17.0 - https://github.com/java-native-access/jna)");
    assertThat(dual.coordinates()).isEqualTo("net.java.dev.jna:jna");
    assertThat(dual.licences()).containsExactly("Apache-2.0", "LGPL-2.1-or-later");
    assertThat(allowedLicences()).containsAnyElementsOf(dual.licences());
  }

  private static List<Component> report() throws IOException {
    assumeTrue(Files.exists(REPORT), "no licence report at " + REPORT + " (run through Maven)");
    List<Component> rows = new ArrayList<>();
    for (String line : Files.readAllLines(REPORT, StandardCharsets.UTF_8)) {
      if (line.trim().startsWith("(")) {
        rows.add(parse(line));
      }
    }
    assertThat(rows).as("components in " + REPORT).isNotEmpty();
    return rows;
  }

  private static Component parse(String line) {
    Matcher m = ROW.matcher(line);
    if (!m.matches()) {
      throw new IllegalArgumentException("unreadable licence report line: " + line);
    }
    List<String> licences = new ArrayList<>();
    Matcher l = LICENCE.matcher(m.group(1));
    while (l.find()) {
      licences.add(l.group(1).trim());
    }
    return new Component(m.group(3) + ":" + m.group(4), m.group(2).trim(), licences);
  }

  /** The allow list lives in one place, the licence plugin's configuration in pom.xml. */
  private static Set<String> allowedLicences() throws IOException {
    String pom = Files.readString(Path.of("pom.xml"), StandardCharsets.UTF_8);
    Matcher m = Pattern.compile("<includedLicenses>([^<]+)</includedLicenses>").matcher(pom);
    assertThat(m.find()).as("includedLicenses in pom.xml").isTrue();
    return Pattern.compile("\\|")
        .splitAsStream(m.group(1))
        .map(String::trim)
        .collect(Collectors.toSet());
  }
}
