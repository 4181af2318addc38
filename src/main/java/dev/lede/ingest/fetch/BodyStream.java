package dev.lede.ingest.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A response body read by the calling thread under a deadline. Unlike {@link
 * HttpResponse.BodyHandlers#ofInputStream()}, a read never blocks past the deadline: a server that
 * trickles bytes fails with {@link DeadlineExceeded} once the time is up. Closing before the end
 * cancels the subscription, which makes the client drop the connection.
 */
final class BodyStream extends InputStream implements HttpResponse.BodySubscriber<BodyStream> {

  /** The deadline passed while waiting for body bytes. */
  static final class DeadlineExceeded extends IOException {
    DeadlineExceeded() {
      super("deadline exceeded");
    }
  }

  private static final Object END = new Object();

  private final long deadlineNanos;
  private final BlockingQueue<Object> queue = new LinkedBlockingQueue<>();
  private volatile Flow.Subscription subscription;
  private volatile boolean closed;

  // read side, used by the calling thread only
  private Iterator<ByteBuffer> buffers = Collections.emptyIterator();
  private ByteBuffer current = ByteBuffer.allocate(0);
  // onSubscribe asks for the first chunk; afterwards the reader asks for each next one
  private boolean demanded = true;
  private boolean finished;

  BodyStream(long deadlineNanos) {
    this.deadlineNanos = deadlineNanos;
  }

  @Override
  public CompletionStage<BodyStream> getBody() {
    return CompletableFuture.completedStage(this);
  }

  @Override
  public void onSubscribe(Flow.Subscription s) {
    subscription = s;
    if (closed) {
      s.cancel();
    } else {
      s.request(1);
    }
  }

  @Override
  public void onNext(List<ByteBuffer> item) {
    queue.add(item);
  }

  @Override
  public void onError(Throwable throwable) {
    queue.add(throwable);
  }

  @Override
  public void onComplete() {
    queue.add(END);
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    while (!current.hasRemaining()) {
      if (buffers.hasNext()) {
        current = buffers.next();
        continue;
      }
      if (finished || closed) {
        return -1;
      }
      Object next = take();
      if (next == END) {
        finished = true;
        return -1;
      }
      if (next instanceof Throwable t) {
        finished = true;
        throw t instanceof IOException io ? io : new IOException(t.getMessage(), t);
      }
      @SuppressWarnings("unchecked")
      List<ByteBuffer> list = (List<ByteBuffer>) next;
      buffers = list.iterator();
    }
    int n = Math.min(len, current.remaining());
    current.get(b, off, n);
    return n;
  }

  @Override
  public int available() {
    return current.remaining();
  }

  private Object take() throws IOException {
    // ask for the next chunk only once the previous one is consumed, as ofInputStream does;
    // the subscription is set, as a chunk has arrived through it
    if (!demanded) {
      demanded = true;
      subscription.request(1);
    }
    long remaining = deadlineNanos - System.nanoTime();
    if (remaining <= 0) {
      throw new DeadlineExceeded();
    }
    Object next;
    try {
      next = queue.poll(remaining, TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while reading the body");
    }
    if (next == null) {
      throw new DeadlineExceeded();
    }
    demanded = false;
    return next;
  }

  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    Flow.Subscription s = subscription;
    if (s != null && !finished) {
      s.cancel();
    }
  }
}
