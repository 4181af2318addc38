package dev.lede.web.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lede.model.SourceRef;
import dev.lede.model.WrittenStory;

/**
 * schema.org NewsArticle for a story page, serialised so it cannot break out of its script block.
 */
public final class JsonLd {

  private JsonLd() {}

  /**
   * The JSON-LD text for {@code <script type="application/ld+json">}: headline, description, dates,
   * the site as author and publisher, and the http(s) source URLs as {@code isBasedOn}.
   */
  public static String newsArticle(
      WrittenStory s, String language, String canonical, String siteName, String siteUrl) {
    ObjectNode o = SafeJson.object();
    o.put("@context", "https://schema.org");
    o.put("@type", "NewsArticle");
    o.put("headline", Text.line(s.headline()));
    o.put("description", Text.line(s.metaDescription()));
    o.put("inLanguage", language);
    o.put("datePublished", Dates.iso(s.datePublished()));
    o.put("dateModified", Dates.iso(s.dateModified()));
    o.putObject("mainEntityOfPage").put("@type", "WebPage").put("@id", canonical);
    o.put("url", canonical);
    organization(o.putObject("author"), siteName, siteUrl);
    organization(o.putObject("publisher"), siteName, siteUrl);
    if (!s.keyphrase().isBlank()) {
      o.put("keywords", Text.line(s.keyphrase()));
    }
    ArrayNode basedOn = o.putArray("isBasedOn");
    for (SourceRef r : s.sources()) {
      SafeUrl.http(r.url()).ifPresent(basedOn::add);
    }
    return SafeJson.write(o);
  }

  private static void organization(ObjectNode o, String name, String url) {
    o.put("@type", "Organization");
    o.put("name", name);
    o.put("url", url);
  }
}
