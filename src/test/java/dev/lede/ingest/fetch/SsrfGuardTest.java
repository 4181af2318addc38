package dev.lede.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link SsrfGuard} with a fake resolver for names; literal addresses are parsed, not looked up.
 */
class SsrfGuardTest {
  private static final Map<String, String[]> DNS =
      Map.of(
          "public.test", new String[] {"93.184.216.34"},
          "rebind.test", new String[] {"93.184.216.34", "10.0.0.1"},
          "localhost", new String[] {"127.0.0.1", "::1"},
          "v6.test", new String[] {"2606:4700::1111"});

  private static InetAddress[] resolve(String host) throws UnknownHostException {
    if (host.matches("[0-9.]+") || host.contains(":")) {
      return InetAddress.getAllByName(host); // literal: parsed without DNS
    }
    String[] addresses = DNS.get(host);
    if (addresses == null) {
      throw new UnknownHostException(host);
    }
    InetAddress[] result = new InetAddress[addresses.length];
    for (int i = 0; i < addresses.length; i++) {
      result[i] = InetAddress.getByName(addresses[i]);
    }
    return result;
  }

  private final SsrfGuard guard = new SsrfGuard(Set.of("127.0.0.1"), SsrfGuardTest::resolve);

  private Optional<FetchResult.Failed> check(String uri) {
    return guard.check(Request.of(FetchRequest.of(URI.create(uri))));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "http://127.0.0.2/        | 127.0.0.2 is a loopback address",
        "http://10.1.2.3/         | 10.1.2.3 is a private address",
        "http://172.16.0.1/       | 172.16.0.1 is a private address",
        "http://172.31.255.255/   | 172.31.255.255 is a private address",
        "http://192.168.1.1/      | 192.168.1.1 is a private address",
        "http://169.254.169.254/  | 169.254.169.254 is a cloud metadata address",
        "http://169.254.10.10/    | 169.254.10.10 is a link-local address",
        "http://100.64.0.1/       | 100.64.0.1 is a shared (CGNAT) address",
        "http://100.127.255.254/  | 100.127.255.254 is a shared (CGNAT) address",
        "http://0.0.0.0/          | 0.0.0.0 is an any-local address",
        "http://0.1.2.3/          | 0.1.2.3 is a reserved address",
        "http://224.0.0.1/        | 224.0.0.1 is a multicast address",
        "http://255.255.255.255/  | 255.255.255.255 is a reserved address",
        "http://[::1]/            | ::1 is a loopback address",
        "http://[::]/             | :: is an any-local address",
        "http://[fe80::1]/        | fe80::1 is a link-local address",
        "http://[fc00::1]/        | fc00::1 is a private address",
        "http://[fd12:3456::1]/   | fd12:3456::1 is a private address",
        "http://[fd00:ec2::254]/  | fd00:ec2::254 is a cloud metadata address",
        "http://[fec0::1]/        | fec0::1 is a private (site-local) address",
        "http://[ff02::1]/        | ff02::1 is a multicast address",
        "http://[::ffff:10.0.0.1]/ | ::ffff:10.0.0.1 resolves to 10.0.0.1, a private address",
        "http://[64:ff9b::a00:1]/ | 64:ff9b::a00:1 is an IPv6 address embedding 10.0.0.1, a private"
            + " address",
        "http://[2002:a9fe:a9fe::1]/ | 2002:a9fe:a9fe::1 is an IPv6 address embedding"
            + " 169.254.169.254, a cloud metadata address",
        "http://[::7f00:1]/       | ::7f00:1 is an IPv6 address embedding 127.0.0.1, a loopback"
            + " address",
        "http://2130706433/       | 2130706433 resolves to 127.0.0.1, a loopback address",
        "http://localhost:8080/   | localhost resolves to 127.0.0.1, a loopback address",
        "http://rebind.test/      | rebind.test resolves to 10.0.0.1, a private address",
        "http://metadata.google.internal/ | metadata.google.internal is a cloud metadata host name",
        "http://METADATA.Google.Internal./ | metadata.google.internal is a cloud metadata host name",
        "ftp://public.test/       | scheme ftp is not http or https",
        "/relative/path           | not an absolute http or https URL",
        "http://exa_mple.test/    | no valid host name",
      })
  void refusesNamingTheHostAndWhy(String uri, String why) {
    assertThat(check(uri))
        .contains(new FetchResult.Failed(URI.create(uri), uri + ": refused: " + why, true));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://public.test/",
        "HTTPS://public.test/a?b",
        "http://v6.test/",
        "http://8.8.8.8/",
        "http://172.32.0.1/",
        "http://100.128.0.1/",
        "http://[2606:4700::1111]/",
        "http://127.0.0.1:8080/allowed-by-name",
      })
  void letsPublicAndAllowedHostsThrough(String uri) {
    assertThat(check(uri)).isEmpty();
  }

  @Test
  void anUnknownHostIsAFailureNotARefusal() {
    assertThat(check("http://nosuch.test/"))
        .contains(
            new FetchResult.Failed(
                URI.create("http://nosuch.test/"),
                "http://nosuch.test/: unknown host nosuch.test",
                false));
  }

  @Test
  void metadataHostNamesAreRefusedWithoutAnyLookup() {
    SsrfGuard strict =
        new SsrfGuard(
            Set.of(),
            host -> {
              throw new AssertionError("looked up " + host);
            });

    assertThat(strict.check(Request.of(FetchRequest.of(URI.create("http://metadata.goog/")))))
        .isPresent();
  }

  @Test
  void ipv6AddressesAreWrittenInTheirShortForm() throws UnknownHostException {
    assertThat(SsrfGuard.text(InetAddress.getByName("fe80:0:0:0:0:0:0:1"))).isEqualTo("fe80::1");
    assertThat(SsrfGuard.text(InetAddress.getByName("2001:db8:0:1:0:0:0:1")))
        .isEqualTo("2001:db8:0:1::1");
    assertThat(SsrfGuard.text(InetAddress.getByName("2001:db8:0:0:1:0:0:1")))
        .isEqualTo("2001:db8::1:0:0:1");
    assertThat(SsrfGuard.text(InetAddress.getByName("1:2:3:4:5:6:7:0")))
        .isEqualTo("1:2:3:4:5:6:7:0");
    assertThat(SsrfGuard.text(InetAddress.getByName("::"))).isEqualTo("::");
  }

  /** Wrapping an IPv4 address in IPv6 must not get it past the guard, nor block a public one. */
  @Property(tries = 2000)
  void ipv6FormsEmbeddingAnIpv4AddressAreJudgedLikeIt(@ForAll byte[] seed) throws Exception {
    byte[] v4 = new byte[4];
    System.arraycopy(seed, 0, v4, 0, Math.min(4, seed.length));
    boolean blocked = SsrfGuard.blockedKind(InetAddress.getByAddress(v4)).isPresent();
    byte[][] prefixes = {
      {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}, // IPv4-compatible
      {0, 0x64, (byte) 0xff, (byte) 0x9b, 0, 0, 0, 0, 0, 0, 0, 0}, // NAT64
    };
    for (byte[] prefix : prefixes) {
      byte[] v6 = new byte[16];
      System.arraycopy(prefix, 0, v6, 0, 12);
      System.arraycopy(v4, 0, v6, 12, 4);
      boolean zeroOrOne = prefix[1] == 0 && (v4[0] | v4[1] | v4[2]) == 0 && (v4[3] & 0xfe) == 0;
      if (zeroOrOne) {
        continue; // :: and ::1 are judged as themselves
      }
      assertThat(SsrfGuard.blockedKind(Inet6Address.getByAddress(null, v6, null)).isPresent())
          .as("%s", SsrfGuard.text(Inet6Address.getByAddress(null, v6, null)))
          .isEqualTo(blocked);
    }
    byte[] sixToFour = new byte[16];
    sixToFour[0] = 0x20;
    sixToFour[1] = 0x02;
    System.arraycopy(v4, 0, sixToFour, 2, 4);
    assertThat(SsrfGuard.blockedKind(Inet6Address.getByAddress(null, sixToFour, null)).isPresent())
        .isEqualTo(blocked);
  }
}
