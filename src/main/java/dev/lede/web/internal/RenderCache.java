package dev.lede.web.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.zip.GZIPOutputStream;

/**
 * Rendered responses kept as bytes, plain and gzipped, with a strong ETag. An entry is keyed by a
 * name (e.g. a story id) and holds the stamp it was rendered for (e.g. version and data revision);
 * a lookup with another stamp renders again and replaces it. Bounded: past {@code maxEntries} an
 * arbitrary tenth is dropped, which is enough for pages that are all cheap to re-render.
 */
public final class RenderCache {

  /** A rendered response. */
  public record Rendered(byte[] body, byte[] gzip, String etag, String contentType) {}

  private record Entry(Object stamp, Rendered rendered) {}

  private final Map<String, Entry> entries = new ConcurrentHashMap<>();
  private final int maxEntries;

  public RenderCache(int maxEntries) {
    if (maxEntries < 0) {
      throw new IllegalArgumentException("cache size " + maxEntries + " is negative");
    }
    this.maxEntries = maxEntries;
  }

  /** The cached response for {@code key} at {@code stamp}, rendering it when absent or stale. */
  public Rendered get(String key, Object stamp, String contentType, Supplier<byte[]> render) {
    Entry e = entries.get(key);
    if (e != null && e.stamp().equals(stamp)) {
      return e.rendered();
    }
    Rendered r = of(render.get(), contentType);
    if (maxEntries > 0) {
      if (entries.size() >= maxEntries) {
        evict();
      }
      entries.put(key, new Entry(Objects.requireNonNull(stamp, "stamp"), r));
    }
    return r;
  }

  public int size() {
    return entries.size();
  }

  public void clear() {
    entries.clear();
  }

  /** Drops every entry whose key {@code keep} rejects. */
  public void retainKeys(java.util.function.Predicate<String> keep) {
    entries.keySet().removeIf(keep.negate());
  }

  private void evict() {
    int drop = Math.max(1, maxEntries / 10);
    Iterator<String> it = entries.keySet().iterator();
    while (drop-- > 0 && it.hasNext()) {
      it.next();
      it.remove();
    }
  }

  /** Gzips and tags {@code body}. */
  public static Rendered of(byte[] body, String contentType) {
    return new Rendered(body, gzip(body), etag(body), contentType);
  }

  public static Rendered of(String body, String contentType) {
    return of(body.getBytes(StandardCharsets.UTF_8), contentType);
  }

  static byte[] gzip(byte[] body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 3 + 64);
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  static String etag(byte[] body) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(body);
      return "\"" + HexFormat.of().formatHex(d, 0, 12) + "\"";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 missing", e);
    }
  }
}
