package dev.alluxiok8s.cli;

import dev.alluxiok8s.validation.version.KubernetesVersion;
import picocli.CommandLine.Option;

/** {@code --kubernetes-version}, shared by the commands that validate. */
final class KubernetesVersionOption {

  @Option(
      names = "--kubernetes-version",
      paramLabel = "VERSION",
      converter = Converters.KubernetesVersionConverter.class,
      description = "The Kubernetes release whose rules apply (default: ${DEFAULT-VALUE}).",
      defaultValue = "1.36")
  KubernetesVersion version = KubernetesVersion.DEFAULT;
}
