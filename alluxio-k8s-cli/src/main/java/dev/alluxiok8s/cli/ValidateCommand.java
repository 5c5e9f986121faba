package dev.alluxiok8s.cli;

import dev.alluxiok8s.validation.KubernetesValidator;
import dev.alluxiok8s.validation.ValidationReport;
import dev.alluxiok8s.validation.bundle.ExternalReference;
import dev.alluxiok8s.validation.manifest.Manifest;
import dev.alluxiok8s.validation.manifest.ManifestParseException;
import dev.alluxiok8s.validation.manifest.Manifests;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code alluxio-k8s validate FILE|DIR...}: checks any Kubernetes manifests offline, all together
 * (references between objects are checked across files). Findings go to the error stream; a
 * one-line summary goes to standard output.
 */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Validates Kubernetes manifests offline.",
      "Checks API structure, API-server rules, references between objects,",
      "Pod Security Standards, practices, and the Alluxio properties of",
      "ConfigMaps' ALLUXIO_*_JAVA_OPTS. Folders are read recursively",
      "(.yaml, .yml and .json files)."
    })
final class ValidateCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @ParentCommand AlluxioK8s root;

  @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Manifest files or folders; - reads one YAML stream from standard input.")
  List<Path> inputs;

  @Option(
      names = "--external",
      paramLabel = "KIND/NAME",
      converter = Converters.ExternalReferenceConverter.class,
      description = "An object the manifests may refer to without containing it, for example Secret/s3-credentials. Repeatable.")
  List<ExternalReference> external = new ArrayList<>();

  @Mixin KubernetesVersionOption kubernetes;

  @Override
  public Integer call() {
    Diagnostics diagnostics = new Diagnostics(spec.commandLine().getErr());
    List<Manifest> manifests = new ArrayList<>();
    boolean unreadable = false;
    for (Path input : inputs) {
      // Every input is read before giving up, so one run reports every broken file.
      try {
        List<Manifest> read = StandardInput.isNamedBy(input)
            ? Manifests.read(StandardInput.NAME, root.in)
            : Manifests.read(input);
        if (read.isEmpty()) {
          diagnostics.error(StandardInput.isNamedBy(input) ? StandardInput.NAME : input.toString(), "no Kubernetes objects found (folders are searched for .yaml, .yml and .json files)");
          unreadable = true;
        }
        manifests.addAll(read);
      } catch (ManifestParseException e) {
        diagnostics.print(e);
        unreadable = true;
      } catch (IOException e) {
        diagnostics.error(StandardInput.isNamedBy(input) ? StandardInput.NAME : input.toString(), IoMessages.describe(e));
        unreadable = true;
      }
    }
    if (unreadable) {
      return ExitCodes.USAGE;
    }
    ValidationReport report = KubernetesValidator.builder()
        .kubernetesVersion(kubernetes.version)
        .externalReferences(external)
        // Hand-written and chart-rendered ConfigMaps: their ALLUXIO_*_JAVA_OPTS are Alluxio's configuration.
        .alluxioProperties(true)
        .build()
        .validate(manifests);
    diagnostics.print(report, "");
    spec.commandLine().getOut().println(manifests.size() + " object(s): " + report.errors().size()
        + " error(s), " + report.warnings().size() + " warning(s)");
    return report.hasErrors() ? ExitCodes.INVALID : ExitCodes.OK;
  }
}
