package dev.lede.queue.inprocess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PipelineTest {

  @Test
  void commitsInSubmissionOrderWhateverOrderItemsArePreparedIn() throws Exception {
    List<String> committed = new ArrayList<>();
    List<String> threads = Collections.synchronizedList(new ArrayList<>());
    List<Integer> preparedOrder = Collections.synchronizedList(new ArrayList<>());
    CountDownLatch fifthPrepared = new CountDownLatch(1);
    try (Pipeline<Integer, String> p =
        new Pipeline<>(
            3,
            8,
            i -> {
              threads.add(Thread.currentThread().getName());
              if (i == 0) {
                // Items 1-5 are in the window while item 0 waits, so the other workers get to them.
                await(fifthPrepared);
              }
              preparedOrder.add(i);
              if (i == 5) {
                fifthPrepared.countDown();
              }
              return "p" + i;
            },
            committed::add)) {
      for (int i = 0; i < 20; i++) {
        p.submit(i);
      }
      p.finish();
      assertThat(p.pending()).isZero();
    }
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      expected.add("p" + i);
    }
    assertThat(preparedOrder.indexOf(5)).isLessThan(preparedOrder.indexOf(0));
    assertThat(committed).isEqualTo(expected);
    assertThat(threads).allMatch(n -> n.startsWith("lede-prepare-"));
  }

  private static void await(CountDownLatch latch) {
    try {
      if (!latch.await(30, TimeUnit.SECONDS)) {
        throw new IllegalStateException("item 5 was never prepared while item 0 waited");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Test
  void neverPreparesMoreThanTheWindowAheadOfTheLastCommit() throws Exception {
    AtomicInteger prepared = new AtomicInteger();
    List<Integer> aheadAtCommit = new ArrayList<>();
    List<Integer> committed = new ArrayList<>();
    try (Pipeline<Integer, Integer> p =
        new Pipeline<>(
            2,
            4,
            i -> {
              prepared.incrementAndGet();
              return i;
            },
            i -> {
              committed.add(i);
              aheadAtCommit.add(prepared.get() - committed.size());
            })) {
      for (int i = 0; i < 50; i++) {
        p.submit(i);
        assertThat(p.pending()).isLessThanOrEqualTo(4);
      }
      p.finish();
    }
    assertThat(committed).hasSize(50);
    assertThat(aheadAtCommit).allMatch(n -> n <= 4);
  }

  @Test
  void aFailedPreparationIsThrownWhenItsItemWouldBeCommitted() throws Exception {
    List<Integer> committed = new ArrayList<>();
    try (Pipeline<Integer, Integer> p =
        new Pipeline<>(
            2,
            16,
            i -> {
              if (i == 3) {
                throw new IllegalStateException("item 3 is bad");
              }
              return i;
            },
            committed::add)) {
      for (int i = 0; i < 3; i++) {
        p.submit(i);
      }
      // Item 3 is committed by submit when its preparation is already done, else by finish.
      assertThatThrownBy(
              () -> {
                p.submit(3);
                p.finish();
              })
          .isInstanceOf(IllegalStateException.class)
          .hasMessage("item 3 is bad");
    }
    assertThat(committed).containsExactly(0, 1, 2);
  }

  @Test
  void withoutThreadsEachItemIsPreparedAndCommittedOnTheCallersThread() throws Exception {
    List<String> seen = new ArrayList<>();
    String caller = Thread.currentThread().getName();
    try (Pipeline<Integer, Integer> p =
        new Pipeline<>(
            0,
            1,
            i -> {
              seen.add("prepare " + i + " on " + Thread.currentThread().getName());
              return i;
            },
            i -> seen.add("commit " + i))) {
      p.submit(1);
      assertThat(p.pending()).isZero();
      p.submit(2);
    }
    assertThat(seen)
        .containsExactly(
            "prepare 1 on " + caller, "commit 1", "prepare 2 on " + caller, "commit 2");
  }

  @Test
  void settingsAreValidated() {
    assertThatThrownBy(() -> new Pipeline<Integer, Integer>(-1, 1, i -> i, i -> {}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("threads must not be negative, was -1");
    assertThatThrownBy(() -> new Pipeline<Integer, Integer>(1, 0, i -> i, i -> {}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("window must be at least 1, was 0");
  }
}
