package dev.lede.dedup;

import java.io.ByteArrayOutputStream;
import java.net.IDN;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reduces the many spellings of one article's URL to one, so the same article reached through a
 * feed, a newsletter and a share button gets one {@linkplain ArticleIds id}.
 *
 * <p>For {@code http} and {@code https} URLs, in order:
 *
 * <ol>
 *   <li>surrounding whitespace, and tabs and line breaks inside, are removed;
 *   <li>scheme and host are lowercased; an internationalised host becomes its ASCII (punycode) form
 *       (IDNA 2003, as {@link IDN} implements it); a trailing dot on the host is removed;
 *   <li>the default port (80 for http, 443 for https) and an empty port are removed;
 *   <li>percent-encoding is normalised everywhere: escapes of unreserved characters ({@code A-Z a-z
 *       0-9 - . _ ~}) are decoded, other escapes get uppercase hex, characters not allowed in their
 *       component (spaces, non-ASCII letters) are UTF-8 percent-encoded, and a stray {@code %}
 *       becomes {@code %25};
 *   <li>{@code .} and {@code ..} path segments are resolved; an empty path becomes {@code /};
 *   <li>tracking parameters ({@link #isTrackingParameter}) and empty parameters are removed and the
 *       rest sorted by name, keeping the order of repeated names;
 *   <li>the fragment is removed, except a {@code #!} "hashbang" that some sites route content by.
 * </ol>
 *
 * <p>Deliberately kept, because a server may serve different content for each: {@code www.}
 * prefixes, letter case and trailing slashes in the path, {@code index.html} file names, repeated
 * slashes, user information, {@code +} in queries.
 *
 * <p>Other references are left as they are apart from light normalisation: a URI with another
 * scheme ({@code file:}, {@code mailto:}) gets a lowercase scheme; a string without a scheme (a
 * file path such as {@code /srv/feeds/a.xml} or {@code C:\feeds\a.xml}) is a local path with {@code
 * .}/{@code ..} segments resolved. Canonicalisation is idempotent.
 */
public final class UrlCanonicalizer {
  private static final Pattern URI_PARTS =
      Pattern.compile(
          "(?:([A-Za-z][A-Za-z0-9+.-]*):)?(?://([^/?#]*))?([^?#]*)(?:\\?([^#]*))?(?:#(.*))?",
          Pattern.DOTALL);
  private static final Pattern WINDOWS_PATH = Pattern.compile("[A-Za-z]:[\\\\/].*", Pattern.DOTALL);
  private static final Pattern PORT = Pattern.compile("[0-9]{1,5}");

  private static final Set<String> TRACKING_NAMES =
      Set.of(
          "fbclid",
          "gclid",
          "gclsrc",
          "dclid",
          "gbraid",
          "wbraid",
          "msclkid",
          "yclid",
          "twclid",
          "ttclid",
          "li_fat_id",
          "igshid",
          "igsh",
          "mc_cid",
          "mc_eid",
          "_ga",
          "_gl",
          "_hsenc",
          "_hsmi",
          "__hssc",
          "__hstc",
          "__hsfp",
          "hsctatracking",
          "mkt_tok",
          "ocid",
          "cmpid",
          "cmp",
          "ref",
          "ref_src",
          "ref_url",
          "s_cid",
          "icid",
          "ncid",
          "sr_share",
          "smid",
          "smtyp",
          "at_medium",
          "at_campaign",
          "oly_anon_id",
          "oly_enc_id",
          "rb_clickid",
          "vero_conv",
          "vero_id",
          "wt.mc_id",
          "wt_mc_id",
          "xtor",
          "soc_src",
          "soc_trk",
          "spm");
  private static final List<String> TRACKING_PREFIXES =
      List.of("utm_", "pk_", "mtm_", "hsa_", "itm_", "at_custom");

  // RFC 3986 section 3: characters allowed unescaped in each component.
  private static final String UNRESERVED =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~";
  private static final String SUB_DELIMS = "!$&'()*+,;=";
  private static final String PATH_CHARS = UNRESERVED + SUB_DELIMS + ":@/";
  private static final String QUERY_CHARS = PATH_CHARS + "?";
  private static final String USERINFO_CHARS = UNRESERVED + SUB_DELIMS + ":";
  private static final String HOST_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789-._";

  private UrlCanonicalizer() {}

  /**
   * The canonical form of {@code url}.
   *
   * @throws IllegalArgumentException if {@code url} is empty, scheme-relative, or an http(s) URL
   *     with no host, a bad port or a malformed host; the message names the URL and the problem
   */
  public static String canonicalize(String url) {
    Objects.requireNonNull(url, "url");
    String trimmed = url.strip();
    if (trimmed.isEmpty()) {
      throw invalid(url, "it is empty");
    }
    if (WINDOWS_PATH.matcher(trimmed).matches()) {
      return localPath(url, trimmed);
    }
    Matcher m = URI_PARTS.matcher(trimmed);
    if (!m.matches()) {
      throw invalid(url, "it cannot be split into URL parts"); // unreachable: every part optional
    }
    String scheme = m.group(1);
    if (scheme == null) {
      if (trimmed.startsWith("//")) {
        throw invalid(url, "it is scheme-relative; resolve it against the page it came from first");
      }
      return localPath(url, trimmed);
    }
    String lowerScheme = scheme.toLowerCase(Locale.ROOT);
    if (!lowerScheme.equals("http") && !lowerScheme.equals("https")) {
      return lowerScheme + trimmed.substring(scheme.length());
    }
    return web(url, lowerScheme, stripTabsAndNewlines(trimmed));
  }

  /**
   * Whether a query parameter only tracks how the reader arrived ({@code utm_*}, {@code fbclid},
   * {@code gclid}, {@code mc_cid}, {@code ref}...). Case-insensitive.
   */
  public static boolean isTrackingParameter(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (TRACKING_NAMES.contains(lower)) {
      return true;
    }
    for (String prefix : TRACKING_PREFIXES) {
      if (lower.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }

  private static String web(String original, String scheme, String url) {
    Matcher m = URI_PARTS.matcher(url);
    if (!m.matches()) {
      throw invalid(original, "it cannot be split into URL parts");
    }
    String authority = m.group(2);
    if (authority == null || authority.isEmpty()) {
      throw invalid(original, "it has no host");
    }
    StringBuilder out = new StringBuilder(url.length()).append(scheme).append("://");

    int at = authority.lastIndexOf('@');
    if (at >= 0) {
      out.append(normalizeEscapes(original, authority.substring(0, at), USERINFO_CHARS))
          .append('@');
    }
    String hostPort = authority.substring(at + 1);
    String host;
    String port;
    if (hostPort.startsWith("[")) {
      int close = hostPort.indexOf(']');
      if (close < 0) {
        throw invalid(original, "its IPv6 host has no closing ']'");
      }
      host = ipv6(original, hostPort.substring(0, close + 1));
      String rest = hostPort.substring(close + 1);
      if (!rest.isEmpty() && !rest.startsWith(":")) {
        throw invalid(original, "unexpected '" + rest + "' after its IPv6 host");
      }
      port = rest.isEmpty() ? "" : rest.substring(1);
    } else {
      int colon = hostPort.lastIndexOf(':');
      host = hostname(original, colon < 0 ? hostPort : hostPort.substring(0, colon));
      port = colon < 0 ? "" : hostPort.substring(colon + 1);
    }
    out.append(host);
    if (!port.isEmpty()) {
      if (!PORT.matcher(port).matches() || Integer.parseInt(port) > 65535) {
        throw invalid(original, "port '" + port + "' is not a number from 0 to 65535");
      }
      int number = Integer.parseInt(port);
      int defaultPort = scheme.equals("http") ? 80 : 443;
      if (number != defaultPort) {
        out.append(':').append(number);
      }
    }

    String path = removeDotSegments(normalizeEscapes(original, m.group(3), PATH_CHARS));
    out.append(path.isEmpty() ? "/" : path);

    String query = m.group(4);
    if (query != null) {
      String canonicalQuery = query(original, query);
      if (!canonicalQuery.isEmpty()) {
        out.append('?').append(canonicalQuery);
      }
    }
    String fragment = m.group(5);
    if (fragment != null && fragment.startsWith("!")) {
      out.append('#').append(normalizeEscapes(original, fragment, QUERY_CHARS));
    }
    return out.toString();
  }

  private static String hostname(String original, String raw) {
    String host = raw;
    if (host.indexOf('%') >= 0) {
      host = percentDecode(original, host);
    }
    while (host.endsWith(".")) {
      host = host.substring(0, host.length() - 1);
    }
    if (host.isEmpty()) {
      throw invalid(original, "it has no host");
    }
    try {
      host = IDN.toASCII(host, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
    } catch (IllegalArgumentException e) {
      throw invalid(
          original, "host '" + raw + "' is not a valid domain name (" + e.getMessage() + ")");
    }
    for (int i = 0; i < host.length(); i++) {
      if (HOST_CHARS.indexOf(host.charAt(i)) < 0) {
        throw invalid(original, "host '" + raw + "' contains '" + host.charAt(i) + "'");
      }
    }
    if (host.startsWith(".") || host.contains("..")) {
      throw invalid(original, "host '" + raw + "' has an empty label");
    }
    return host;
  }

  private static String ipv6(String original, String bracketed) {
    String inner = bracketed.substring(1, bracketed.length() - 1).toLowerCase(Locale.ROOT);
    if (inner.isEmpty() || !inner.chars().allMatch(c -> "0123456789abcdef:.".indexOf(c) >= 0)) {
      throw invalid(original, "host '" + bracketed + "' is not an IPv6 address");
    }
    return "[" + inner + "]";
  }

  private static String query(String original, String query) {
    List<String[]> params = new ArrayList<>();
    for (String param : query.split("&", -1)) {
      if (param.isEmpty()) {
        continue;
      }
      int eq = param.indexOf('=');
      String name = eq < 0 ? param : param.substring(0, eq);
      String normalized = normalizeEscapes(original, param, QUERY_CHARS);
      String normalizedName = eq < 0 ? normalized : normalizeEscapes(original, name, QUERY_CHARS);
      if (isTrackingParameter(lenientDecode(normalizedName))) {
        continue;
      }
      params.add(new String[] {normalizedName, normalized});
    }
    params.sort(Comparator.comparing(p -> p[0])); // stable: repeated names keep their order
    StringBuilder out = new StringBuilder(query.length());
    for (String[] p : params) {
      if (out.length() > 0) {
        out.append('&');
      }
      out.append(p[1]);
    }
    return out.toString();
  }

  /**
   * Percent-encoding normalisation of one component ({@code allowed}: its unescaped characters).
   */
  private static String normalizeEscapes(String original, String s, String allowed) {
    StringBuilder out = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); ) {
      char c = s.charAt(i);
      if (c == '%') {
        if (i + 2 < s.length() && isHex(s.charAt(i + 1)) && isHex(s.charAt(i + 2))) {
          int b = Integer.parseInt(s.substring(i + 1, i + 3), 16);
          if (UNRESERVED.indexOf(b) >= 0) {
            out.append((char) b);
          } else {
            appendEscape(out, b);
          }
          i += 3;
        } else {
          out.append("%25");
          i++;
        }
        continue;
      }
      int cp = s.codePointAt(i);
      if (cp < 0x80 && allowed.indexOf(cp) >= 0) {
        out.append(c);
      } else {
        if (Character.isSurrogate(c) && Character.charCount(cp) == 1) {
          throw invalid(original, "it contains an unpaired surrogate character");
        }
        for (byte b : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) {
          appendEscape(out, b & 0xFF);
        }
      }
      i += Character.charCount(cp);
    }
    return out.toString();
  }

  private static void appendEscape(StringBuilder out, int b) {
    out.append('%').append(Character.toUpperCase(Character.forDigit(b >> 4, 16)));
    out.append(Character.toUpperCase(Character.forDigit(b & 0xF, 16)));
  }

  private static boolean isHex(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }

  /** RFC 3986 section 5.2.4. */
  private static String removeDotSegments(String path) {
    if (!path.contains(".")) {
      return path;
    }
    String input = path;
    StringBuilder out = new StringBuilder(path.length());
    while (!input.isEmpty()) {
      if (input.startsWith("../")) {
        input = input.substring(3);
      } else if (input.startsWith("./")) {
        input = input.substring(2);
      } else if (input.startsWith("/./")) {
        input = input.substring(2);
      } else if (input.equals("/.")) {
        input = "/";
      } else if (input.startsWith("/../")) {
        input = input.substring(3);
        removeLastSegment(out);
      } else if (input.equals("/..")) {
        input = "/";
        removeLastSegment(out);
      } else if (input.equals(".") || input.equals("..")) {
        input = "";
      } else {
        int next = input.indexOf('/', input.startsWith("/") ? 1 : 0);
        if (next < 0) {
          next = input.length();
        }
        out.append(input, 0, next);
        input = input.substring(next);
      }
    }
    return out.toString();
  }

  private static void removeLastSegment(StringBuilder out) {
    int slash = out.lastIndexOf("/");
    out.setLength(Math.max(slash, 0));
  }

  private static String percentDecode(String original, String s) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(s.length());
    for (int i = 0; i < s.length(); ) {
      char c = s.charAt(i);
      if (c == '%' && i + 2 < s.length() && isHex(s.charAt(i + 1)) && isHex(s.charAt(i + 2))) {
        bytes.write(Integer.parseInt(s.substring(i + 1, i + 3), 16));
        i += 3;
      } else if (c == '%') {
        throw invalid(original, "host '" + s + "' has a malformed percent escape");
      } else {
        int next = s.indexOf('%', i);
        byte[] b = s.substring(i, next < 0 ? s.length() : next).getBytes(StandardCharsets.UTF_8);
        bytes.write(b, 0, b.length);
        i = next < 0 ? s.length() : next;
      }
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes.toByteArray()))
          .toString();
    } catch (CharacterCodingException e) {
      throw invalid(original, "host '" + s + "' is not percent-encoded UTF-8");
    }
  }

  /** Decodes what escapes it can, for comparing parameter names; never fails. */
  private static String lenientDecode(String s) {
    if (s.indexOf('%') < 0) {
      return s;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '%' && i + 2 < s.length() && isHex(s.charAt(i + 1)) && isHex(s.charAt(i + 2))) {
        bytes.write(Integer.parseInt(s.substring(i + 1, i + 3), 16));
        i += 2;
      } else {
        bytes.write(c); // already ASCII after normalizeEscapes
      }
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  private static String stripTabsAndNewlines(String s) {
    return s.indexOf('\t') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0
        ? s
        : s.replaceAll("[\t\r\n]", "");
  }

  private static String localPath(String original, String path) {
    try {
      return Path.of(path).normalize().toString();
    } catch (InvalidPathException e) {
      throw invalid(original, "it is neither a URL nor a valid file path (" + e.getReason() + ")");
    }
  }

  private static IllegalArgumentException invalid(String url, String problem) {
    return new IllegalArgumentException("Cannot canonicalize URL \"" + url + "\": " + problem);
  }
}
