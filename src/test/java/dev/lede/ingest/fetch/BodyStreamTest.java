package dev.lede.ingest.fetch;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** {@link BodyStream} fed by hand, as the HTTP client would. */
class BodyStreamTest {
  private final AtomicLong requested = new AtomicLong();
  private final AtomicBoolean cancelled = new AtomicBoolean();
  private final Flow.Subscription subscription =
      new Flow.Subscription() {
        @Override
        public void request(long n) {
          requested.addAndGet(n);
        }

        @Override
        public void cancel() {
          cancelled.set(true);
        }
      };

  private static BodyStream withDeadlineIn(Duration d) {
    return new BodyStream(System.nanoTime() + d.toNanos());
  }

  private static List<ByteBuffer> chunk(String s) {
    return List.of(ByteBuffer.wrap(s.getBytes(UTF_8)));
  }

  @Test
  void chunksAreReadInOrderAndAskedForOneAtATime() throws IOException {
    BodyStream body = withDeadlineIn(Duration.ofSeconds(5));
    body.onSubscribe(subscription);
    assertThat(requested).hasValue(1);
    body.onNext(chunk("ab"));
    body.onNext(chunk("cd"));
    body.onComplete();

    byte[] all = body.readAllBytes();

    assertThat(new String(all, UTF_8)).isEqualTo("abcd");
    assertThat(requested).hasValue(3);
    assertThat(cancelled).isFalse();
  }

  @Test
  void aReadWaitingPastTheDeadlineFails() {
    BodyStream body = withDeadlineIn(Duration.ofMillis(200));
    body.onSubscribe(subscription);
    body.onNext(chunk("a"));
    long start = System.nanoTime();

    assertThatThrownBy(body::readAllBytes).isInstanceOf(BodyStream.DeadlineExceeded.class);
    assertThat(System.nanoTime() - start)
        .isBetween(Duration.ofMillis(150).toNanos(), Duration.ofSeconds(2).toNanos());
  }

  @Test
  void aStreamErrorIsThrownToTheReader() {
    BodyStream body = withDeadlineIn(Duration.ofSeconds(5));
    body.onSubscribe(subscription);
    body.onError(new IOException("connection reset"));

    assertThatThrownBy(body::read).isInstanceOf(IOException.class).hasMessage("connection reset");
  }

  @Test
  void closingBeforeTheEndCancels() {
    BodyStream body = withDeadlineIn(Duration.ofSeconds(5));
    body.onSubscribe(subscription);

    body.close();

    assertThat(cancelled).isTrue();
  }

  @Test
  void closingBeforeSubscriptionCancelsOnSubscribe() {
    BodyStream body = withDeadlineIn(Duration.ofSeconds(5));
    body.close();

    body.onSubscribe(subscription);

    assertThat(cancelled).isTrue();
    assertThat(requested).hasValue(0);
  }
}
