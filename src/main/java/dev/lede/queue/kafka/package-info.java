/**
 * The Kafka adapter of the work-queue port: {@link dev.lede.queue.kafka.KafkaWorkQueue} hands items
 * over through a one-partition topic and commits them in order, resuming from its consumer group's
 * committed offset; {@link dev.lede.queue.kafka.KafkaLog} is its {@code kafka://} address.
 */
package dev.lede.queue.kafka;
