package dev.lede.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link WorkQueue} does, whatever stands behind it (a thread pool, a Kafka topic): each
 * adapter's test extends this with a way to open a queue of strings over a preparing and a
 * committing step. Items are strings so that a log can carry them as they are.
 */
public abstract class WorkQueueContract {
  private final List<WorkQueue<String>> opened = new ArrayList<>();

  /**
   * A new, empty queue whose items are prepared by {@code prepare} (anywhere, in any order) and
   * committed by {@code commit}.
   */
  protected abstract WorkQueue<String> open(
      Function<String, String> prepare, WorkQueue.Commit<String> commit) throws Exception;

  private WorkQueue<String> queue(Function<String, String> prepare, WorkQueue.Commit<String> commit)
      throws Exception {
    WorkQueue<String> q = open(prepare, commit);
    opened.add(q);
    return q;
  }

  @AfterEach
  void closeQueues() {
    opened.forEach(WorkQueue::close);
  }

  private static List<String> items(int n) {
    List<String> items = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      items.add("item-" + i);
    }
    return items;
  }

  @Test
  void commitsEveryItemOnceInSubmissionOrderWhateverOrderTheyArePreparedIn() throws Exception {
    CountDownLatch laterPrepared = new CountDownLatch(1);
    List<String> committed = Collections.synchronizedList(new ArrayList<>());
    WorkQueue<String> q =
        queue(
            s -> {
              if (s.equals("item-0")) {
                // Give a queue that prepares in parallel the chance to prepare a later item first;
                // one that prepares in order just goes on after the bound.
                awaitQuietly(laterPrepared);
              } else if (s.equals("item-3")) {
                laterPrepared.countDown();
              }
              return s.toUpperCase();
            },
            committed::add);
    for (String s : items(20)) {
      q.submit(s);
    }
    q.finish();
    assertThat(committed)
        .containsExactlyElementsOf(items(20).stream().map(String::toUpperCase).toList());
  }

  @Test
  void commitsOneItemAtATime() throws Exception {
    AtomicInteger inCommit = new AtomicInteger();
    AtomicInteger mostAtOnce = new AtomicInteger();
    List<String> committed = Collections.synchronizedList(new ArrayList<>());
    WorkQueue<String> q =
        queue(
            s -> s,
            s -> {
              mostAtOnce.accumulateAndGet(inCommit.incrementAndGet(), Math::max);
              committed.add(s);
              inCommit.decrementAndGet();
            });
    for (String s : items(50)) {
      q.submit(s);
    }
    q.finish();
    assertThat(committed).hasSize(50);
    assertThat(mostAtOnce.get()).isEqualTo(1);
  }

  @Test
  void finishingAnEmptyQueueOrFinishingTwiceCommitsNothingMore() throws Exception {
    List<String> committed = Collections.synchronizedList(new ArrayList<>());
    WorkQueue<String> q = queue(s -> s, committed::add);
    q.finish();
    assertThat(committed).isEmpty();
    q.submit("only");
    q.finish();
    q.finish();
    assertThat(committed).containsExactly("only");
  }

  @Test
  void aFailurePreparingAnItemIsThrownWhereItWouldBeCommittedAndEarlierItemsStayCommitted()
      throws Exception {
    List<String> committed = Collections.synchronizedList(new ArrayList<>());
    WorkQueue<String> q =
        queue(
            s -> {
              if (s.equals("item-3")) {
                throw new IllegalStateException("item 3 is bad");
              }
              return s;
            },
            committed::add);
    for (String s : items(3)) {
      q.submit(s);
    }
    // Item 3 is committed by submit when it is already prepared, else by finish.
    assertThatThrownBy(
            () -> {
              q.submit("item-3");
              q.finish();
            })
        .hasStackTraceContaining("item 3 is bad");
    q.close();
    assertThat(committed).containsExactly("item-0", "item-1", "item-2");
  }

  @Test
  void aFailedCommitIsThrownAndNothingAfterItIsCommitted() throws Exception {
    List<String> committed = Collections.synchronizedList(new ArrayList<>());
    WorkQueue<String> q =
        queue(
            s -> s,
            s -> {
              if (s.equals("item-2")) {
                throw new IOException("disk full committing item-2");
              }
              committed.add(s);
            });
    assertThatThrownBy(
            () -> {
              for (String s : items(6)) {
                q.submit(s);
              }
              q.finish();
            })
        .isInstanceOf(IOException.class)
        .hasMessage("disk full committing item-2");
    q.close();
    assertThat(committed).containsExactly("item-0", "item-1");
  }

  @Test
  void closingWithoutFinishingKeepsWhatWasCommittedAndCommitsNothingAfter() throws Exception {
    List<String> committed = Collections.synchronizedList(new ArrayList<>());
    WorkQueue<String> q = queue(s -> s, committed::add);
    for (String s : items(10)) {
      q.submit(s);
    }
    q.close();
    List<String> atClose = List.copyOf(committed);
    assertThat(items(10).subList(0, atClose.size())).isEqualTo(atClose);
    q.close(); // closing twice is harmless
    assertThat(committed).isEqualTo(atClose);
  }

  @Test
  void aNullItemIsRefusedNamingIt() throws Exception {
    WorkQueue<String> q = queue(s -> s, s -> {});
    assertThatThrownBy(() -> q.submit(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("item");
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await(200, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
