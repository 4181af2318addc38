package dev.lede.newsroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lede.newsroom.SubmissionOrder.Item;
import dev.lede.newsroom.SubmissionOrder.Ticket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SubmissionOrderTest {
  private static final Ticket A = new Ticket("5eed", 0, 3);
  private static final Ticket B = new Ticket("5eed", 1, 3);
  private static final Ticket C = new Ticket("5eed", 2, 3);

  /** A clock the test moves. */
  private static final class Ticking extends Clock {
    Instant now = Instant.parse("2026-12-05T14:00:00Z");

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }
  }

  private final Ticking clock = new Ticking();
  private long offset;

  private List<String> offer(SubmissionOrder o, String value) {
    return o.offer(offset++, Item.parse(value));
  }

  @Test
  void aLaterSourcesArticlesWaitUntilTheSourcesBeforeItHaveEnded() {
    SubmissionOrder o = SubmissionOrder.fresh(clock);
    // The fetch worker of the second and third sources finished first.
    assertThat(offer(o, Item.article(B, "b1"))).isEmpty();
    assertThat(offer(o, Item.article(C, "c1"))).isEmpty();
    assertThat(offer(o, Item.end(C))).isEmpty();
    assertThat(offer(o, Item.article(B, "b2"))).isEmpty();
    assertThat(offer(o, Item.end(B))).isEmpty();
    assertThat(o.position()).isZero();
    assertThat(offer(o, Item.article(A, "a1"))).containsExactly("a1");
    assertThat(offer(o, Item.end(A))).containsExactly("b1", "b2", "c1");
    assertThat(o.waiting()).isZero();
    assertThat(o.position()).isEqualTo(offset);
  }

  @Test
  void recordsInSubmissionOrderAndBareIdsPassAtOnce() {
    SubmissionOrder o = SubmissionOrder.fresh(clock);
    List<String> placed = new ArrayList<>();
    placed.addAll(offer(o, Item.article(A, "a1")));
    placed.addAll(offer(o, "swept"));
    placed.addAll(offer(o, Item.end(A)));
    placed.addAll(offer(o, Item.end(B)));
    placed.addAll(offer(o, Item.article(C, "c1")));
    assertThat(placed).containsExactly("a1", "swept", "c1");
    assertThat(o.waiting()).isZero();
  }

  @Test
  void aTakeoversSweepOfAnArticleWaitingForItsTurnLeavesItToWaitForItsTurn() {
    SubmissionOrder o = SubmissionOrder.fresh(clock);
    // The second source's articles wait for the first source to end.
    assertThat(offer(o, Item.article(B, "b1"))).isEmpty();
    assertThat(offer(o, Item.article(B, "b2"))).isEmpty();
    // A fetch worker taking a partition over announces every article in no story, without a
    // ticket: a1 (stored by a worker killed before announcing it) and b1, b2 (waiting here).
    assertThat(offer(o, "a1")).containsExactly("a1");
    assertThat(offer(o, "b2")).isEmpty();
    assertThat(offer(o, "b1")).isEmpty();
    assertThat(o.position()).isZero();
    assertThat(offer(o, Item.article(A, "a2"))).containsExactly("a2");
    assertThat(offer(o, Item.end(A))).containsExactly("b1", "b2");
    // No longer waiting: swept again, it passes (placing an article placed before does nothing).
    assertThat(offer(o, "b1")).containsExactly("b1");
    assertThat(o.waiting()).isZero();
  }

  @Test
  void aTakeoverResumesFromTheNoteAndPassesWhatHadItsTurnAgain() {
    SubmissionOrder first = SubmissionOrder.fresh(clock);
    offer(first, Item.article(A, "a1")); // 0
    offer(first, Item.end(A)); // 1
    offer(first, Item.article(C, "c1")); // 2: waits for B
    offer(first, Item.article(B, "b1")); // 3
    assertThat(first.position()).isEqualTo(2);
    String note = first.note();
    assertThat(note).isEqualTo("5eed=1");

    // The next holder reads from offset 2 with the note.
    SubmissionOrder next = SubmissionOrder.resume(note, clock);
    offset = 2;
    assertThat(offer(next, Item.article(C, "c1"))).isEmpty();
    assertThat(offer(next, Item.article(B, "b1"))).containsExactly("b1");
    assertThat(offer(next, Item.end(B))).containsExactly("c1");
    // A record of the first source sent twice (its step retried) passes at once.
    assertThat(offer(next, Item.article(A, "a1"))).containsExactly("a1");
  }

  @Test
  void aFinishedSubmissionWhollyBeforeThePositionIsLeftOutOfTheNote() {
    SubmissionOrder o = SubmissionOrder.fresh(clock);
    Ticket only = new Ticket("01d", 0, 1);
    offer(o, Item.article(only, "x"));
    offer(o, Item.end(only));
    offer(o, Item.article(B, "b1"));
    assertThat(o.note()).isEqualTo("5eed=0");
  }

  @Test
  void aSourceThatNeverEndsHoldsTheLaterOnesBackOnlyForAWhile() {
    SubmissionOrder o = SubmissionOrder.fresh(clock);
    assertThat(offer(o, Item.article(C, "c1"))).isEmpty();
    clock.now = clock.now.plus(SubmissionOrder.PATIENCE).minus(Duration.ofSeconds(1));
    assertThat(o.expire()).isEmpty();
    clock.now = clock.now.plus(Duration.ofSeconds(1));
    assertThat(o.expire()).containsExactly("c1");
    assertThat(offer(o, Item.end(C))).isEmpty();
    assertThat(o.waiting()).isZero();
  }

  @Test
  void aRecordWithABrokenTicketOrANoteThatIsNotOneIsRefusedQuotingIt() {
    assertThatThrownBy(() -> Item.parse("nonsense\tid"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'nonsense\tid'");
    assertThatThrownBy(() -> SubmissionOrder.resume("5eed:1", clock))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'5eed:1'");
    assertThatThrownBy(() -> new Ticket("5eed", 3, 3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("source 3 of 3");
  }
}
