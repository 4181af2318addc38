package dev.lede.cli;

import dev.lede.index.IndexLockedException;
import dev.lede.store.StoreException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Arrays;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * How the command line reports what went wrong: one line on stderr naming the command, the input
 * and the problem, never a stack trace unless {@code --debug} is given. Operator mistakes (a bad
 * option value, a wrong data folder, a folder another process is writing, a port in use) exit 2;
 * failures of the machine (I/O, a full disk) and of Lede itself exit 1.
 */
final class Failures implements IParameterExceptionHandler, IExecutionExceptionHandler {

  /** Exit code of an operator mistake (as picocli uses for invalid input). */
  static final int MISTAKE = 2;

  /** Exit code of a failure that is not the operator's: I/O, a full disk, a bug. */
  static final int FAILED = 1;

  static final String DEBUG = "--debug";

  @Override
  public int handleParseException(ParameterException ex, String[] args) {
    CommandLine cmd = ex.getCommandLine();
    String name = cmd.getCommandSpec().qualifiedName();
    PrintWriter err = cmd.getErr();
    err.println(name + ": " + oneLine(ex.getMessage()) + " (see '" + name + " --help')");
    if (Arrays.asList(args).contains(DEBUG)) {
      ex.printStackTrace(err);
    }
    err.flush();
    return MISTAKE;
  }

  @Override
  public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parsed) {
    PrintWriter err = cmd.getErr();
    int code;
    String message;
    if (ex instanceof IndexLockedException locked) {
      code = MISTAKE;
      message =
          "another lede process holds "
              + dataFolder(cmd.getCommandSpec(), locked)
              + " (wait for it to finish; only one process at a time writes a data folder)";
    } else if (diskFull(ex)) {
      code = FAILED;
      message = "the disk is full: " + oneLine(ex.getMessage());
    } else if (ex instanceof IOException
        || ex instanceof UncheckedIOException
        || ex instanceof StoreException) {
      code = FAILED;
      message = oneLine(ex.getMessage());
    } else {
      code = FAILED;
      message =
          "failed: "
              + ex.getClass().getSimpleName()
              + ": "
              + oneLine(String.valueOf(ex.getMessage()))
              + (debug(parsed) ? "" : " (run with --debug for the stack trace)");
    }
    err.println(cmd.getCommandSpec().qualifiedName() + ": " + message);
    if (debug(parsed)) {
      ex.printStackTrace(err);
    }
    err.flush();
    return code;
  }

  /** The data folder of the command that failed, else the locked index's parent folder. */
  private static Object dataFolder(CommandSpec spec, IndexLockedException locked) {
    CommandSpec mixin = spec.mixins().get("data");
    if (mixin != null && mixin.userObject() instanceof DataDir d) {
      return d.dir;
    }
    return locked.dir().getParent();
  }

  private static boolean diskFull(Throwable ex) {
    for (Throwable t = ex; t != null; t = t.getCause() == t ? null : t.getCause()) {
      String m = String.valueOf(t.getMessage());
      if (m.contains("SQLITE_FULL") || m.contains("No space left on device")) {
        return true;
      }
    }
    return false;
  }

  private static boolean debug(ParseResult parsed) {
    for (ParseResult p = parsed; p != null; p = p.subcommand()) {
      if (p.hasMatchedOption(DEBUG)) {
        return true;
      }
    }
    return false;
  }

  /** The first line of a message, so the error stays one line. */
  static String oneLine(String message) {
    if (message == null) {
      return "";
    }
    int nl = message.indexOf('\n');
    return (nl < 0 ? message : message.substring(0, nl)).strip();
  }
}
