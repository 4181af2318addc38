/** The in-process {@link dev.lede.queue.WorkQueue}: {@link dev.lede.queue.inprocess.Pipeline}. */
package dev.lede.queue.inprocess;
