package dev.lede.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What {@link JdbcHostTemplates} keeps, on every SQL database a store can use: each subclass gives
 * a fresh writable store (SQLite file, PostgreSQL database).
 */
public abstract class HostTemplatesContract {
  protected JdbcArticleStore store;
  protected JdbcHostTemplates templates;

  /** A fresh, empty, writable store. */
  protected abstract JdbcArticleStore newStore() throws Exception;

  @BeforeEach
  void open() throws Exception {
    store = newStore();
    templates = JdbcHostTemplates.of(store);
  }

  @AfterEach
  void close() {
    if (store != null) store.close();
  }

  @Test
  void aBlockIsRepeatedOnceEnoughDistinctPagesOfItsHostHadIt() {
    templates.learn("news.example", 1, List.of(10L, 11L));
    templates.learn("news.example", 2, List.of(10L, 12L, 12L));
    templates.learn("other.example", 3, List.of(10L));

    assertThat(templates.repeated("news.example", 2)).containsExactly(10L);
    assertThat(templates.repeated("news.example", 1)).containsExactlyInAnyOrder(10L, 11L, 12L);
    assertThat(templates.repeated("news.example", 3)).isEmpty();
    assertThat(templates.repeated("other.example", 1)).containsExactly(10L);
    assertThat(templates.repeated("unknown.example", 1)).isEmpty();
  }

  @Test
  void printsAndPageKeysUseAll64Bits() {
    long print = 0x8123_4567_89ab_cdefL;
    templates.learn("news.example", Long.MAX_VALUE, List.of(print, Long.MIN_VALUE));
    templates.learn("news.example", Long.MIN_VALUE, List.of(print));

    assertThat(templates.repeated("news.example", 2)).containsExactly(print);
    assertThat(templates.repeated("news.example", 1))
        .containsExactlyInAnyOrder(print, Long.MIN_VALUE);
  }

  @Test
  void aPageLearnedAgainIsCountedOnce() {
    templates.learn("news.example", 7, List.of(10L));
    templates.learn("news.example", 7, List.of(10L, 11L));

    assertThat(templates.repeated("news.example", 2)).isEmpty();
    assertThat(templates.repeated("news.example", 1)).containsExactly(10L);
  }

  @Test
  void aRareBlockIsForgottenAfterManyPagesWithoutItButAnOldTemplateIsKept() {
    long page = 0;
    for (int i = 0; i < JdbcHostTemplates.KEPT_FROM; i++) {
      templates.learn("news.example", ++page, i < 2 ? List.of(1L, 2L) : List.of(2L));
    }
    for (int i = 0; i < JdbcHostTemplates.FORGET_AFTER + JdbcHostTemplates.PRUNE_EVERY; i++) {
      templates.learn("news.example", ++page, List.of(1000L + i));
    }

    assertThat(templates.repeated("news.example", 1)).doesNotContain(1L).contains(2L);
    assertThat(templates.repeated("news.example", JdbcHostTemplates.KEPT_FROM)).containsExactly(2L);
  }
}
