package dev.lede.web.internal;

import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * Only absolute http(s) URLs become links; anything else ({@code javascript:}, {@code data:}...) is
 * shown as text or dropped.
 */
public final class SafeUrl {

  private SafeUrl() {}

  /** The URL in ASCII form when it is an absolute http or https URL with a host, else empty. */
  public static Optional<String> http(String url) {
    String s = url.strip();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c <= 0x20 || c == 0x7F || c == '"' || c == '<' || c == '>' || c == '\\') {
        return Optional.empty();
      }
    }
    URI uri;
    try {
      uri = new URI(s);
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
    String scheme = uri.getScheme();
    if (scheme == null) {
      return Optional.empty();
    }
    scheme = scheme.toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      return Optional.empty();
    }
    if (uri.getRawUserInfo() != null) {
      return Optional.empty();
    }
    if (uri.getHost() == null) {
      // java.net.URI leaves the host of an internationalised domain unparsed; retry in ASCII.
      Optional<URI> ascii = asciiHost(uri);
      if (ascii.isEmpty()) {
        return Optional.empty();
      }
      uri = ascii.get();
    }
    return Optional.of(uri.toASCIIString());
  }

  private static Optional<URI> asciiHost(URI uri) {
    String authority = uri.getRawAuthority();
    if (authority == null || authority.isEmpty() || authority.contains("@")) {
      return Optional.empty();
    }
    int colon = authority.lastIndexOf(':');
    String host = colon > 0 ? authority.substring(0, colon) : authority;
    String port = colon > 0 ? authority.substring(colon) : "";
    try {
      String rebuilt =
          uri.getScheme()
              + "://"
              + IDN.toASCII(host, IDN.ALLOW_UNASSIGNED)
              + port
              + (uri.getRawPath() == null ? "" : uri.getRawPath())
              + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
              + (uri.getRawFragment() == null ? "" : "#" + uri.getRawFragment());
      URI again = new URI(rebuilt);
      return again.getHost() == null ? Optional.empty() : Optional.of(again);
    } catch (URISyntaxException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
