package dev.lede.queue.inprocess;

import dev.lede.queue.WorkQueue;
import dev.lede.queue.WorkQueueContract;
import java.util.function.Function;
import org.junit.jupiter.api.Nested;

/** The in-process queue keeps the work-queue contract with worker threads and without. */
class PipelineContractTest {
  @Nested
  class WithWorkers extends WorkQueueContract {
    @Override
    protected WorkQueue<String> open(
        Function<String, String> prepare, WorkQueue.Commit<String> commit) {
      return new Pipeline<>(3, 8, prepare, commit);
    }
  }

  @Nested
  class OnTheCallersThread extends WorkQueueContract {
    @Override
    protected WorkQueue<String> open(
        Function<String, String> prepare, WorkQueue.Commit<String> commit) {
      return new Pipeline<>(0, 1, prepare, commit);
    }
  }
}
