package dev.lede.story.internal;

import dev.lede.story.Story;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Stories no article has reached for a while, kept off the heap: each one's whole state (centroids,
 * members, timeline) as one record in an append-only file, with only its id, arrival number and
 * file offset in memory. A dormant story is read back when a (late) article finds it as a
 * candidate, and taken out when it changes again.
 *
 * <p>The file is scratch: it is rebuilt from the index on open, so it is truncated then. In memory
 * ({@link #inMemory()}) records go to a growing byte array instead. Records of stories that woke up
 * stay behind as garbage; stories rarely wake, and the file starts afresh on every open.
 */
final class DormantStories implements AutoCloseable {
  private record Ref(long offset, int length, int seq) {}

  private final Map<String, Ref> refs = new HashMap<>();
  private final FileChannel file;
  private byte[] memory;
  private long end;

  private DormantStories(FileChannel file) {
    this.file = file;
    this.memory = file == null ? new byte[1 << 16] : null;
  }

  static DormantStories inMemory() {
    return new DormantStories(null);
  }

  /** A store in {@code path}, emptied: its records are rebuilt from the index. */
  static DormantStories open(Path path) throws IOException {
    return new DormantStories(
        FileChannel.open(
            path,
            StandardOpenOption.CREATE,
            StandardOpenOption.READ,
            StandardOpenOption.WRITE,
            StandardOpenOption.TRUNCATE_EXISTING));
  }

  boolean contains(String id) {
    return refs.containsKey(id);
  }

  int size() {
    return refs.size();
  }

  /** Every dormant story id with its arrival number. */
  Map<String, Integer> seqs() {
    Map<String, Integer> out = new HashMap<>();
    refs.forEach((id, r) -> out.put(id, r.seq()));
    return out;
  }

  /** Writes {@code s} (replacing an earlier record of it); the caller drops it from the heap. */
  void put(StoryState s) throws IOException {
    byte[] bytes = encode(s);
    if (file == null) {
      if (end + bytes.length > memory.length) {
        memory = Arrays.copyOf(memory, (int) Math.max(memory.length * 2L, end + bytes.length));
      }
      System.arraycopy(bytes, 0, memory, (int) end, bytes.length);
    } else {
      ByteBuffer b = ByteBuffer.wrap(bytes);
      long at = end;
      while (b.hasRemaining()) {
        at += file.write(b, at);
      }
    }
    refs.put(s.id, new Ref(end, bytes.length, s.seq));
    end += bytes.length;
  }

  /** The state of a dormant story, read back; it stays dormant until {@link #remove}d. */
  Optional<StoryState> get(String id) throws IOException {
    Ref r = refs.get(id);
    if (r == null) {
      return Optional.empty();
    }
    ByteBuffer b;
    if (file == null) {
      b = ByteBuffer.wrap(memory, (int) r.offset(), r.length());
    } else {
      b = ByteBuffer.allocate(r.length());
      long at = r.offset();
      while (b.hasRemaining()) {
        int n = file.read(b, at);
        if (n < 0) {
          throw new IOException("dormant stories: record of " + id + " is cut short");
        }
        at += n;
      }
      b.flip();
    }
    return Optional.of(decode(id, b));
  }

  void remove(String id) {
    refs.remove(id);
  }

  @Override
  public void close() throws IOException {
    if (file != null) {
      file.close();
    }
  }

  // ---- record format ----

  private static byte[] encode(StoryState s) {
    Out o = new Out();
    o.i(s.seq).i(s.nextSplitCheck).i(s.embedded).i(s.lastChanged);
    o.l(s.first == null ? Long.MIN_VALUE : s.first.toEpochMilli());
    o.l(s.last == null ? Long.MIN_VALUE : s.last.toEpochMilli());
    o.i(s.script == null ? -1 : s.script.ordinal());
    vector(o, s.termSum);
    vector(o, s.keyCount);
    float[] e = s.embeddingSum;
    o.i(e == null ? -1 : e.length);
    if (e != null) {
      for (float x : e) {
        o.f(x);
      }
    }
    o.i(s.timeline.size());
    for (Story.TimelineEntry t : s.timeline) {
      o.s(t.articleId());
      o.l(t.published().map(Instant::toEpochMilli).orElse(Long.MIN_VALUE));
      o.s(t.title());
      o.s(t.source().orElse(null));
    }
    o.i(s.articleIds.size());
    for (String a : s.articleIds) {
      o.s(a);
    }
    o.i(s.outlets.size());
    for (String outlet : s.outlets) {
      o.s(outlet);
    }
    o.i(s.led).i(s.leads.size());
    s.leads.forEach((lead, n) -> o.s(lead).i(n));
    return o.bytes();
  }

  private static void vector(Out o, SparseVector v) {
    o.i(v.size());
    for (int i = 0; i < v.size(); i++) {
      o.i(v.id(i)).f(v.value(i));
    }
  }

  private static StoryState decode(String id, ByteBuffer b) {
    StoryState s = new StoryState(id, b.getInt());
    s.nextSplitCheck = b.getInt();
    s.embedded = b.getInt();
    s.lastChanged = b.getInt();
    s.first = instant(b.getLong());
    s.last = instant(b.getLong());
    int script = b.getInt();
    s.script = script < 0 ? null : TextAnalysis.Script.values()[script];
    s.termSum = vector(b);
    s.keyCount = vector(b);
    int dim = b.getInt();
    if (dim >= 0) {
      s.embeddingSum = new float[dim];
      for (int i = 0; i < dim; i++) {
        s.embeddingSum[i] = b.getFloat();
      }
    }
    int entries = b.getInt();
    for (int i = 0; i < entries; i++) {
      String article = string(b);
      Optional<Instant> published = Optional.ofNullable(instant(b.getLong()));
      String title = string(b);
      Optional<String> source = Optional.ofNullable(string(b));
      s.timeline.add(new Story.TimelineEntry(article, published, title, source));
    }
    int articles = b.getInt();
    for (int i = 0; i < articles; i++) {
      s.articleIds.add(string(b));
    }
    int outlets = b.getInt();
    for (int i = 0; i < outlets; i++) {
      s.outlets.add(string(b));
    }
    s.led = b.getInt();
    int leads = b.getInt();
    for (int i = 0; i < leads; i++) {
      s.leads.put(string(b), b.getInt());
    }
    return s;
  }

  private static SparseVector vector(ByteBuffer b) {
    int n = b.getInt();
    int[] ids = new int[n];
    float[] values = new float[n];
    for (int i = 0; i < n; i++) {
      ids[i] = b.getInt();
      values[i] = b.getFloat();
    }
    return SparseVector.ofSorted(ids, values);
  }

  private static Instant instant(long ms) {
    return ms == Long.MIN_VALUE ? null : Instant.ofEpochMilli(ms);
  }

  private static String string(ByteBuffer b) {
    int n = b.getInt();
    if (n < 0) {
      return null;
    }
    String s = new String(b.array(), b.arrayOffset() + b.position(), n, StandardCharsets.UTF_8);
    b.position(b.position() + n);
    return s;
  }

  /** A growing big-endian buffer. */
  private static final class Out {
    private ByteBuffer b = ByteBuffer.allocate(4096);

    private void room(int n) {
      if (b.remaining() < n) {
        ByteBuffer bigger = ByteBuffer.allocate(Math.max(b.capacity() * 2, b.position() + n));
        b.flip();
        bigger.put(b);
        b = bigger;
      }
    }

    Out i(int v) {
      room(4);
      b.putInt(v);
      return this;
    }

    Out l(long v) {
      room(8);
      b.putLong(v);
      return this;
    }

    Out f(float v) {
      room(4);
      b.putFloat(v);
      return this;
    }

    Out s(String v) {
      if (v == null) {
        return i(-1);
      }
      byte[] u = v.getBytes(StandardCharsets.UTF_8);
      i(u.length);
      room(u.length);
      b.put(u);
      return this;
    }

    byte[] bytes() {
      return Arrays.copyOf(b.array(), b.position());
    }
  }
}
