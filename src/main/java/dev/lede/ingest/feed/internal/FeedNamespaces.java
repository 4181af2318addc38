package dev.lede.ingest.feed.internal;

import java.util.Locale;
import java.util.Set;

/** Namespace URIs of the formats and modules mapped, compared leniently. */
public final class FeedNamespaces {
  private FeedNamespaces() {}

  public static final String ATOM10 = "http://www.w3.org/2005/Atom";
  public static final String ATOM03 = "http://purl.org/atom/ns#";
  public static final String RSS10 = "http://purl.org/rss/1.0/";
  public static final String RSS090 = "http://my.netscape.com/rdf/simple/0.9/";
  public static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
  public static final String DC = "http://purl.org/dc/elements/1.1/";
  public static final String DCTERMS = "http://purl.org/dc/terms/";
  public static final String CONTENT = "http://purl.org/rss/1.0/modules/content/";
  public static final String XHTML = "http://www.w3.org/1999/xhtml";
  public static final String ITUNES = "http://www.itunes.com/dtds/podcast-1.0.dtd";

  /** Namespaces whose elements count as RSS core elements. */
  private static final Set<String> RSS_CORE =
      Set.of(
          "",
          norm(RSS10),
          norm(RSS090),
          norm("http://backend.userland.com/rss2"),
          norm("http://backend.userland.com/rss"),
          norm("http://blogs.law.harvard.edu/tech/rss"),
          norm("http://purl.org/net/rss1.1#"));

  /** Case, surrounding space and a trailing slash or hash are not significant here. */
  public static String norm(String ns) {
    String n = ns.strip().toLowerCase(Locale.ROOT);
    while (n.endsWith("/") || n.endsWith("#")) {
      n = n.substring(0, n.length() - 1);
    }
    if (n.startsWith("https://")) {
      n = "http://" + n.substring(8);
    }
    return n;
  }

  public static boolean isRssCore(String ns) {
    return RSS_CORE.contains(norm(ns));
  }

  public static boolean isAtom(String ns) {
    String n = norm(ns);
    return n.equals(norm(ATOM10)) || n.equals(norm(ATOM03));
  }

  public static boolean isDc(String ns) {
    String n = norm(ns);
    return n.equals(norm(DC)) || n.equals("http://purl.org/dc/elements/1.0");
  }

  public static boolean is(String ns, String expected) {
    return norm(ns).equals(norm(expected));
  }
}
