package org.sim2real.cli;

import org.sim2real.core.io.UserFacingException;
import picocli.CommandLine;

/**
 * Turns exceptions from a command into exit codes: a {@link UserFacingException} (bad file,
 * impossible setting) becomes one line on stderr and exit code 2, never a stack trace; anything
 * else is a bug and prints its trace with exit code 1.
 */
final class UserErrorHandler implements CommandLine.IExecutionExceptionHandler {
  @Override
  public int handleExecutionException(
      Exception ex, CommandLine cmd, CommandLine.ParseResult parseResult) {
    Throwable t = ex;
    while (t != null) {
      if (t instanceof UserFacingException user) {
        cmd.getErr().println("error: " + user.getMessage());
        return ExitCodes.USER_ERROR;
      }
      t = t.getCause();
    }
    cmd.getErr().println("internal error (please report): " + ex);
    ex.printStackTrace(cmd.getErr());
    return ExitCodes.INTERNAL_ERROR;
  }
}
