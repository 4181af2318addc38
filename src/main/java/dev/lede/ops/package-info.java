/**
 * Operations: Prometheus metrics ({@link dev.lede.ops.Metrics}, Micrometer) and one-line event logs
 * ({@link dev.lede.ops.EventLog}, text or JSON).
 */
package dev.lede.ops;
