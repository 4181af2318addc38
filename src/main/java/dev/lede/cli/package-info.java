/** The {@code lede} command line (picocli): one subcommand per pipeline job. */
package dev.lede.cli;
