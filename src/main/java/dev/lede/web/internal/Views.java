package dev.lede.web.internal;

import dev.lede.web.internal.Dates.When;
import java.util.List;
import java.util.Optional;

/**
 * What the templates render: plain records whose text is already cleaned ({@link Text#clean}) and
 * whose link targets are already checked ({@link SafeUrl}). Templates escape all of it again on
 * output.
 */
public final class Views {

  private Views() {}

  /**
   * The site chrome. {@code nav} is the current section for {@code aria-current}; {@code t} the
   * language of the chrome's words (a story page's own, else the site's).
   */
  public record Site(String name, String language, String css, String js, String nav, Messages t) {
    public Site at(String section) {
      return new Site(name, language, css, js, section, t);
    }

    /** This chrome with its words in the language of {@code messages}. */
    public Site in(Messages messages) {
      return new Site(name, language, css, js, nav, messages);
    }

    public boolean current(String section) {
      return nav.equals(section);
    }
  }

  /**
   * The document head. {@code jsonLd} is already serialised with {@link SafeJson} (no {@code <}),
   * the only text a template writes unescaped.
   */
  public record Head(
      String lang,
      String title,
      String description,
      String canonical,
      String ogType,
      Optional<When> published,
      Optional<When> modified,
      Optional<String> jsonLd,
      boolean noindex,
      List<Alternate> alternates) {

    /** A page that is no article, in one language, with no structured data. */
    public static Head website(
        String lang, String title, String description, String canonical, boolean noindex) {
      return new Head(
          lang,
          title,
          description,
          canonical,
          "website",
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          noindex,
          List.of());
    }
  }

  /** The same page in another language: {@code <link rel="alternate" hreflang=...>}. */
  public record Alternate(String hreflang, String href) {}

  /**
   * Another language's edition of a story: its language named in itself, its page, its sources
   * (counted, and listed so that a reader of this edition can open every source the story has).
   */
  public record EditionLink(
      String lang, String name, String href, String label, List<SourceLink> sources) {}

  /** A story in a list. {@code lang} is empty when it is the page's own language. */
  public record Card(
      String href,
      String headline,
      String teaser,
      String lang,
      int outlets,
      int articles,
      When updated) {}

  /** A citation marker after a sentence, linking to the quote in the sources panel. */
  public record Cite(String id, String href, String label, String title) {}

  public record Sentence(String id, String text, List<Cite> cites) {}

  public record Quote(String text, String speaker, String outlet, String sourceHref) {}

  public record Block(
      String id, String heading, List<List<Sentence>> paragraphs, List<Quote> quotesAfter) {}

  public record Version(String value, String outlets, List<Cite> cites) {}

  public record Difference(String about, List<Version> versions) {}

  /**
   * A quoted passage in the sources panel; {@code backHref} returns to the first sentence citing
   * it.
   */
  public record Passage(String id, String text, String backHref) {}

  public record SourceEntry(
      int number,
      String id,
      String outlet,
      String title,
      Optional<String> url,
      Optional<When> published,
      List<Passage> passages,
      boolean background) {}

  public record Update(int version, When at, String note) {}

  public record Related(Card card, String reason) {}

  public record EntityLink(String href, String name, String kind) {}

  /** A link in the disclaimer: outlet and title, to the original when its URL is http(s). */
  public record SourceLink(String outlet, String title, Optional<String> url) {}

  public record Story(
      String lang,
      String headline,
      String standfirst,
      When published,
      When modified,
      Optional<String> coverageDates,
      boolean revised,
      int version,
      int sourceCount,
      int outletCount,
      List<EntityLink> entities,
      List<Sentence> lede,
      List<Quote> quotesAfterLede,
      List<Block> sections,
      List<Difference> differences,
      List<Sentence> background,
      Optional<CoverageChart.Chart> chart,
      String disclaimer,
      List<SourceLink> disclaimerLinks,
      List<SourceEntry> sources,
      List<Update> updates,
      List<Related> related,
      List<EditionLink> editions) {

    /**
     * Whether the lede opens with a drop cap: only on a letter, since a dropped digit ("2011年3月",
     * "9 killed") or quotation mark reads as a misprint.
     */
    public boolean dropCap() {
      if (lede.isEmpty()) {
        return false;
      }
      String first = lede.get(0).text().strip();
      return !first.isEmpty() && Character.isLetter(first.codePointAt(0));
    }
  }

  public record Entity(
      String name, String kind, List<String> aliases, List<TimelineDay> timeline, int stories) {}

  /** Stories of one day on an entity's timeline. */
  public record TimelineDay(When day, List<Card> cards) {}

  public record EntityRow(String href, String name, String kind, int stories) {}

  public record SourceRow(
      String outlet, long articles, Optional<When> latest, List<RefLink> refs) {}

  /** A feed or page a source is read from; a link only when it is http(s). */
  public record RefLink(String text, Optional<String> url) {}

  /** Search form state and results. */
  public record Search(
      String query,
      String entity,
      String outlet,
      String from,
      String to,
      List<Option> entities,
      List<Option> outlets,
      Optional<List<Result>> results,
      Optional<String> error,
      boolean available) {}

  public record Option(String value, String label, boolean selected) {}

  public record Result(
      String title,
      Optional<String> url,
      String outlet,
      Optional<When> published,
      String snippet) {}
}
