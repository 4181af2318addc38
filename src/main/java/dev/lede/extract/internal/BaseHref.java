package dev.lede.extract.internal;

import crawlercommons.domains.EffectiveTldFinder;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.jsoup.nodes.Document;

/**
 * A fetched page's {@code <base href>} counts only on the page's own registrable domain (public
 * suffix list); a base on another site would let the page resolve its relative canonical link to an
 * address there. Pages read from files (no http(s) address) keep their base: a saved page's base
 * names where it came from.
 */
public final class BaseHref {
  private BaseHref() {}

  /** Resets {@code doc}'s base URI to {@code pageUrl} when its {@code <base>} leaves the site. */
  public static void confine(Document doc, String pageUrl) {
    String base = doc.baseUri();
    if (base.equals(pageUrl)) {
      return;
    }
    String site = site(pageUrl);
    if (site.isEmpty()) {
      return; // not fetched over http(s): nothing to confine to
    }
    if (!site.equals(site(base))) {
      doc.setBaseUri(pageUrl);
    }
  }

  /** The registrable domain of an http(s) URL, the host for IPs and unknown suffixes, else "". */
  private static String site(String url) {
    try {
      URI u = new URI(url.strip());
      String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
      String host = u.getHost();
      if (!(scheme.equals("http") || scheme.equals("https")) || host == null || host.isEmpty()) {
        return "";
      }
      host = host.toLowerCase(Locale.ROOT);
      String domain = EffectiveTldFinder.getAssignedDomain(host, true, false);
      return domain == null ? host : domain;
    } catch (URISyntaxException e) {
      return "";
    }
  }
}
