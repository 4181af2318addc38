package dev.lede.write.llm;

import java.util.Objects;

/**
 * One message of a chat completion request.
 *
 * @param role {@code system}, {@code user} or {@code assistant}
 * @param content the message text
 */
public record ChatMessage(String role, String content) {
  public ChatMessage {
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(content, "content");
    if (!role.equals("system") && !role.equals("user") && !role.equals("assistant")) {
      throw new IllegalArgumentException(
          "chat role \"" + role + "\" is not system, user or assistant");
    }
  }

  /** A system message: the rules. */
  public static ChatMessage system(String content) {
    return new ChatMessage("system", content);
  }

  /** A user message: the task and its data. */
  public static ChatMessage user(String content) {
    return new ChatMessage("user", content);
  }
}
