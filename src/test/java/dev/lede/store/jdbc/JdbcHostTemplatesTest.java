package dev.lede.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.store.sqlite.SqliteStore;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JdbcHostTemplatesTest {
  @TempDir Path tmp;
  SqliteStore store;
  JdbcHostTemplates templates;

  @BeforeEach
  void open() {
    store = SqliteStore.open(tmp.resolve("data"));
    templates = JdbcHostTemplates.of(store);
  }

  @AfterEach
  void close() {
    store.close();
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

  @Test
  void aFolderNoWriterLearnedInHasNoTemplates() {
    store.close();
    store = SqliteStore.open(tmp.resolve("fresh"));
    store.close();
    store = SqliteStore.openReadOnly(tmp.resolve("fresh"));

    assertThat(JdbcHostTemplates.of(store).repeated("news.example", 1)).isEmpty();
  }
}
