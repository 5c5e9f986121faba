package dev.alluxiok8s.cli;

import dev.alluxiok8s.schema.spec.SpecSchema;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code alluxio-k8s schema}: the JSON Schema of spec files, for editors and other tools. */
@Command(
    name = "schema",
    mixinStandardHelpOptions = true,
    description = {
      "Prints the JSON Schema (draft 2020-12) of cluster spec files.",
      "Point an editor at it for completion and inline errors, for example:",
      "  alluxio-k8s schema > alluxio-cluster.schema.json"
    })
final class SchemaCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    String json = SpecSchema.json();
    spec.commandLine().getOut().print(json.endsWith("\n") ? json : json + "\n");
    return ExitCodes.OK;
  }
}
