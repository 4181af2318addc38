/**
 * The writer: one grounded multi-source article per story, every sentence carrying its source
 * quotes.
 *
 * <p>{@link dev.lede.write.Writer} is the entry point; {@link dev.lede.write.OfflineWriter} (the
 * default) selects, trims and orders source sentences into a {@link dev.lede.write.StoryPlan}, and
 * {@link dev.lede.write.Composer} turns a plan into the published {@link
 * dev.lede.model.WrittenStory} (headline, meta description, disclaimer, sources, {@link
 * dev.lede.write.SeoAnalyzer} report). {@link dev.lede.write.GroundingChecker} decides whether a
 * sentence is supported by its quotes; nothing it refuses is published. A model-backed writer
 * starts from {@code OfflineWriter.plan(...)}, rewrites sentences, re-checks them with the same
 * checker (falling back to the plan's sentence when a rewrite fails) and calls {@code
 * Composer.compose}. {@link dev.lede.write.WriteCommandLogic} is {@code lede write}'s JSON-lines
 * contract. Implementation stages live in {@code dev.lede.write.internal}.
 */
package dev.lede.write;
