package dev.lede.cli;

import dev.lede.ingest.IngestReport;
import dev.lede.ingest.SourceFailure;
import dev.lede.model.Article;
import dev.lede.newsroom.NewsroomListener;
import dev.lede.newsroom.WriteReport;
import java.io.PrintStream;
import java.nio.file.Path;

/**
 * Shows ingest progress on stderr: a redrawn bar on a terminal, plain lines otherwise (CI logs);
 * then the ingest report, the stories that changed and the writing.
 */
final class ProgressPrinter implements NewsroomListener {
  /** How progress is shown. */
  enum Mode {
    /** A bar redrawn in place (terminals). */
    BAR,
    /** A line per source and every {@value #LINE_EVERY} articles (logs). */
    LINES,
    /**
     * A line per stored article ({@code stored N URL}), per story assignment ({@code assigned N
     * ARTICLE STORY}) and per written story ({@code written N STORY vVERSION}): scripts, the crash
     * tests.
     */
    ARTICLES
  }

  static final int LINE_EVERY = 100;
  private final PrintStream out;
  private final boolean tty;
  private final Mode mode;
  private String source = "";
  private int sourceIndex;
  private int sourceTotal;
  private int items;
  private int done;
  private int stored;
  private int assigned;
  private long lastDraw;

  ProgressPrinter(PrintStream out, Mode mode) {
    this.out = out;
    this.mode = mode;
    this.tty = mode == Mode.BAR;
  }

  @Override
  public void sourceStarted(String ref, int index, int total) {
    endLine();
    source = ref;
    sourceIndex = index;
    sourceTotal = total;
    items = 0;
    done = 0;
    out.printf("[%d/%d] %s%n", index, total, ref);
  }

  @Override
  public void itemsFound(String ref, int n) {
    items += n;
  }

  @Override
  public void article(Article article, boolean isNew) {
    done++;
    if (isNew) {
      stored++;
      if (mode == Mode.ARTICLES) {
        out.printf("stored %d %s%n", stored, article.url());
      } else if (mode == Mode.LINES && stored % LINE_EVERY == 0) {
        out.printf("  %d articles stored%n", stored);
      }
    }
    long now = System.nanoTime();
    if (tty && (now - lastDraw > 100_000_000L || done == items)) {
      lastDraw = now;
      draw();
    }
  }

  @Override
  public void assigned(String articleId, String storyId) {
    assigned++;
    if (mode == Mode.ARTICLES) {
      out.printf("assigned %d %s %s%n", assigned, articleId, storyId);
    }
  }

  @Override
  public void failed(SourceFailure failure) {
    endLine();
    out.println("  " + failure);
  }

  private void draw() {
    int width = 30;
    int total = Math.max(items, done);
    int filled = total == 0 ? width : (int) ((long) width * done / total);
    out.printf(
        "\r  [%s%s] %d/%d articles, %d new in total",
        "#".repeat(filled), " ".repeat(width - filled), done, total, stored);
    out.flush();
  }

  private void endLine() {
    if (tty && done > 0) {
      draw();
      out.println();
      done = 0;
    }
  }

  void finish() {
    endLine();
  }

  @Override
  public void ingested(IngestReport r, long articlesStored, Path dir) {
    finish();
    out.printf(
        "ingest: %d seen, %d stored (%d near-duplicates), %d already stored, %d not modified,"
            + " %d failed%s; %d articles in %s%n",
        r.seen(),
        r.stored(),
        r.nearDuplicates(),
        r.alreadyStored(),
        r.notModified(),
        r.failures().size(),
        r.tooShort() == 0 ? "" : " (" + r.tooShort() + " too short for an article)",
        articlesStored,
        dir);
    for (SourceFailure f : r.failures()) {
      out.println("  " + f);
    }
  }

  @Override
  public void embeddingFailures(int count, String first) {
    out.printf("embeddings: %d articles left without a vector, first: %s%n", count, first);
  }

  @Override
  public void assignFailures(int count, String first) {
    out.printf(
        "stories: %d articles set aside by an error (a story left out is tried again next run),"
            + " first: %s%n",
        count, first);
  }

  @Override
  public void writeFallbacks(int stories, String first) {
    out.printf(
        "stories: %d written with a fallback (a writer stage threw and was written around),"
            + " first: %s%n",
        stories, first);
  }

  @Override
  public void storiesChanged(int stories, int changed) {
    out.printf("stories: %d in the archive, %d changed%n", stories, changed);
  }

  @Override
  public void writingOwed(int owed) {
    out.printf("write: finishing %d stories owed by an earlier run%n", owed);
  }

  // A run counts its failed writes in leftOwed's one line; a worker, which never ends a run,
  // prints each.
  private boolean eachWriteFailure;

  /** Prints a line for each story whose write failed (workers: they have no end of run). */
  ProgressPrinter printingEachWriteFailure() {
    this.eachWriteFailure = true;
    return this;
  }

  @Override
  public void writeFailed(String storyId, RuntimeException e) {
    if (eachWriteFailure) {
      out.printf("write: %s%n", e.getMessage());
    }
  }

  @Override
  public void storyWritten(int done, int total, String storyId, int version) {
    if (mode == Mode.ARTICLES) {
      out.printf("written %d %s v%d%n", done, storyId, version);
    } else if (done % LINE_EVERY == 0) {
      out.printf("  %d/%d stories written%n", done, total);
    }
  }

  @Override
  public void written(int written) {
    out.printf("write: %d stories written or re-written%n", written);
  }

  @Override
  public void writingSkipped(int owed) {
    if (owed > 0) {
      out.printf("write: skipped (--no-write); %d stories owe a write%n", owed);
    }
  }

  @Override
  public void leftOwed(WriteReport w) {
    out.printf(
        "write: %d of %d stories not written (they stay owed; the next run writes them),"
            + " first: %s%n",
        w.notWritten(), w.notWritten() + w.written(), w.firstFailure().orElse("unknown"));
  }

  int stored() {
    return stored;
  }

  String source() {
    return source + " " + sourceIndex + "/" + sourceTotal;
  }
}
