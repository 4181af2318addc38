package dev.lede.write.llm;

import java.util.Objects;

/** What a {@link ChatClient} call gave: the model's reply text, or why there is none. */
public sealed interface ChatResult permits ChatResult.Ok, ChatResult.Failed {

  /**
   * A complete reply.
   *
   * @param content the first choice's message content, as sent
   */
  record Ok(String content) implements ChatResult {
    public Ok {
      Objects.requireNonNull(content, "content");
    }
  }

  /**
   * No usable reply.
   *
   * @param problem the kind of failure
   * @param reason a message naming the endpoint and the problem, e.g. {@code POST
   *     http://127.0.0.1:8080/v1/chat/completions: HTTP 500 Internal Server Error}; never holds the
   *     API key
   */
  record Failed(Problem problem, String reason) implements ChatResult {
    public Failed {
      Objects.requireNonNull(problem, "problem");
      Objects.requireNonNull(reason, "reason");
    }
  }

  /** Kinds of failure. */
  enum Problem {
    /** HTTP 429. */
    RATE_LIMITED,
    /** HTTP 5xx. */
    SERVER_ERROR,
    /** Any other non-2xx status (400, 401, 404...). */
    HTTP_ERROR,
    /** No connection, or no complete reply in time. */
    TIMEOUT,
    /** The connection failed or broke. */
    CONNECTION,
    /** The reply is not a chat completion (not JSON, wrong shape, an error object). */
    MALFORMED,
    /** The reply has no choices or no message content. */
    EMPTY,
    /** The reply was cut off ({@code finish_reason} {@code length}). */
    TRUNCATED,
    /** The server or model withheld the reply (content filter, refusal). */
    REFUSED,
    /** The reply is larger than the client accepts. */
    TOO_LARGE,
    /** The request could not be made (bad key characters, interrupted). */
    CLIENT
  }
}
