package dev.alluxiok8s.cli;

import dev.alluxiok8s.schema.spec.SpecSchema;
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
      "Redirect it into a file and edit it:",
      "  alluxio-k8s init --scenario multi-master-embedded-journal > alluxio.yaml"
    })
final class InitCommand implements Callable<Integer> {

  private static final String MODELINE = "# yaml-language-server: $schema=";

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
    spec.commandLine().getOut().print(withPublishedSchema(text.get()));
    return ExitCodes.OK;
  }

  /**
   * The samples point editors at the schema by a path inside the repository, which means nothing
   * where the user saves the file; the published URL works anywhere.
   */
  static String withPublishedSchema(String sample) {
    if (!sample.startsWith(MODELINE)) {
      return sample;
    }
    int end = sample.indexOf('\n');
    return MODELINE + SpecSchema.ID + (end < 0 ? "\n" : sample.substring(end));
  }
}
