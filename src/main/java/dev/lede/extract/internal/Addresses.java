package dev.lede.extract.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.jsoup.internal.StringUtil;

/**
 * jsoup's address resolution ({@link StringUtil#resolve(String, String)}, which {@code absUrl}
 * uses) with the same results, but without building a {@link java.net.URL} for http(s) addresses:
 * the first http(s) URL a JVM builds asks every jar of the class path for a {@code
 * URLStreamHandlerProvider} service, which opens all of Lede's 76 jars and was a fifth of {@code
 * lede extract one.html}'s start-up. {@link URI} resolves what it parses the way {@code URL} does;
 * anything else (spaces, other schemes, empty segments, user info) is left to jsoup.
 */
public final class Addresses {
  private Addresses() {}

  /** {@code rel} resolved against {@code base}, as jsoup's {@code StringUtil.resolve} gives it. */
  public static String resolve(String base, String rel) {
    String viaUri = viaUri(withoutControls(base), withoutControls(rel));
    return viaUri != null ? viaUri : StringUtil.resolve(base, rel);
  }

  /** The {@code href} of {@code el} made absolute, as jsoup's {@code el.absUrl("href")}. */
  public static String absoluteHref(org.jsoup.nodes.Element el) {
    return el.hasAttr("href") ? resolve(el.baseUri(), el.attr("href")) : "";
  }

  /** The resolved http(s) address, or null when {@code URI} might differ from {@code URL}. */
  private static String viaUri(String base, String rel) {
    try {
      URI target;
      if (hasScheme(rel)) {
        target = new URI(rel);
      } else {
        if (rel.isEmpty() || rel.startsWith("///") || !hasScheme(base)) return null;
        URI b = new URI(base);
        if (!isHttp(b) || b.isOpaque() || b.getRawAuthority() == null) return null;
        String basePath = b.getRawPath() == null ? "" : b.getRawPath();
        if (basePath.contains("//") || pathOf(rel).contains("//")) return null;
        if (basePath.isEmpty()) {
          if (rel.startsWith("?") || hasDotSegment("/" + pathOf(rel))) return null;
          // URI would join "x" to "http://host" as "http://hostx"; URL reads the path as "/"
          // (but keeps "http://host#x" as it is).
          if (!rel.startsWith("#")) b = new URI(b.getScheme() + "://" + b.getRawAuthority() + "/");
        }
        // As jsoup: a bare query keeps the base's path (URL would keep only its folder).
        URI r = new URI(rel.startsWith("?") ? basePath + rel : rel);
        if (rel.startsWith("//") && r.getHost() == null) return null;
        target = b.resolve(r);
      }
      if (!isHttp(target)
          || target.isOpaque()
          || target.getHost() == null
          || target.getRawUserInfo() != null
          || target.getRawAuthority().endsWith(":")) {
        return null;
      }
      String path = target.getRawPath() == null ? "" : target.getRawPath();
      String relPath = "/" + pathOf(rel);
      if (hasDotSegment(path) || hasDotSegment(relPath)) {
        // URL removes dot segments only from a path it joined to the base's folder; jsoup then
        // drops those left climbing above the root. Anything else is left to them.
        if (path.contains("//")
            || relPath.endsWith("/.")
            || relPath.endsWith("/..")
            || rel.startsWith("/")
            || hasScheme(rel)) {
          return null;
        }
        path = withoutLeadingDotSegments(target.normalize().getRawPath());
      }
      StringBuilder out = new StringBuilder(rel.length() + base.length());
      out.append(target.getScheme().toLowerCase(Locale.ROOT)).append("://");
      out.append(target.getHost());
      if (target.getPort() != -1) out.append(':').append(target.getPort());
      out.append(path);
      if (target.getRawQuery() != null) out.append('?').append(target.getRawQuery());
      if (target.getRawFragment() != null) out.append('#').append(target.getRawFragment());
      return out.toString();
    } catch (URISyntaxException | IllegalArgumentException e) {
      return null;
    }
  }

  private static boolean isHttp(URI u) {
    String s = u.getScheme();
    return s != null && (s.equalsIgnoreCase("http") || s.equalsIgnoreCase("https"));
  }

  /** Whether {@code s} starts with a scheme ({@code [a-zA-Z][a-zA-Z0-9+-.]*:}), as jsoup checks. */
  private static boolean hasScheme(String s) {
    if (s.isEmpty() || !isAsciiLetter(s.charAt(0))) return false;
    for (int i = 1; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ':') return true;
      if (!(isAsciiLetter(c) || (c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.')) {
        return false;
      }
    }
    return false;
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  /** The part of a relative reference before its query or fragment. */
  private static String pathOf(String rel) {
    int end = rel.length();
    for (int i = 0; i < rel.length(); i++) {
      char c = rel.charAt(i);
      if (c == '?' || c == '#') {
        end = i;
        break;
      }
    }
    String p = rel.substring(0, end);
    return p.startsWith("//") ? "" : p; // a network-path reference names a host first
  }

  private static boolean hasDotSegment(String path) {
    return path.contains("/./")
        || path.contains("/../")
        || path.endsWith("/.")
        || path.endsWith("/..");
  }

  /** Drops "../" and "./" segments that climb above the root, as jsoup does after URL. */
  private static String withoutLeadingDotSegments(String path) {
    int i = 1;
    while (path.startsWith("../", i) || path.startsWith("./", i)) {
      i += path.startsWith("../", i) ? 3 : 2;
    }
    return i == 1 ? path : "/" + path.substring(i);
  }

  /** {@code s} without the C0 control characters jsoup strips before resolving. */
  private static String withoutControls(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) < 0x20) {
        StringBuilder b = new StringBuilder(s.length());
        for (int j = 0; j < s.length(); j++) {
          if (s.charAt(j) >= 0x20) b.append(s.charAt(j));
        }
        return b.toString();
      }
    }
    return s;
  }
}
