package dev.lede.extract;

import dev.lede.extract.internal.BlockPrints;
import java.net.URI;
import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The blocks a site repeats across its pages (menus, footers, calls to subscribe, standing
 * disclaimers), known by their prints ({@link ExtractedPage#blockPrints()}): a block of a new page
 * whose print is here is boilerplate. Learned during ingest from the earlier pages of the same
 * host; immutable.
 *
 * <pre>{@code
 * HostTemplate t = HostTemplate.of(store.repeated(host, HostTemplate.MIN_PAGES));
 * ExtractedPage page = Extractor.extract(bytes, contentType, url, t);
 * store.learn(host, HostTemplate.pageKey(url), page.blockPrints());
 * }</pre>
 */
public final class HostTemplate {
  /**
   * A block seen on this many other pages of a host is its template. Two is not enough: a news site
   * quotes the same line in two stories of one event, and serves one article at two addresses.
   */
  public static final int MIN_PAGES = 3;

  private static final HostTemplate NONE = new HostTemplate(new long[0]);

  private final long[] sorted;

  private HostTemplate(long[] sorted) {
    this.sorted = sorted;
  }

  /** No template: nothing is dropped for repeating. */
  public static HostTemplate none() {
    return NONE;
  }

  /** A template of these block prints. */
  public static HostTemplate of(Collection<Long> prints) {
    Objects.requireNonNull(prints, "prints must not be null");
    long[] a = new long[prints.size()];
    int i = 0;
    for (Long p : prints) a[i++] = Objects.requireNonNull(p, "prints must not contain null");
    Arrays.sort(a);
    return a.length == 0 ? NONE : new HostTemplate(a);
  }

  /** Whether a block with this print belongs to the template. */
  public boolean contains(long print) {
    return sorted.length > 0 && Arrays.binarySearch(sorted, print) >= 0;
  }

  /** How many block prints the template holds. */
  public int size() {
    return sorted.length;
  }

  /** The print of a block's text, as {@link ExtractedPage#blockPrints()} gives them. */
  public static long printOf(String blockText) {
    return BlockPrints.of(Objects.requireNonNull(blockText, "blockText must not be null"));
  }

  /**
   * The site a page's template is kept under: the lower-case host without {@code www.}, with its
   * port when one is given; empty for an address that is not http(s) (a local file has no site).
   */
  public static Optional<String> hostOf(String url) {
    URI u;
    try {
      u = URI.create(Objects.requireNonNull(url, "url must not be null").strip());
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) return Optional.empty();
    String host = u.getHost();
    if (host == null || host.isEmpty()) return Optional.empty();
    host = host.toLowerCase(Locale.ROOT);
    if (host.startsWith("www.")) host = host.substring(4);
    return Optional.of(u.getPort() < 0 ? host : host + ":" + u.getPort());
  }

  /**
   * The key of one page among its host's pages: a 64-bit hash (FNV-1a) of its address without
   * fragment, every character counted (a block print would take {@code ?p=1} for {@code ?p=2}).
   */
  public static long pageKey(String url) {
    String u = Objects.requireNonNull(url, "url must not be null").strip();
    int end = u.indexOf('#');
    if (end < 0) end = u.length();
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < end; i++) {
      h ^= u.charAt(i);
      h *= 0x100000001b3L;
    }
    return h;
  }

  @Override
  public String toString() {
    return "HostTemplate[" + sorted.length + " blocks]";
  }
}
