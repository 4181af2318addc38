package dev.lede.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.lede.model.PollState;
import dev.lede.newsroom.Newsroom;
import dev.lede.newsroom.NewsroomService;
import dev.lede.testing.Slow;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The admin pages in a real browser (Debian's headless Chromium) with JavaScript off: sign in with
 * the token, see each source's health, pause one with a plain form, and a feed whose title and last
 * error are hostile markup shown as inert text. Screenshots go to {@code target/screenshots}
 * (copies in {@code docs/screenshots}). Skips without {@code /usr/bin/chromium} and {@code
 * /usr/bin/chromedriver}.
 */
@Slow
@Timeout(300)
class AdminBrowserTest {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final Path SHOTS = Path.of("target", "screenshots");
  static final String TOKEN = "browser-token-0123456789abcdef";
  static final String HOSTILE_TITLE = "<script>alert('title')</script><img src=x onerror=alert(1)>";
  static final String HOSTILE_ERROR = "status 500 <iframe src=javascript:alert(2)></iframe>";

  @TempDir Path data;
  Newsroom room;
  NewsroomService running;
  ChromeDriver driver;

  @BeforeEach
  void start() throws Exception {
    assumeThat(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER))
        .as("needs /usr/bin/chromium and /usr/bin/chromedriver")
        .isTrue();
    Files.createDirectories(SHOTS);
    Newsroom.open(data).close();
    room = Newsroom.openForServing(data);
    ServiceOptions o = new ServiceOptions();
    o.noPoll = true;
    o.env = Map.of("LEDE_WRITE_TOKEN", TOKEN);
    running = ServeCommand.start(room, new LlmOptions(), "127.0.0.1", 0, 0, o, Clock.systemUTC());
    var catalog =
        new dev.lede.sources.SourceCatalog(
            room.articles(), room.sourceLabels(), room.pollStates(), Clock.systemUTC(), () -> {});
    catalog.add(
        "https://world.example.org/feed.xml", Optional.of("World Desk"), Optional.of("World"));
    catalog.add(
        "https://hostile.example.org/rss", Optional.of(HOSTILE_TITLE), Optional.of("Odd <b>"));
    catalog.add(
        "https://science.example.org/atom", Optional.of("Science Weekly"), Optional.empty());
    Instant now = Instant.now();
    room.pollStates()
        .put(
            new PollState(
                "https://hostile.example.org/rss",
                now.plus(Duration.ofMinutes(20)),
                Optional.of(now.minus(Duration.ofMinutes(3))),
                "failed",
                Optional.of(HOSTILE_ERROR),
                3,
                false,
                Optional.empty(),
                Optional.empty(),
                0));
    room.pollStates()
        .put(
            new PollState(
                "https://world.example.org/feed.xml",
                now.plus(Duration.ofMinutes(5)),
                Optional.of(now.minus(Duration.ofMinutes(10))),
                "ok",
                Optional.empty(),
                0,
                false,
                Optional.of(Duration.ofMinutes(40)),
                Optional.of(now.minus(Duration.ofMinutes(10))),
                2));
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--hide-scrollbars",
        "--force-device-scale-factor=1",
        "--window-size=1280,900",
        "--lang=en-GB");
    // The admin must work without JavaScript.
    options.setExperimentalOption(
        "prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
    driver =
        new ChromeDriver(
            new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build(),
            options);
  }

  @AfterEach
  void stop() throws Exception {
    if (driver != null) {
      driver.quit();
    }
    if (running != null) {
      running.close();
      room.close();
    }
  }

  @Test
  void signInSeeFeedHealthPauseASourceAndHostileTextStaysInert() throws Exception {
    String base = running.server().localUrl();
    driver.get(base + "/admin");
    assertThat(driver.findElement(By.tagName("h1")).getText()).contains("admin");
    shoot("admin-login");
    driver.findElement(By.id("token")).sendKeys(TOKEN);
    driver.findElement(By.cssSelector("form[action='/admin/login'] button")).click();

    assertThat(driver.getCurrentUrl()).isEqualTo(base + "/admin");
    assertNoAlert();
    var rows = driver.findElements(By.cssSelector(".admin-table tbody tr"));
    assertThat(rows).hasSize(3);
    String page = driver.findElement(By.tagName("main")).getText();
    assertThat(page).contains(HOSTILE_TITLE).contains(HOSTILE_ERROR).contains("Odd <b>");
    assertThat(page).contains("failed (3 in a row)").contains("World Desk").contains("due now");
    assertThat(driver.findElements(By.cssSelector("main img, main iframe, main script, main b")))
        .isEmpty();
    shoot("admin-sources");

    driver
        .findElement(
            By.xpath(
                "//tr[th[contains(., 'World Desk')]]//form[@action='/admin/sources/pause']/button"))
        .click();
    assertNoAlert();
    assertThat(driver.findElement(By.cssSelector(".flash")).getText())
        .isEqualTo("Paused https://world.example.org/feed.xml");
    assertThat(driver.findElement(By.xpath("//tr[th[contains(., 'World Desk')]]/td[2]")).getText())
        .isEqualTo("paused");
  }

  private void assertNoAlert() {
    try {
      String text = driver.switchTo().alert().getText();
      throw new AssertionError("a script ran and opened an alert: " + text);
    } catch (NoAlertPresentException expected) {
      // nothing ran
    }
  }

  private void shoot(String name) throws Exception {
    File f = driver.getScreenshotAs(OutputType.FILE);
    Files.copy(
        f.toPath(),
        SHOTS.resolve(name + ".png"),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }
}
