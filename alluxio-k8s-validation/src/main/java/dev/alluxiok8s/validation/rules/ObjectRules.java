package dev.alluxiok8s.validation.rules;

import dev.alluxiok8s.validation.finding.ObjectCheck;
import dev.alluxiok8s.validation.tree.Trees;
import dev.alluxiok8s.validation.version.KubernetesVersion;
import dev.alluxiok8s.validation.workload.PodTemplate;
import dev.alluxiok8s.validation.workload.Workloads;
import java.util.Map;
import java.util.Objects;

/**
 * The API server's per-object validation that a JSON schema cannot express, applied in a fixed order:
 * {@link MetadataRules}, the kind's own rules ({@link ServiceRules}, {@link ConfigDataRules}, {@link
 * WorkloadRules}), {@link SelectorRules}, and (through {@link PodSpecRules}) everything inside pod specs.
 * Rules that changed across releases consult the {@link KubernetesVersion}.
 */
public final class ObjectRules {

  private final MetadataRules metadataRules;
  private final WorkloadRules workloadRules;
  private final PodSpecRules podSpecRules;

  /** Rules as the given release applies them. */
  public ObjectRules(KubernetesVersion version) {
    Objects.requireNonNull(version, "version");
    this.metadataRules = new MetadataRules(version);
    this.workloadRules = new WorkloadRules(version);
    this.podSpecRules = new PodSpecRules(version);
  }

  /** Runs every per-object rule on one object. */
  public void check(ObjectCheck check) {
    Map<String, Object> tree = check.tree();
    String kind = Objects.toString(Trees.string(tree, "kind"), "");
    metadataRules.check(check, kind, Trees.map(tree, "metadata"));
    Map<String, Object> spec = Trees.map(tree, "spec");
    switch (kind) {
      case "Service" -> ServiceRules.check(check, spec);
      case "ConfigMap" -> ConfigDataRules.configMap(check, tree);
      case "Secret" -> ConfigDataRules.secret(check, tree);
      default -> workloadRules.checkSpec(check, kind, spec);
    }
    SelectorRules.selectorsIn(check, tree);
    Workloads.podOf(kind, tree)
        .ifPresent(
            pod -> {
              if (!kind.equals("Pod") && !kind.equals("PodTemplate")) {
                MetadataRules.labels(check, pod.labels(), pod.metadataPath().field("labels"));
              }
              SelectorRules.workloadSelector(check, kind, spec, pod);
              WorkloadRules.restartPolicy(check, kind, pod);
              podSpecRules.check(check, pod, WorkloadRules.claimTemplateNames(kind, spec));
            });
  }
}
