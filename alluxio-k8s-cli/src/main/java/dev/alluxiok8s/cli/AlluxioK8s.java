package dev.alluxiok8s.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The {@code alluxio-k8s} command: turns an Alluxio cluster spec into validated Kubernetes
 * manifests, offline.
 *
 * <pre>{@code
 * int exit = AlluxioK8s.run(new String[] {"render", "alluxio.yaml", "-o", "deploy", "--layout", "kubectl"},
 *     new PrintWriter(System.out, true), new PrintWriter(System.err, true));
 * }</pre>
 *
 * <p>See {@link ExitCodes} for what the exit codes mean. Output goes to {@code out} (or to the
 * output folder), diagnostics to {@code err}, never mixed.
 */
@Command(
    name = "alluxio-k8s",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Turns a typed Alluxio cluster spec into validated Kubernetes manifests, offline.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:done (warnings may have been printed)",
      "1:validation errors in the output or the checked files; diff: a change needs a step by hand",
      "2:bad usage or bad input (spec errors, unreadable files, unknown layout...)",
    })
public final class AlluxioK8s implements Runnable {

  /** The subcommands, in the order help lists them. */
  private static final Map<String, Supplier<Object>> COMMANDS = new LinkedHashMap<>();

  static {
    COMMANDS.put("render", RenderCommand::new);
    COMMANDS.put("validate", ValidateCommand::new);
    COMMANDS.put("diff", DiffCommand::new);
    COMMANDS.put("schema", SchemaCommand::new);
    COMMANDS.put("init", InitCommand::new);
  }

  @Spec CommandSpec spec;

  /** What {@code -} names as an input file: the process's standard input unless a caller gives another. */
  InputStream in = System.in;

  /** Shared by every subcommand (inherited), so {@code render --debug} works too. */
  @Option(
      names = "--debug",
      scope = ScopeType.INHERIT,
      description = "Print stack traces of internal errors.")
  boolean debug;

  /** {@code alluxio-k8s} alone: there is nothing to do, so say how to use it. */
  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "a command is needed: render, validate, diff, schema or init");
  }

  /**
   * Runs the command line {@code args}, printing to {@code out} and {@code err} (both flushed
   * before returning), and answers the exit code.
   */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    return run(args, System.in, out, err);
  }

  /**
   * Runs the command line {@code args} like {@link #run(String[], PrintWriter, PrintWriter)}, reading
   * {@code in} wherever an input file is given as {@code -} ({@code render -}, {@code validate -}).
   */
  public static int run(String[] args, InputStream in, PrintWriter out, PrintWriter err) {
    // picocli's command model is built by reflection on every run, the largest single cost of a
    // cold start; the plain forms of render skip it (PlainRenderLine), the rest goes to picocli.
    var plain = PlainRenderLine.parse(args);
    if (plain.isPresent()) {
      Phases.RUN.mark("command line parsed (plain render)");
      try {
        return plain.get().render(in, out, err);
      } catch (Exception e) {
        internalError(new Diagnostics(err), e, false, err);
        return ExitCodes.USAGE;
      } finally {
        out.flush();
        err.flush();
      }
    }
    return runWithPicocli(args, in, out, err);
  }

  /** {@link #run(String[], InputStream, PrintWriter, PrintWriter)} with picocli, whatever the line. */
  static int runWithPicocli(String[] args, InputStream in, PrintWriter out, PrintWriter err) {
    AlluxioK8s root = new AlluxioK8s();
    root.in = in;
    CommandLine commandLine = new CommandLine(root);
    // picocli builds a command's model by reflection, which costs tens of milliseconds per command
    // at start-up: register only the command being run, and all of them for help and errors.
    String first = args.length > 0 ? args[0] : "";
    COMMANDS.forEach((name, command) -> {
      if (!COMMANDS.containsKey(first) || name.equals(first)) {
        commandLine.addSubcommand(name, command.get());
      }
    });
    Phases.RUN.mark("command model built");
    commandLine.setOut(out);
    commandLine.setErr(err);
    Diagnostics diagnostics = new Diagnostics(err);
    commandLine.setParameterExceptionHandler(
        (e, arguments) -> {
          CommandLine failed = e.getCommandLine();
          diagnostics.usage(failed.getCommandName().equals(root.spec.name())
                  ? root.spec.name() : root.spec.name() + " " + failed.getCommandName(),
              e.getMessage(),
              "see '" + failed.getCommandSpec().qualifiedName() + " --help'");
          return ExitCodes.USAGE;
        });
    commandLine.setExecutionExceptionHandler(
        (e, failed, parseResult) -> {
          internalError(diagnostics, e, root.debug, err);
          return ExitCodes.USAGE;
        });
    try {
      return commandLine.execute(args);
    } finally {
      out.flush();
      err.flush();
    }
  }

  /**
   * Commands turn every expected failure into a message and an exit code; reaching here means a
   * bug, so say so plainly and keep the stack trace behind {@code --debug}.
   */
  private static void internalError(Diagnostics diagnostics, Exception e, boolean debug, PrintWriter err) {
    diagnostics.error("alluxio-k8s", "internal error: " + e
        + (debug ? "" : " (rerun with --debug for the stack trace, and please report it)"));
    if (debug) {
      e.printStackTrace(err);
    }
  }

  /**
   * The whole command tree, every subcommand registered, for tools that read picocli's model
   * rather than run a command: the docs site's generated CLI page is made from it.
   */
  static CommandLine commandTree() {
    CommandLine commandLine = new CommandLine(new AlluxioK8s());
    COMMANDS.forEach((name, command) -> commandLine.addSubcommand(name, command.get()));
    return commandLine;
  }
}
