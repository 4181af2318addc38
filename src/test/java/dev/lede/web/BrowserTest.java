package dev.lede.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.lede.testing.Slow;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real browser (Debian's headless Chromium through ChromeDriver) reads the site: home, a story, a
 * citation, a related story, search, the hostile story, a phone-sized screen. Screenshots go to
 * {@code target/screenshots}. Skips when {@code /usr/bin/chromium} or {@code /usr/bin/chromedriver}
 * is missing ({@code apt-get install -y chromium chromium-driver}).
 */
@Slow
@Timeout(300)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrowserTest {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path SHOTS = Path.of("target", "screenshots");

  private static WebServer server;
  private static ChromeDriver driver;
  private static WebDriverWait wait;

  @BeforeAll
  @Timeout(120) // starts chromedriver and Chromium
  static void start() throws Exception {
    assumeThat(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER))
        .as(
            "needs /usr/bin/chromium and /usr/bin/chromedriver (apt-get install chromium chromium-driver)")
        .isTrue();
    Files.createDirectories(SHOTS);
    server =
        WebServer.start(
            FixtureSiteData.create(Instant.now()),
            WebConfig.defaults(0).withRateLimits(RateLimit.off(), RateLimit.off()));
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
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
    driver = new ChromeDriver(service, options);
    wait = new WebDriverWait(driver, Duration.ofSeconds(10));
  }

  @AfterAll
  static void stop() {
    if (driver != null) {
      driver.quit();
    }
    if (server != null) {
      server.stop();
    }
  }

  @Test
  @Order(1)
  void homeListsTopStoriesWithHeadlineTeaserOutletsAndTime() throws Exception {
    driver.get(server.baseUrl() + "/");
    assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Top stories");
    List<WebElement> cards = driver.findElements(By.cssSelector(".cards .card"));
    assertThat(cards).hasSizeGreaterThanOrEqualTo(4);
    WebElement first = cards.get(0);
    assertThat(first.findElement(By.cssSelector("h2 a")).getText()).contains("Lowmoor");
    assertThat(first.findElement(By.cssSelector(".teaser")).getText()).isNotBlank();
    assertThat(first.findElement(By.cssSelector(".meta")).getText()).contains("4 outlets");
    assertThat(first.findElement(By.cssSelector("time")).getAttribute("datetime")).endsWith("Z");
    shoot("home");
    assertNoConsoleErrors();
  }

  @Test
  @Order(2)
  void storyPageOpensFromHomeWithOneH1AndItsParts() throws Exception {
    driver.get(server.baseUrl() + "/");
    driver.findElement(By.cssSelector(".cards .card h2 a")).click();
    wait.until(ExpectedConditions.urlContains("/stories/" + FixtureSiteData.MAIN));
    assertThat(driver.findElements(By.tagName("h1"))).hasSize(1);
    assertThat(driver.findElement(By.tagName("h1")).getText()).startsWith("Lowmoor closes");
    assertThat(driver.findElement(By.cssSelector(".standfirst")).getText()).isNotBlank();
    assertThat(driver.findElements(By.cssSelector("figure.pull"))).hasSize(2);
    assertThat(driver.findElements(By.cssSelector(".body h2")))
        .extracting(WebElement::getText)
        .contains("How the barrier held", "Where sources differ", "Background");
    assertThat(driver.findElement(By.cssSelector("svg.chart")).isDisplayed()).isTrue();
    assertThat(driver.findElements(By.cssSelector(".source-list > li"))).hasSize(8);
    assertThat(driver.findElements(By.cssSelector(".update-list li"))).hasSize(3);
    shootFullPage("story");
    JavascriptExecutor js = (JavascriptExecutor) driver;
    js.executeScript("document.getElementById('coverage').scrollIntoView()");
    shoot("story-coverage-disclaimer");
    js.executeScript("document.getElementById('updates').scrollIntoView()");
    shoot("story-updates-related");
    assertNoConsoleErrors();
  }

  @Test
  @Order(3)
  void clickingACitationShowsTheExactSourceQuoteAndOutlet() throws Exception {
    driver.get(server.baseUrl() + "/stories/" + FixtureSiteData.MAIN);
    WebElement marker = driver.findElement(By.cssSelector(".lede sup.cite a"));
    String target = marker.getAttribute("href");
    assertThat(target).matches(".*#q\\d+$");
    marker.click();
    WebElement pop =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".cite-pop")));
    assertThat(pop.findElement(By.cssSelector(".pop-outlet")).getText()).isEqualTo("Harbour Times");
    assertThat(pop.findElement(By.tagName("blockquote")).getText())
        .contains(
            "The gates of the Lowe barrier were lowered for the first time at 7pm on Sunday as the"
                + " surge pushed up the estuary.");
    assertThat(marker.getAttribute("aria-expanded")).isEqualTo("true");
    shoot("story-citation");

    // The same marker without script: its link leads to the passage in the sources panel.
    pop.findElement(By.linkText("In the sources list")).click();
    wait.until(ExpectedConditions.urlMatches(".*#q\\d+$"));
    String id = driver.getCurrentUrl().replaceAll(".*#", "");
    WebElement passage = driver.findElement(By.id(id));
    assertThat(passage.getText()).contains("The gates of the Lowe barrier were lowered");
    assertThat(passage.findElement(By.xpath("ancestor::li[starts-with(@id,'s')]")).getText())
        .contains("Harbour Times");
    assertThat(driver.findElements(By.cssSelector(".cite-pop"))).isEmpty();
    shoot("story-sources-target");
  }

  @Test
  @Order(4)
  void withoutJavaScriptACitationIsALinkToItsPassage() throws Exception {
    driver.executeCdpCommand(
        "Emulation.setScriptExecutionDisabled", java.util.Map.of("value", true));
    try {
      driver.get(server.baseUrl() + "/stories/" + FixtureSiteData.MAIN);
      WebElement marker = driver.findElement(By.cssSelector(".body section sup.cite a"));
      String href = marker.getAttribute("href");
      marker.click();
      wait.until(ExpectedConditions.urlToBe(href));
      assertThat(driver.findElements(By.cssSelector(".cite-pop"))).isEmpty();
      WebElement passage = driver.findElement(By.id(href.replaceAll(".*#", "")));
      assertThat(passage.getCssValue("background-color")).isNotEqualTo("rgba(0, 0, 0, 0)");
      assertThat(passage.findElement(By.tagName("q")).getText())
          .isEqualTo(
              "Forecasters warned that water could rise 1.2 metres above a normal high tide.");
      shoot("story-citation-no-script");
    } finally {
      driver.executeCdpCommand(
          "Emulation.setScriptExecutionDisabled", java.util.Map.of("value", false));
    }
  }

  @Test
  @Order(4)
  void escapeClosesTheCitationAndReturnsFocus() {
    driver.get(server.baseUrl() + "/stories/" + FixtureSiteData.MAIN);
    WebElement marker = driver.findElement(By.cssSelector(".body section sup.cite a"));
    marker.click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".cite-pop")));
    driver.switchTo().activeElement().sendKeys(org.openqa.selenium.Keys.ESCAPE);
    wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".cite-pop"), 0));
    assertThat(driver.switchTo().activeElement().getAttribute("id"))
        .isEqualTo(marker.getAttribute("id"));
  }

  @Test
  @Order(5)
  void followsARelatedStoryWithItsReason() throws Exception {
    driver.get(server.baseUrl() + "/stories/" + FixtureSiteData.MAIN);
    WebElement item = driver.findElement(By.cssSelector(".related .related-item"));
    assertThat(item.findElement(By.cssSelector(".reason")).getDomProperty("textContent"))
        .startsWith("Why related: Earlier");
    assertThat(item.findElement(By.cssSelector(".teaser")).getText()).isNotBlank();
    item.findElement(By.cssSelector("h3 a")).click();
    wait.until(ExpectedConditions.urlContains("/stories/s-barrier-funding"));
    assertThat(driver.findElement(By.tagName("h1")).getText())
        .isEqualTo("Lowmoor City Council approves £212m for a tidal flood barrier");
    shoot("related-story");
  }

  @Test
  @Order(6)
  void searchesWithWordsAndAnOutletFilter() throws Exception {
    driver.get(server.baseUrl() + "/search");
    driver.findElement(By.id("q")).sendKeys("barrier");
    new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("outlet")))
        .selectByVisibleText("Harbour Times");
    driver.findElement(By.cssSelector(".search-form button")).click();
    wait.until(ExpectedConditions.urlContains("q=barrier"));
    List<WebElement> results = driver.findElements(By.cssSelector(".results > li"));
    assertThat(results).isNotEmpty();
    assertThat(results)
        .allSatisfy(
            r ->
                assertThat(r.findElement(By.cssSelector(".meta")).getText())
                    .startsWith("Harbour Times"));
    assertThat(driver.findElement(By.id("q")).getAttribute("value")).isEqualTo("barrier");
    shoot("search");
  }

  @Test
  @Order(7)
  void entityPageShowsItsStoriesOnATimeline() throws Exception {
    driver.get(server.baseUrl() + "/stories/" + FixtureSiteData.MAIN);
    driver.findElement(By.linkText("Lowmoor City Council")).click();
    wait.until(ExpectedConditions.urlContains("/entities/lowmoor-city-council"));
    assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Lowmoor City Council");
    assertThat(driver.findElements(By.cssSelector(".timeline > li"))).hasSize(2);
    shoot("entity");
    driver.findElement(By.linkText("Topics")).click();
    wait.until(ExpectedConditions.urlMatches(".*/entities$"));
    shoot("entities");
    driver.findElement(By.linkText("Sources")).click();
    wait.until(ExpectedConditions.urlMatches(".*/sources$"));
    assertThat(driver.findElements(By.cssSelector(".source-table tbody tr")))
        .hasSizeGreaterThanOrEqualTo(5);
    shoot("sources");
  }

  @Test
  @Order(8)
  void hostileStoryRunsNoScriptAndShowsTheTextLiterally() throws Exception {
    driver.get(server.baseUrl() + "/stories/" + FixtureSiteData.HOSTILE);
    assertNoAlert();
    assertThat(driver.findElement(By.tagName("h1")).getText())
        .isEqualTo(FixtureSiteData.SCRIPT_HEADLINE);
    assertThat(driver.findElements(By.cssSelector("main img, main iframe, main svg[onload]")))
        .isEmpty();
    driver.findElement(By.cssSelector(".lede sup.cite a")).click();
    assertNoAlert();
    assertThat(driver.findElement(By.cssSelector(".cite-pop blockquote")).getText())
        .isEqualTo("quote one " + FixtureSiteData.SVG_ONLOAD);
    Object hostileLinks =
        ((JavascriptExecutor) driver)
            .executeScript(
                "return [...document.querySelectorAll('a[href]')].filter(a => !/^(https?:|#|\\/)/.test(a.getAttribute('href'))).length");
    assertThat(hostileLinks).isEqualTo(0L);
    shootFullPage("hostile-story");
    driver.get(server.baseUrl() + "/");
    assertNoAlert();
  }

  @Test
  @Order(9)
  void storyIsReadableOnAPhone() throws Exception {
    driver.manage().window().setSize(new Dimension(390, 844));
    try {
      driver.get(server.baseUrl() + "/stories/" + FixtureSiteData.MAIN);
      JavascriptExecutor js = (JavascriptExecutor) driver;
      Long overflow =
          (Long)
              js.executeScript("return document.documentElement.scrollWidth - window.innerWidth");
      assertThat(overflow).isLessThanOrEqualTo(0L);
      String size =
          (String)
              js.executeScript(
                  "return getComputedStyle(document.querySelector('.body p')).fontSize");
      assertThat(Double.parseDouble(size.replace("px", ""))).isGreaterThanOrEqualTo(16.0);
      shoot("story-phone");
      driver.get(server.baseUrl() + "/");
      shoot("home-phone");
    } finally {
      driver.manage().window().setSize(new Dimension(1280, 900));
    }
  }

  @Test
  @Order(10)
  void keyboardFocusIsVisible() {
    driver.get(server.baseUrl() + "/");
    driver.findElement(By.tagName("body")).sendKeys(org.openqa.selenium.Keys.TAB);
    WebElement focused = driver.switchTo().activeElement();
    assertThat(focused.getText()).isEqualTo("Skip to content");
    assertThat(focused.getCssValue("outline-style")).isEqualTo("solid");
    assertThat(focused.getCssValue("outline-width")).isEqualTo("3px");
  }

  private static void assertNoAlert() {
    try {
      String text = driver.switchTo().alert().getText();
      throw new AssertionError("a script ran and opened an alert: " + text);
    } catch (NoAlertPresentException expected) {
      // nothing ran
    }
  }

  private static void assertNoConsoleErrors() {
    List<LogEntry> entries = driver.manage().logs().get(LogType.BROWSER).getAll();
    assertThat(entries)
        .as("console messages (CSP violations and script errors show here)")
        .filteredOn(e -> e.getLevel().intValue() >= Level.WARNING.intValue())
        .filteredOn(e -> !e.getMessage().contains("favicon.ico"))
        .isEmpty();
  }

  private static void shoot(String name) throws Exception {
    File f = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
    Files.copy(
        f.toPath(),
        SHOTS.resolve(name + ".png"),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }

  private static void shootFullPage(String name) throws Exception {
    JavascriptExecutor js = (JavascriptExecutor) driver;
    long height = (Long) js.executeScript("return document.documentElement.scrollHeight");
    Dimension before = driver.manage().window().getSize();
    driver
        .manage()
        .window()
        .setSize(new Dimension(before.getWidth(), (int) Math.min(height + 120, 8000)));
    try {
      shoot(name);
    } finally {
      driver.manage().window().setSize(before);
    }
  }
}
