package dev.lede.write.llm.internal;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises text addressed to a language model rather than to readers: "ignore previous
 * instructions", role labels ({@code system:}), chat-template tags ({@code <|im_start|>}, {@code
 * [INST]}), hidden HTML comments, notes "to AI models", imperatives to the writer ("write that
 * ..."). Source text stays data either way; the screen only decides what may not be <em>published
 * </em>: a model sentence that reads as such an instruction, or that rests only on a source passage
 * that does. Such a sentence is grounded in words of the source, but those words were aimed at the
 * model, not at readers.
 *
 * <p>Patterns err toward flagging: a flagged sentence costs one rewrite (its part falls back to the
 * offline selection), a missed one at worst publishes what a source literally says.
 */
public final class InjectionScreen {
  private static final List<Pattern> PATTERNS =
      List.of(
          Pattern.compile(
              "\\b(?:ignore|disregard|forget|override|bypass|skip)\\b[^.!?\\n]{0,40}?\\b(?:previous"
                  + "|prior|above|earlier|preceding|all|any|your|the|these|those|system)\\b"
                  + "[^.!?\\n]{0,20}?\\b(?:instructions?|prompts?|rules|directions|guidelines"
                  + "|directives|context)\\b",
              Pattern.CASE_INSENSITIVE),
          Pattern.compile(
              "(?:^|[\\n\\r>\\]]|[.!?]\\s)\\s*(?:system|assistant|developer|user|human|ai|bot)\\s*:",
              Pattern.CASE_INSENSITIVE),
          Pattern.compile(
              "<\\|[^|<>]{1,40}\\|>|<<\\s*/?\\s*SYS\\s*>>|\\[/?\\s*(?:INST|SYS)\\s*\\]"
                  + "|</?\\s*(?:system|assistant|user|instructions?|prompt|im_start|im_end)\\b[^>]{0,40}>",
              Pattern.CASE_INSENSITIVE),
          Pattern.compile("<!--|-->|<\\s*script\\b", Pattern.CASE_INSENSITIVE),
          // markdown links and images: the usual carrier of exfiltration URLs
          Pattern.compile("!?\\[[^\\]\\n]{0,100}\\]\\(\\s*(?:https?:|www\\.|//)"),
          Pattern.compile(
              "#{1,6}\\s*(?:instructions?|system|prompt|response)\\b", Pattern.CASE_INSENSITIVE),
          Pattern.compile(
              "\\b(?:note|message|instructions?|memo|reminder)s?\\s+(?:to|for)\\s+(?:the\\s+|any\\s+"
                  + "|all\\s+)?(?:ai|llms?|language\\s+models?|chat\\s*bots?|assistants?|bots?"
                  + "|automated|models?|gpt|chatgpt|summari[sz]ers?|writers?\\s+bots?)\\b",
              Pattern.CASE_INSENSITIVE),
          Pattern.compile(
              "\\byou\\s+are\\s+(?:now\\s+)?(?:an?\\s+|in\\s+)?(?:ai|assistant|language\\s+model"
                  + "|chatgpt|gpt|llm|developer\\s+mode|dan)\\b",
              Pattern.CASE_INSENSITIVE),
          Pattern.compile(
              "\\b(?:new|updated|real|actual|hidden|secret)\\s+(?:instructions|system\\s+prompt)\\b",
              Pattern.CASE_INSENSITIVE),
          Pattern.compile(
              "(?:^|[.!?:]\\s+|\\n)\\s*(?:please\\s+)?(?:write|output|respond|reply|print|tell"
                  + "\\s+(?:the\\s+)?readers|repeat|insert|include|add|append)\\s+(?:that|this"
                  + "|the\\s+following|only|:)",
              Pattern.CASE_INSENSITIVE));

  private InjectionScreen() {}

  /** The matched words when {@code text} reads as an instruction to a model, else empty. */
  public static Optional<String> instruction(String text) {
    for (Pattern p : PATTERNS) {
      Matcher m = p.matcher(text);
      if (m.find()) {
        return Optional.of(m.group().strip());
      }
    }
    return Optional.empty();
  }

  /** Whether {@code text} reads as an instruction to a model. */
  public static boolean flags(String text) {
    return instruction(text).isPresent();
  }
}
