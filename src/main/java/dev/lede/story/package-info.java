/**
 * Story clustering: groups coverage of one real-world event into a story, online.
 *
 * <p>{@link dev.lede.story.StoryClusterer} is the facade: {@code assign} places one {@link
 * dev.lede.story.StoryInput} and returns an {@link dev.lede.story.Assignment} (its story, and any
 * {@link dev.lede.story.StoryChange} merges or splits it set off); {@code story} returns a {@link
 * dev.lede.story.Story} snapshot; {@code restore} rebuilds state from stored (article, story)
 * pairs; {@code open(Path, Config)} keeps the index on disk and reads it back. Text analysis sits
 * behind two small interfaces, {@link dev.lede.story.EntityKeys} and {@link dev.lede.nlp.Embedder},
 * with built-in implementations. {@link dev.lede.story.ClusterCommandLogic} is {@code lede
 * cluster}; {@link dev.lede.story.ClusteringScores} computes B-cubed and pairwise scores against
 * gold clusters.
 *
 * <p>Implementation details live in {@code dev.lede.story.internal}.
 */
package dev.lede.story;
