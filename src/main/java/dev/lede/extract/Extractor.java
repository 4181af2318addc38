package dev.lede.extract;

import dev.lede.extract.internal.Addresses;
import dev.lede.extract.internal.BaseHref;
import dev.lede.extract.internal.BlockPrints;
import dev.lede.extract.internal.ClassHints;
import dev.lede.extract.internal.HtmlDecoder;
import dev.lede.extract.internal.MainText;
import dev.lede.extract.internal.Metadata;
import dev.lede.extract.internal.PageModel;
import dev.lede.extract.internal.TextUtil;
import dev.lede.lang.LanguageDetector;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.LongStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Extracts the main text and metadata of a news page.
 *
 * <pre>{@code
 * ExtractedPage page = Extractor.extract(bytes, Optional.of("text/html; charset=utf-8"), url);
 * page.title();      // "Headline" (site name removed)
 * page.paragraphs(); // article text without navigation, ads, comments, share widgets
 * }</pre>
 *
 * <p>Never throws on malformed markup: broken HTML is parsed the way browsers do, and a page with
 * no recognisable article yields empty fields. Thread-safe; all methods are static and stateless.
 */
public final class Extractor {
  private Extractor() {}

  /**
   * Decodes and extracts a fetched page. The charset comes from a byte order mark, the {@code
   * Content-Type} header, a {@code <meta>} declaration, else UTF-8 (windows-1252 when the bytes are
   * not valid UTF-8).
   *
   * @param body raw response bytes
   * @param contentType the HTTP {@code Content-Type} header, if any
   * @param baseUrl the page URL, for resolving relative links ({@code ""} when unknown)
   */
  public static ExtractedPage extract(byte[] body, Optional<String> contentType, String baseUrl) {
    Objects.requireNonNull(body, "body must not be null");
    Objects.requireNonNull(contentType, "contentType must not be null (use Optional.empty())");
    Objects.requireNonNull(baseUrl, "baseUrl must not be null (use \"\" when unknown)");
    return extract(HtmlDecoder.decode(body, contentType).text(), baseUrl);
  }

  /**
   * As {@link #extract(byte[], Optional, String)}, also dropping the blocks of the host's template
   * (unless the page has little prose of its own beside them: a page already learned), and giving
   * the page's {@link ExtractedPage#blockPrints() block prints} to learn the template from.
   */
  public static ExtractedPage extract(
      byte[] body, Optional<String> contentType, String baseUrl, HostTemplate template) {
    Objects.requireNonNull(body, "body must not be null");
    Objects.requireNonNull(contentType, "contentType must not be null (use Optional.empty())");
    Objects.requireNonNull(baseUrl, "baseUrl must not be null (use \"\" when unknown)");
    Objects.requireNonNull(template, "template must not be null (use HostTemplate.none())");
    return extract(HtmlDecoder.decode(body, contentType).text(), baseUrl, template, true);
  }

  /**
   * Extracts an already decoded page.
   *
   * @param html the page markup
   * @param baseUrl the page URL, for resolving relative links ({@code ""} when unknown)
   */
  public static ExtractedPage extract(String html, String baseUrl) {
    Objects.requireNonNull(html, "html must not be null");
    Objects.requireNonNull(baseUrl, "baseUrl must not be null (use \"\" when unknown)");
    return extract(html, baseUrl, HostTemplate.none(), false);
  }

  private static ExtractedPage extract(
      String html, String baseUrl, HostTemplate template, boolean prints) {
    Document doc = Jsoup.parse(html, baseUrl);
    BaseHref.confine(doc, baseUrl);
    Metadata md = Metadata.of(doc);
    Element body = doc.body();
    PageModel model = PageModel.of(body, new ClassHints());
    MainText.Result main =
        template.size() == 0
            ? MainText.extract(model)
            : MainText.extract(model, template::contains);
    List<String> paragraphs = composed(orArticleBody(main.paragraphs(), md));
    Optional<String> language =
        md.declaredLanguage().or(() -> LanguageDetector.guess(sample(md, paragraphs)));
    Optional<String> image =
        md.image(u -> absolute(doc, u)).or(() -> firstImage(main.containers(), doc));
    return new ExtractedPage(
        md.title(),
        md.byline(),
        md.published(),
        md.modified(),
        language,
        md.canonicalUrl(u -> absolute(doc, u)).filter(Extractor::isHttp),
        image,
        md.description(),
        md.siteName(),
        paragraphs,
        prints ? prints(model) : List.of());
  }

  /**
   * The JSON-LD {@code articleBody} instead of the markup's text when it holds at least twice as
   * much: a page that renders its article by script shows the reader (and the markup) only a teaser
   * or nothing, while the structured data gives search engines the whole text.
   */
  /** Shortest {@code articleBody} (characters) taken: shorter ones are summaries. */
  static final int ARTICLE_BODY_MIN = 250;

  static List<String> orArticleBody(List<String> paragraphs, Metadata md) {
    Optional<String> raw = md.articleBody();
    if (raw.isEmpty()) return paragraphs;
    int have = length(paragraphs);
    String body = raw.get();
    if (body.length() < ARTICLE_BODY_MIN || body.length() < 2 * have) return paragraphs;
    List<String> given = bodyParagraphs(body);
    int len = length(given);
    return len >= ARTICLE_BODY_MIN && len >= 2 * have ? given : paragraphs;
  }

  /** The paragraphs of an {@code articleBody}: markup read as a fragment, else one per line. */
  private static List<String> bodyParagraphs(String body) {
    if (body.indexOf('<') >= 0 && body.indexOf('>') > 0) return paragraphs(body);
    List<String> out = new java.util.ArrayList<>();
    for (String line : body.split("\n")) {
      String t =
          org.jsoup.internal.StringUtil.normaliseWhitespace(
                  org.jsoup.parser.Parser.unescapeEntities(line, false))
              .strip();
      if (!t.isEmpty()) out.add(t);
    }
    return out;
  }

  /** The paragraphs in Unicode's composed form ({@link TextUtil#nfc}). */
  private static List<String> composed(List<String> paragraphs) {
    String[] out = new String[paragraphs.size()];
    for (int i = 0; i < out.length; i++) out[i] = TextUtil.nfc(paragraphs.get(i));
    return List.of(out);
  }

  private static int length(List<String> ps) {
    int n = 0;
    for (String p : ps) n += p.length();
    return n;
  }

  private static String sample(Metadata md, List<String> paragraphs) {
    StringBuilder b = new StringBuilder();
    md.title().ifPresent(t -> b.append(t).append('\n'));
    for (String p : paragraphs) {
      if (b.length() > 4000) break;
      b.append(p).append('\n');
    }
    return b.toString();
  }

  /** A canonical URL names a web address: {@code javascript:} or {@code file:} ones are dropped. */
  private static boolean isHttp(String url) {
    String u = url.toLowerCase(java.util.Locale.ROOT);
    return u.startsWith("http://") || u.startsWith("https://");
  }

  private static String absolute(Document doc, String url) {
    String u = url.trim();
    if (u.startsWith("data:")) return "";
    String resolved = Addresses.resolve(doc.baseUri(), u);
    if (!resolved.isEmpty()) return resolved;
    return u.startsWith("http://") || u.startsWith("https://") ? u : "";
  }

  private static Optional<String> firstImage(List<Element> containers, Document doc) {
    for (Element c : containers) {
      for (Element img : c.getElementsByTag("img")) {
        if (isTiny(img.attr("width")) || isTiny(img.attr("height"))) continue;
        for (String attr : new String[] {"src", "data-src", "data-lazy-src", "data-original"}) {
          String abs = img.hasAttr(attr) ? absolute(doc, img.attr(attr)) : "";
          if (!abs.isEmpty()) return Optional.of(abs);
        }
      }
    }
    return Optional.empty();
  }

  private static boolean isTiny(String dimension) {
    int v = 0;
    for (int i = 0; i < dimension.length(); i++) {
      char c = dimension.charAt(i);
      if (c < '0' || c > '9') break;
      v = v * 10 + (c - '0');
      if (v > 10000) break;
    }
    return !dimension.isEmpty() && v > 0 && v < 50;
  }

  /**
   * The paragraphs of an HTML fragment such as a feed item's {@code content:encoded}: all text
   * blocks in order, minus scripts, hidden elements and share/related/ad widgets. No main-content
   * selection is made, since a fragment is already the article.
   */
  public static List<String> paragraphs(String htmlFragment) {
    Objects.requireNonNull(htmlFragment, "htmlFragment must not be null");
    Document doc = Jsoup.parseBodyFragment(htmlFragment);
    return List.copyOf(MainText.allParagraphs(PageModel.of(doc.body(), new ClassHints())));
  }

  /**
   * As {@link #paragraphs(String)}, also dropping the blocks of the host's template (unless the
   * fragment has little prose of its own beside them); the result has the paragraphs and {@link
   * ExtractedPage#blockPrints() block prints} and no metadata (a fragment has none).
   */
  public static ExtractedPage fragment(String htmlFragment, HostTemplate template) {
    Objects.requireNonNull(htmlFragment, "htmlFragment must not be null");
    Objects.requireNonNull(template, "template must not be null (use HostTemplate.none())");
    Document doc = Jsoup.parseBodyFragment(htmlFragment);
    PageModel model = PageModel.of(doc.body(), new ClassHints());
    List<String> paragraphs =
        template.size() == 0
            ? MainText.allParagraphs(model)
            : MainText.allParagraphs(model, template::contains);
    Optional<String> none = Optional.empty();
    return new ExtractedPage(
        none,
        none,
        Optional.empty(),
        Optional.empty(),
        none,
        none,
        none,
        none,
        none,
        paragraphs,
        prints(model));
  }

  private static List<Long> prints(PageModel model) {
    return LongStream.of(BlockPrints.of(model)).boxed().toList();
  }
}
