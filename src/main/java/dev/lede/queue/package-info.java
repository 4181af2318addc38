/**
 * Port of the hand-over between stages: {@link dev.lede.queue.WorkQueue} (stored articles -> story
 * assignment, committed in submission order). The in-process adapter is in {@code
 * dev.lede.queue.inprocess}; a distributed log (Kafka) goes in a sibling adapter package and is
 * checked by the same contract test ({@code WorkQueueContract}).
 */
package dev.lede.queue;
