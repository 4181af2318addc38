package dev.lede.ingest.fetch;

import java.util.List;

/** The chain position handed to stage {@code index - 1}: proceeding runs stage {@code index}. */
final class RealChain implements Interceptor.Chain {
  private final List<Interceptor> stages;
  private final int index;
  private final Request request;

  private RealChain(List<Interceptor> stages, int index, Request request) {
    this.stages = stages;
    this.index = index;
    this.request = request;
  }

  /** Runs {@code request} through all of {@code stages}, first to last. */
  static Response run(List<Interceptor> stages, Request request) {
    return new RealChain(List.copyOf(stages), 0, request).proceed(request);
  }

  @Override
  public Request request() {
    return request;
  }

  @Override
  public Response proceed(Request next) {
    if (index >= stages.size()) {
      throw new IllegalStateException("the last stage must answer, not proceed: " + stages);
    }
    return stages.get(index).intercept(new RealChain(stages, index + 1, next));
  }
}
