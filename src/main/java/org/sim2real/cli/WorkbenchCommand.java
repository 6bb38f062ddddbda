package org.sim2real.cli;

import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/** The headless command line: {@code java -jar sim2real-workbench.jar <command> ...}. */
@Command(
    name = "sim2real-workbench",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Sim2Real Scaling Workbench: transfer-learning scaling studies for materials data.",
    subcommands = {
      CommandLine.HelpCommand.class,
      InspectCommand.class,
      FitCommand.class,
      CompareCommand.class,
      ForecastCommand.class,
      BacktestCommand.class,
      RunCommand.class,
      MergeCommand.class,
      SlurmCommand.class,
      StatusCommand.class,
      ReportCommand.class
    })
public final class WorkbenchCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Runs a command line and returns its exit code (0 ok, 2 user error, 1 internal error). */
  public static int execute(String... args) {
    return execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
  }

  public static int execute(PrintWriter out, PrintWriter err, String... args) {
    CommandLine cli = new CommandLine(new WorkbenchCommand());
    cli.setOut(out);
    cli.setErr(err);
    cli.setParameterExceptionHandler(
        (ex, a) -> {
          err.println("error: " + ex.getMessage() + " (see '" + ex.getCommandLine().getCommandName()
              + " --help')");
          return ExitCodes.USER_ERROR;
        });
    cli.setExecutionExceptionHandler(new UserErrorHandler());
    return cli.execute(args);
  }
}
