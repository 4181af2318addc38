package dev.lede.ingest.fetch;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Stage 1: refuses requests that could reach Lede's own machine or network (server-side request
 * forgery). A refused hop is never sent, so a refused source gets no request at all, not even for
 * robots.txt.
 *
 * <p>Refused: schemes other than http and https; cloud metadata host names; and hosts for which
 * <em>any</em> resolved address is loopback, private (10/8, 172.16/12, 192.168/16, fc00::/7,
 * fec0::/10), link-local (169.254/16 including the 169.254.169.254 metadata service, fe80::/10),
 * any-local, multicast, shared CGNAT space (100.64/10), reserved (0/8, 240/4), or an IPv6 form
 * embedding one of these (IPv4-compatible, IPv4-mapped, NAT64 64:ff9b::/96, 6to4 2002::/16).
 *
 * <p>Hosts listed in {@link FetcherConfig#allowedHosts()} skip the address checks. They are matched
 * on the host <em>as written in the URL</em>, not on resolved addresses: allowing {@code 127.0.0.1}
 * does not allow {@code localhost}, nor any name that happens to resolve to 127.0.0.1.
 *
 * <p>DNS rebinding: this stage resolves the name itself, while {@link java.net.http.HttpClient}
 * resolves it again when it connects and offers no way to connect to a given address while keeping
 * the host name for {@code Host}, SNI and certificate checks. Two things narrow the gap. {@link
 * Network} repeats this check immediately before sending, and both lookups go through the JVM's
 * address cache ({@code networkaddress.cache.ttl}, 30 s by default), so the client connects to an
 * address that was just checked. The gap stays open if that cache is disabled (ttl 0) or expires
 * between the two lookups; for https a rebound address would also have to present a valid
 * certificate for the name. The client is built without a proxy so the checked address is the one
 * connected to.
 */
final class SsrfGuard implements Interceptor, HopCheck {

  /** Looks up a host's addresses; {@link InetAddress#getAllByName} outside tests. */
  @FunctionalInterface
  interface Resolver {
    InetAddress[] resolve(String host) throws UnknownHostException;
  }

  static final Set<String> METADATA_HOSTS =
      Set.of(
          "metadata.google.internal",
          "metadata.goog",
          "metadata",
          "instance-data",
          "instance-data.ec2.internal");

  private static final Pattern IPV4_LITERAL = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

  private final Set<String> allowedHosts;
  private final Resolver resolver;

  SsrfGuard(Set<String> allowedHosts, Resolver resolver) {
    this.allowedHosts = Set.copyOf(allowedHosts);
    this.resolver = resolver;
  }

  @Override
  public Response intercept(Chain chain) {
    return refuseOrProceed(chain);
  }

  @Override
  public Optional<FetchResult.Failed> check(Request hop) {
    URI uri = hop.uri();
    String scheme = uri.getScheme();
    if (scheme == null) {
      return Optional.of(hop.refuse("not an absolute http or https URL"));
    }
    String lowerScheme = scheme.toLowerCase(Locale.ROOT);
    if (!lowerScheme.equals("http") && !lowerScheme.equals("https")) {
      return Optional.of(hop.refuse("scheme " + scheme + " is not http or https"));
    }
    if (uri.getHost() == null || uri.getHost().isEmpty()) {
      return Optional.of(hop.refuse("no valid host name"));
    }
    String host = FetcherConfig.normalizeHost(uri.getHost());
    if (allowedHosts.contains(host)) {
      return Optional.empty();
    }
    if (METADATA_HOSTS.contains(host)) {
      return Optional.of(hop.refuse(host + " is a cloud metadata host name"));
    }
    InetAddress[] addresses;
    try {
      addresses = resolver.resolve(host);
    } catch (UnknownHostException e) {
      return Optional.of(hop.fail("unknown host " + host));
    } catch (SecurityException | IllegalArgumentException e) {
      return Optional.of(hop.refuse("cannot resolve " + host + ": " + e.getMessage()));
    }
    boolean literal = IPV4_LITERAL.matcher(host).matches() || host.contains(":");
    for (InetAddress address : addresses) {
      Optional<String> kind = blockedKind(address);
      if (kind.isPresent()) {
        String text = text(address);
        return Optional.of(
            hop.refuse(
                literal && text.equals(host)
                    ? host + " is " + kind.get()
                    : host + " resolves to " + text + ", " + kind.get()));
      }
    }
    return Optional.empty();
  }

  /** Why {@code address} must not be contacted, e.g. "a private address"; empty when public. */
  static Optional<String> blockedKind(InetAddress address) {
    byte[] b = address.getAddress();
    if (address instanceof Inet4Address) {
      return blockedIpv4(b);
    }
    if (address instanceof Inet6Address) {
      return blockedIpv6(b);
    }
    return Optional.of("an address of unknown type");
  }

  private static Optional<String> blockedIpv4(byte[] b) {
    int b0 = b[0] & 0xff;
    int b1 = b[1] & 0xff;
    int b2 = b[2] & 0xff;
    int b3 = b[3] & 0xff;
    if (b0 == 0) {
      return Optional.of(
          b1 == 0 && b2 == 0 && b3 == 0 ? "an any-local address" : "a reserved address");
    }
    if (b0 == 127) {
      return Optional.of("a loopback address");
    }
    if (b0 == 10 || (b0 == 172 && (b1 & 0xf0) == 16) || (b0 == 192 && b1 == 168)) {
      return Optional.of("a private address");
    }
    if (b0 == 169 && b1 == 254) {
      return Optional.of(
          b2 == 169 && b3 == 254 ? "a cloud metadata address" : "a link-local address");
    }
    if (b0 == 100 && (b1 & 0xc0) == 64) {
      return Optional.of("a shared (CGNAT) address");
    }
    if (b0 >= 224 && b0 <= 239) {
      return Optional.of("a multicast address");
    }
    if (b0 >= 240) {
      return Optional.of("a reserved address");
    }
    return Optional.empty();
  }

  private static Optional<String> blockedIpv6(byte[] b) {
    int b0 = b[0] & 0xff;
    int b1 = b[1] & 0xff;
    if (allZero(b, 0, 16)) {
      return Optional.of("an any-local address");
    }
    if (allZero(b, 0, 15) && b[15] == 1) {
      return Optional.of("a loopback address");
    }
    // IPv4-compatible (::a.b.c.d) and IPv4-mapped (::ffff:a.b.c.d)
    if (allZero(b, 0, 10) && ((b[10] == 0 && b[11] == 0) || (b[10] == -1 && b[11] == -1))) {
      return embedded(b, 12);
    }
    // NAT64 well-known prefix 64:ff9b::/96
    if (b0 == 0
        && b1 == 0x64
        && (b[2] & 0xff) == 0xff
        && (b[3] & 0xff) == 0x9b
        && allZero(b, 4, 12)) {
      return embedded(b, 12);
    }
    // 6to4 2002::/16 carries an IPv4 address in bits 16..47
    if (b0 == 0x20 && b1 == 0x02) {
      return embedded(b, 2);
    }
    if ((b0 & 0xfe) == 0xfc) {
      // fd00:ec2::254 is the AWS metadata service over IPv6
      byte[] awsMetadata = {
        (byte) 0xfd, 0, 0x0e, (byte) 0xc2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0x54
      };
      return Optional.of(
          Arrays.equals(b, awsMetadata) ? "a cloud metadata address" : "a private address");
    }
    if (b0 == 0xfe && (b1 & 0xc0) == 0x80) {
      return Optional.of("a link-local address");
    }
    if (b0 == 0xfe && (b1 & 0xc0) == 0xc0) {
      return Optional.of("a private (site-local) address");
    }
    if (b0 == 0xff) {
      return Optional.of("a multicast address");
    }
    return Optional.empty();
  }

  private static Optional<String> embedded(byte[] b, int from) {
    byte[] v4 = Arrays.copyOfRange(b, from, from + 4);
    return blockedIpv4(v4)
        .map(
            kind ->
                "an IPv6 address embedding "
                    + (v4[0] & 0xff)
                    + "."
                    + (v4[1] & 0xff)
                    + "."
                    + (v4[2] & 0xff)
                    + "."
                    + (v4[3] & 0xff)
                    + ", "
                    + kind);
  }

  private static boolean allZero(byte[] b, int from, int to) {
    for (int i = from; i < to; i++) {
      if (b[i] != 0) {
        return false;
      }
    }
    return true;
  }

  /** Dotted quad, or RFC 5952 compressed IPv6 ({@code fe80::1}, not {@code fe80:0:0:0:0:0:0:1}). */
  static String text(InetAddress address) {
    if (!(address instanceof Inet6Address)) {
      return address.getHostAddress();
    }
    byte[] b = address.getAddress();
    int[] groups = new int[8];
    for (int i = 0; i < 8; i++) {
      groups[i] = ((b[2 * i] & 0xff) << 8) | (b[2 * i + 1] & 0xff);
    }
    int bestStart = -1;
    int bestLength = 1; // a single zero group is not compressed
    for (int i = 0; i < 8; ) {
      if (groups[i] != 0) {
        i++;
        continue;
      }
      int start = i;
      while (i < 8 && groups[i] == 0) {
        i++;
      }
      if (i - start > bestLength) {
        bestStart = start;
        bestLength = i - start;
      }
    }
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 8; i++) {
      if (i == bestStart) {
        sb.append("::");
        i += bestLength - 1;
        continue;
      }
      if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ':') {
        sb.append(':');
      }
      sb.append(Integer.toHexString(groups[i]));
    }
    return sb.toString();
  }
}
