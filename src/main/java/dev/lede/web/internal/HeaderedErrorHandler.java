package dev.lede.web.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Map;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * Jetty's own error responses (a malformed request line 400, a URI too long 414, headers too large
 * 431), which Jetty writes before any application handler runs, carry the same security headers as
 * every other response.
 */
public final class HeaderedErrorHandler extends ErrorHandler {
  private final Map<String, String> headers;

  /** {@code headers}: name to value, added to every error response Jetty writes itself. */
  public HeaderedErrorHandler(Map<String, String> headers) {
    this.headers = Map.copyOf(headers);
    setShowStacks(false);
    setShowServlet(false);
  }

  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    headers.forEach(fields::put);
    return super.badMessageError(status, reason, fields);
  }

  @Override
  public void handle(
      String target, Request baseRequest, HttpServletRequest request, HttpServletResponse response)
      throws IOException, jakarta.servlet.ServletException {
    headers.forEach(response::setHeader);
    super.handle(target, baseRequest, request, response);
  }
}
