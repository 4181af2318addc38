/**
 * The {@code lede} command line (picocli): one subcommand per job, and the printing of what it did.
 * The work itself is done by {@link dev.lede.newsroom.Newsroom} and the stages.
 */
package dev.lede.cli;
