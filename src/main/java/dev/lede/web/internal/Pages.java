package dev.lede.web.internal;

import dev.lede.model.Article;
import dev.lede.model.WrittenStory;
import dev.lede.web.EntityPage;
import dev.lede.web.EntitySummary;
import dev.lede.web.SourceInfo;
import dev.lede.web.StoryPage;
import dev.lede.web.StoryView;
import dev.lede.web.internal.Views.Card;
import dev.lede.web.internal.Views.Head;
import dev.lede.web.internal.Views.Site;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Renders every HTML page from the precompiled jte templates. Thread-safe. */
public final class Pages {

  private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(ContentType.Html);

  private final SiteInfo info;
  private final Site site;
  private final Cards cards = new Cards();

  /**
   * The site's fixed facts.
   *
   * @param baseUrl origin without a trailing slash, e.g. {@code https://news.example.org}
   * @param name site name
   * @param language site language
   * @param css stylesheet path (with a version for caching)
   * @param js script path (with a version for caching)
   * @param searchAvailable false in a static export
   */
  public record SiteInfo(
      String baseUrl,
      String name,
      String language,
      String css,
      String js,
      boolean searchAvailable) {}

  public Pages(SiteInfo info) {
    this.info = info;
    this.site =
        new Site(
            Text.line(info.name()),
            info.language(),
            info.css(),
            info.js(),
            "",
            Messages.EN); // only story pages speak their own language
  }

  public SiteInfo info() {
    return info;
  }

  /** An absolute URL for a site path. */
  public String url(String path) {
    return info.baseUrl() + path;
  }

  public byte[] home(List<StoryView> stories) {
    List<Card> list = new ArrayList<>();
    stories.forEach(s -> list.add(cards.card(s, info.language())));
    Head head =
        page(
            site.name() + ": top stories",
            "Top stories at "
                + site.name()
                + ", each written from the reporting of several outlets"
                + " with every sentence linked to its source.",
            "/");
    return render("home.jte", Map.of("site", site.at("home"), "head", head, "cards", list));
  }

  public byte[] story(StoryPage page) {
    WrittenStory s = page.story();
    String lang = language(page.language());
    String canonical = url(dev.lede.web.SitePaths.story(s.story(), s.headline()));
    Head head =
        new Head(
            lang,
            Text.line(s.headline()) + " | " + site.name(),
            Text.line(s.metaDescription()),
            canonical,
            "article",
            Optional.of(Dates.when(s.datePublished())),
            Optional.of(Dates.when(s.dateModified())),
            Optional.of(JsonLd.newsArticle(s, lang, canonical, site.name(), url("/"))),
            false,
            alternates(page, lang, canonical));
    Messages t = Messages.forLanguage(lang);
    Views.Story model = StoryModel.build(page, lang, t, cards);
    return render("story.jte", Map.of("site", site.in(t), "head", head, "story", model));
  }

  /** hreflang alternates of a story told in several languages: itself and each other edition. */
  private List<Views.Alternate> alternates(StoryPage page, String lang, String canonical) {
    if (page.editions().isEmpty()) {
      return List.of();
    }
    List<Views.Alternate> out = new ArrayList<>();
    out.add(new Views.Alternate(lang, canonical));
    for (dev.lede.web.Edition e : page.editions()) {
      out.add(new Views.Alternate(e.language(), url(e.path())));
    }
    return out;
  }

  public byte[] entities(List<EntitySummary> list) {
    List<Views.EntityRow> rows = new ArrayList<>();
    for (EntitySummary e : list) {
      rows.add(
          new Views.EntityRow(
              e.entity().path(),
              Text.line(e.entity().name()),
              e.entity().kind().label(),
              e.stories()));
    }
    return listing(
        "entities",
        "Topics",
        "People, organisations and places in " + site.name() + " stories.",
        rows);
  }

  public byte[] entity(EntityPage page) {
    String name = Text.line(page.entity().name());
    Map<LocalDate, List<Card>> byDay = new LinkedHashMap<>();
    for (StoryView v : page.stories()) {
      byDay
          .computeIfAbsent(LocalDate.ofInstant(v.updated(), ZoneOffset.UTC), d -> new ArrayList<>())
          .add(cards.card(v, info.language()));
    }
    List<Views.TimelineDay> days = new ArrayList<>();
    byDay.forEach(
        (day, list) ->
            days.add(
                new Views.TimelineDay(
                    Dates.when(day.atStartOfDay(ZoneOffset.UTC).toInstant()), list)));
    List<String> aliases = page.aliases().stream().map(Text::line).toList();
    Views.Entity model =
        new Views.Entity(name, page.entity().kind().label(), aliases, days, page.stories().size());
    Head head =
        page(
            name + " | " + site.name(),
            "Stories about " + name + " at " + site.name() + ", newest first.",
            page.entity().path());
    return render("entity.jte", Map.of("site", site.at("entities"), "head", head, "entity", model));
  }

  public byte[] sources(List<SourceInfo> list) {
    List<Views.SourceRow> rows = new ArrayList<>();
    for (SourceInfo s : list) {
      List<Views.RefLink> refs = new ArrayList<>();
      for (String ref : s.refs()) {
        String text = Text.line(ref);
        refs.add(new Views.RefLink(Text.shorten(text, 60), SafeUrl.http(ref)));
      }
      rows.add(
          new Views.SourceRow(
              Text.line(s.outlet()), s.articles(), s.latest().map(Dates::when), refs));
    }
    return listing(
        "sources",
        "Sources",
        "The outlets " + site.name() + " reads and writes its stories from.",
        rows);
  }

  /** The page {@code /SECTION} listing {@code rows} with template {@code SECTION.jte}. */
  private byte[] listing(String section, String title, String description, List<?> rows) {
    Head head = page(title + " | " + site.name(), description, "/" + section);
    return render(section + ".jte", Map.of("site", site.at(section), "head", head, "rows", rows));
  }

  public byte[] search(Views.Search search) {
    String title =
        search.query().isEmpty() ? "Search" : "Search: " + Text.shorten(search.query(), 60);
    Head head =
        Head.website(
            info.language(),
            title + " | " + site.name(),
            "Search the articles " + site.name() + " has read.",
            url("/search"),
            true);
    return render("search.jte", Map.of("site", site.at("search"), "head", head, "search", search));
  }

  /** A search result row for an article. */
  public static Views.Result result(Article a) {
    return new Views.Result(
        Text.line(a.title()),
        SafeUrl.http(a.url()),
        Text.line(a.source()),
        a.published().map(Dates::when),
        Text.shorten(Text.line(a.text()), 240));
  }

  public byte[] error(int status, String heading, String message) {
    Head head =
        Head.website(info.language(), heading + " | " + site.name(), message, url("/"), true);
    return render(
        "error.jte",
        Map.of(
            "site", site, "head", head, "status", status, "heading", heading, "message", message));
  }

  private Head page(String title, String description, String path) {
    return Head.website(info.language(), title, description, url(path), false);
  }

  private String language(String tag) {
    return Text.language(tag, info.language());
  }

  private static byte[] render(String template, Map<String, Object> params) {
    Utf8ByteOutput out = new Utf8ByteOutput();
    ENGINE.render(template, params, out);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(out.getContentLength());
    try {
      out.writeTo(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }
}
