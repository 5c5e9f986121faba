package dev.alluxiok8s.validation.rules;

import dev.alluxiok8s.kube.diagnostic.JavaApiWording;
import dev.alluxiok8s.validation.KubernetesValidator;
import dev.alluxiok8s.validation.manifest.ManifestParseException;
import dev.alluxiok8s.validation.manifest.Manifests;
import dev.alluxiok8s.validation.version.KubernetesVersion;
import java.util.List;

/** The findings of one rule on a YAML text, each as {@code path: message | remedy}, for tests that read as examples. */
final class RuleFindings {

  private RuleFindings() {}

  /** The findings of {@code rule} when Kubernetes {@code version} validates {@code yaml}. */
  static List<String> of(String version, String rule, String yaml) throws ManifestParseException {
    return KubernetesValidator.builder().kubernetesVersion(KubernetesVersion.parse(version)).build()
        .validate(Manifests.read("test.yaml", yaml)).findings().stream()
        .filter(d -> d.ruleId().equals(rule))
        .map(d -> d.path() + ": " + d.message() + " | " + JavaApiWording.INSTANCE.words(d.remedy()))
        .toList();
  }

  /** The findings of {@code rule} on the newest release. */
  static List<String> of(String rule, String yaml) throws ManifestParseException {
    return of(KubernetesVersion.DEFAULT.toString(), rule, yaml);
  }

  /** A Pod {@code p} with one container {@code c}, the container's extra {@code fields} indented as its fields. */
  static String pod(String fields) {
    StringBuilder b = new StringBuilder("""
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers:
          - name: c
            image: busybox:1.36
        """);
    fields.lines().forEach(l -> b.append("    ").append(l).append('\n'));
    return b.toString();
  }
}
