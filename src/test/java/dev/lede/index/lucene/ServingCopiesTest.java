package dev.lede.index.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Copies of an index another process keeps writing, for a serving process to open. */
class ServingCopiesTest {
  @TempDir Path data;

  private static void add(IndexWriter w, int from, int to) throws Exception {
    for (int i = from; i < to; i++) {
      Document d = new Document();
      d.add(new StringField("id", "d" + i, Field.Store.YES));
      w.addDocument(d);
    }
    w.commit();
  }

  private static int docs(Path index) throws Exception {
    try (Directory d = FSDirectory.open(index);
        DirectoryReader r = DirectoryReader.open(d)) {
      return r.numDocs();
    }
  }

  @Test
  void aCopyKeepsTheLastCommitWhileTheWriterGoesOnAndMergesItsFilesAway() throws Exception {
    try (Directory dir = FSDirectory.open(data.resolve("stories"));
        IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer()))) {
      add(w, 0, 10);
      add(w, 10, 15);
      try (ServingCopies.Copy copy = ServingCopies.copy(data, List.of("stories", "related"))) {
        add(w, 15, 40);
        w.forceMerge(1);
        w.commit(); // the files the copy linked are gone from stories/
        assertThat(docs(copy.dir().resolve("stories"))).isEqualTo(15);
        assertThat(docs(data.resolve("stories"))).isEqualTo(40);
        // An index not created yet is an empty folder.
        assertThat(copy.dir().resolve("related")).isEmptyDirectory();
        // The copy is private: a writer opens it while the original's writer is open.
        try (Directory c = FSDirectory.open(copy.dir().resolve("stories"));
            IndexWriter mine = new IndexWriter(c, new IndexWriterConfig(new StandardAnalyzer()))) {
          add(mine, 100, 101);
        }
        assertThat(docs(copy.dir().resolve("stories"))).isEqualTo(16);
        assertThat(docs(data.resolve("stories"))).isEqualTo(40);
      }
    }
    assertThat(data.resolve(ServingCopies.FOLDER)).isEmptyDirectory();
  }

  @Test
  void startingDeletesCopiesThatNoLiveProcessHolds() throws Exception {
    Path stale = data.resolve(ServingCopies.FOLDER).resolve("copy-left-by-a-killed-server");
    Files.createDirectories(stale.resolve("stories"));
    Files.writeString(stale.resolve("stories").resolve("_0.cfs"), "x");
    try (ServingCopies.Copy live = ServingCopies.copy(data, List.of("stories"))) {
      ServingCopies.deleteStale(data);
      assertThat(stale).doesNotExist();
      assertThat(live.dir()).isDirectory();
    }
  }
}
