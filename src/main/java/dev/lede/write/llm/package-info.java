/**
 * The optional model-backed writer: {@code --llm URL --model NAME}.
 *
 * <p>{@link dev.lede.write.llm.LlmWriter} asks an OpenAI-compatible chat completions server ({@link
 * dev.lede.write.llm.ChatClient}, configured by {@link dev.lede.write.llm.LlmConfig}) to rewrite
 * the offline writer's selected source sentences, then publishes only the sentences the {@link
 * dev.lede.write.GroundingChecker} supports; any failure of the server or of its reply falls back
 * to the {@link dev.lede.write.OfflineWriter}. Source text is data, never instructions: it travels
 * only inside JSON strings of the user message, and what a model writes because a source told it to
 * is not supported by the sources and is dropped. {@link dev.lede.write.llm.Writers} maps the
 * command-line options to a {@link dev.lede.write.Writer}. Implementation stages (prompt, reply
 * parsing, injection screen, vetting, merging) live in {@code dev.lede.write.llm.internal}.
 */
package dev.lede.write.llm;
