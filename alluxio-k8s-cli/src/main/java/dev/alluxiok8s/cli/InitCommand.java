package dev.alluxiok8s.cli;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code alluxio-k8s init --scenario NAME}: a starter spec to edit, printed on standard output. */
@Command(
    name = "init",
    mixinStandardHelpOptions = true,
    description = {
      "Prints the starter spec of a scenario.",
      "Redirect it into a file and edit it, with the schema beside it for your editor:",
      "  alluxio-k8s init --scenario multi-master-embedded-journal > alluxio.yaml",
      "  alluxio-k8s schema > alluxio-cluster.schema.json"
    })
final class InitCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--scenario",
      required = true,
      paramLabel = "NAME",
      completionCandidates = Scenarios.class,
      description = "One of: ${COMPLETION-CANDIDATES}.")
  String scenario;

  @Override
  public Integer call() {
    Optional<String> text = Scenarios.spec(scenario);
    if (text.isEmpty()) {
      List<String> names = Scenarios.names();
      new Diagnostics(spec.commandLine().getErr()).usage("alluxio-k8s init",
          "unknown scenario \"" + scenario + "\"",
          names.isEmpty() ? "this build packages no scenarios" : "choose one of " + String.join(", ", names));
      return ExitCodes.USAGE;
    }
    // The samples' first line names the schema beside the spec, which holds wherever it is saved.
    spec.commandLine().getOut().print(text.get());
    return ExitCodes.OK;
  }
}
