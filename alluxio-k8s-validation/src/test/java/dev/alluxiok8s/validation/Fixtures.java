package dev.alluxiok8s.validation;

import dev.alluxiok8s.validation.bundle.ExternalReference;
import dev.alluxiok8s.kube.diagnostic.Diagnostic;
import dev.alluxiok8s.validation.manifest.ManifestParseException;
import dev.alluxiok8s.validation.manifest.Manifests;
import dev.alluxiok8s.kube.podsecurity.PodSecurityLevel;
import dev.alluxiok8s.validation.version.KubernetesVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Reads YAML fixtures and validates them with the settings their header comments ask for. */
final class Fixtures {

  private Fixtures() {}

  /** The folder of rule fixtures on the test classpath. */
  static Path folder() {
    try {
      return Path.of(Fixtures.class.getResource("fixtures").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Validates a YAML text. Header comments: {@code # version: 1.31}, {@code # external: Secret/name},
   * {@code # required-pss: restricted}.
   */
  static ValidationReport validate(String name, String yaml) {
    KubernetesValidator.Builder b = KubernetesValidator.builder();
    for (String line : yaml.lines().toList()) {
      if (line.startsWith("# version: ")) {
        b.kubernetesVersion(KubernetesVersion.parse(line.substring(11)));
      } else if (line.startsWith("# external: ")) {
        String[] ref = line.substring(12).trim().split("/");
        b.externalReference(new ExternalReference(ref[0], ref[1]));
      } else if (line.startsWith("# required-pss: ")) {
        b.requiredPodSecurityLevel(PodSecurityLevel.parse(line.substring(16)));
      }
    }
    try {
      return b.build().validate(Manifests.read(name, yaml));
    } catch (ManifestParseException e) {
      throw new IllegalStateException("fixture " + name + " is not valid YAML: " + e.getMessage(), e);
    }
  }

  /** Validates a fixture file. */
  static ValidationReport validate(Path file) {
    try {
      return validate(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A Pod named {@code p} with one container {@code c} (image busybox:1.36); {@code containerFields} are
   * extra YAML lines of the container, indented as its fields (no leading spaces needed).
   */
  static String pod(String containerFields) {
    StringBuilder b = new StringBuilder("""
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers:
          - name: c
            image: busybox:1.36
        """);
    containerFields.lines().forEach(l -> b.append("    ").append(l).append('\n'));
    return b.toString();
  }

  /** The findings of one rule. */
  static List<Diagnostic> of(ValidationReport r, String ruleId) {
    return r.findings().stream().filter(f -> f.ruleId().equals(ruleId)).toList();
  }
}
