package dev.lede.ingest.fetch;

/**
 * Stage 4: sends the validators of the previous fetch ({@code If-None-Match} from the ETag, {@code
 * If-Modified-Since} from Last-Modified) and turns a {@code 304} into {@link
 * FetchResult.NotModified}. A 304 to a request without validators is left alone (and ends up a
 * failure): the server answered a question that was not asked.
 */
final class ConditionalGet implements Interceptor {

  @Override
  public Response intercept(Chain chain) {
    Request request = chain.request();
    FetchRequest origin = request.origin();
    if (origin.etag().isPresent()) {
      request = request.withHeader("If-None-Match", origin.etag().get());
    }
    if (origin.lastModified().isPresent()) {
      request = request.withHeader("If-Modified-Since", origin.lastModified().get());
    }
    Response response = chain.proceed(request);
    boolean conditional = origin.etag().isPresent() || origin.lastModified().isPresent();
    if (conditional && response instanceof Response.Received received && received.status() == 304) {
      return new Response.Done(new FetchResult.NotModified(origin.uri()));
    }
    return response;
  }
}
