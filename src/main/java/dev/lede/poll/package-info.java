/**
 * Scheduled polling: {@link dev.lede.poll.Scheduler} polls each source on its own schedule, which
 * {@link dev.lede.poll.PollPolicy} derives from the source's signals ({@link
 * dev.lede.poll.Signals}: RSS {@code ttl}/{@code skipHours}, {@code Cache-Control: max-age}, {@code
 * Retry-After}) and its observed update rate, with exponential back-off on errors. The polling
 * itself goes through a {@link dev.lede.poll.SourcePoller} port (the newsroom's ingest path).
 */
package dev.lede.poll;
