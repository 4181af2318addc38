package dev.lede.dedup;

import crawlercommons.domains.EffectiveTldFinder;
import java.net.URI;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Whether a fetched page may name another URL as its canonical address. An article's id derives
 * from its canonical URL, so a page that could declare any address could make a real article on
 * another site look "already stored" and suppress it.
 *
 * <pre>{@code
 * CanonicalTrust trust = CanonicalTrust.sameSite();
 * trust.trusts("https://amp.bbc.co.uk/news/1", "https://www.bbc.co.uk/news/1"); // true
 * trust.trusts("https://a.github.io/x", "https://b.github.io/x");             // false
 * }</pre>
 */
@FunctionalInterface
public interface CanonicalTrust {

  /**
   * Whether the page fetched from {@code pageUrl} may declare {@code declaredUrl} as its canonical
   * URL (both absolute http(s) URLs; anything else is not trusted).
   */
  boolean trusts(String pageUrl, String declaredUrl);

  /**
   * Trusts a declaration on the page's own registrable domain: the public suffix list
   * (crawler-commons, private suffixes included, so {@code a.github.io} and {@code b.github.io} are
   * different sites) decides what one registrant controls; ports and schemes do not matter. IP
   * addresses and hosts without a public suffix must match exactly.
   */
  static CanonicalTrust sameSite() {
    return (page, declared) -> {
      Optional<String> a = registrableDomain(page);
      return a.isPresent() && a.equals(registrableDomain(declared));
    };
  }

  /**
   * {@link #sameSite()}, and besides any declaration by a page on one of {@code hosts} or their
   * subdomains (an outlet serving its pages from another domain than its articles' addresses).
   *
   * @throws IllegalArgumentException naming a blank host or one that is not a host name
   */
  static CanonicalTrust sameSiteOr(Collection<String> hosts) {
    Set<String> allowed =
        hosts.stream().map(CanonicalTrust::checkedHost).collect(Collectors.toUnmodifiableSet());
    CanonicalTrust sameSite = sameSite();
    if (allowed.isEmpty()) {
      return sameSite;
    }
    return (page, declared) ->
        sameSite.trusts(page, declared)
            || (host(declared).isPresent()
                && host(page).map(h -> withinAny(h, allowed)).orElse(false));
  }

  /**
   * The registrable domain of an http(s) URL's host (e.g. {@code bbc.co.uk} for {@code
   * https://news.bbc.co.uk/x}); the host itself for IP addresses and unknown suffixes; empty when
   * the URL is not http(s) or has no host.
   */
  static Optional<String> registrableDomain(String url) {
    return host(url)
        .map(
            h -> {
              if (h.startsWith("[") || h.matches("[0-9.]+")) {
                return h;
              }
              String d = EffectiveTldFinder.getAssignedDomain(h, true, false);
              return d == null ? h : d;
            });
  }

  private static Optional<String> host(String url) {
    try {
      URI u = new URI(UrlCanonicalizer.canonicalize(url)); // IDN hosts in ASCII, case folded
      String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
      if (!scheme.equals("http") && !scheme.equals("https") || u.getHost() == null) {
        return Optional.empty();
      }
      String h = u.getHost().toLowerCase(Locale.ROOT);
      while (h.endsWith(".")) {
        h = h.substring(0, h.length() - 1);
      }
      return h.isEmpty() ? Optional.empty() : Optional.of(h);
    } catch (java.net.URISyntaxException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static boolean withinAny(String host, Set<String> allowed) {
    for (String a : allowed) {
      if (host.equals(a) || host.endsWith("." + a)) {
        return true;
      }
    }
    return false;
  }

  private static String checkedHost(String host) {
    String h = host.strip().toLowerCase(Locale.ROOT);
    if (h.isEmpty() || !h.matches("[a-z0-9.:\\[\\]-]+") || h.startsWith(".")) {
      throw new IllegalArgumentException(
          "trusted canonical host \"" + host + "\" is not a host name (e.g. news.example.com)");
    }
    return h;
  }
}
