package dev.alluxiok8s.render.provenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.alluxiok8s.kube.diagnostic.Diagnostic;
import dev.alluxiok8s.kube.diagnostic.ObjectRef;
import dev.alluxiok8s.kube.diagnostic.Remedy;
import dev.alluxiok8s.kube.diagnostic.Severity;
import dev.alluxiok8s.kube.podsecurity.PodSecurityLevel;
import dev.alluxiok8s.render.Clusters;
import dev.alluxiok8s.render.InvalidManifestsException;
import dev.alluxiok8s.model.AlluxioCluster;
import dev.alluxiok8s.render.ManifestRenderer;
import dev.alluxiok8s.render.RenderResult;
import dev.alluxiok8s.render.naming.Component;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SpecTraceTest {

  /** Workers on host networking (by default) and a hostPath of the spec's choosing, without an exemption. */
  private static List<Diagnostic> belowBaselineErrors() {
    try {
      ManifestRenderer.builder().build().render(Clusters.belowBaseline());
    } catch (InvalidManifestsException e) {
      return e.diagnostics();
    }
    throw new AssertionError("the workers were expected to fall below the baseline level");
  }

  @Test
  void podSecurityErrorsOfTheWorkersAreReportedAtTheirSpecAttributes() {
    List<Diagnostic> errors = belowBaselineErrors();

    assertThat(errors).isNotEmpty().allSatisfy(e -> {
      assertThat(e.path()).startsWith("spec.");
      assertThat(e.object()).map(ObjectRef::toString).contains("DaemonSet/alluxio-worker");
      assertThat(e.objectPath()).startsWith("spec.template.spec.");
    });
    Diagnostic hostNetwork = errors.stream().filter(e -> e.objectPath().equals("spec.template.spec.hostNetwork"))
        .findFirst().orElseThrow();
    assertThat(hostNetwork.path()).isEqualTo("spec.workers.hostNetwork");
    assertThat(hostNetwork.defaultNote()).isEqualTo("workers use host networking by default");
    assertThat(hostNetwork.remedy()).isEqualTo(new Remedy.AnyOf(List.of(
        new Remedy.SetAttribute("spec.workers.hostNetwork", "false"),
        new Remedy.DeclareExemption("spec.workers.podSecurity", PodSecurityLevel.PRIVILEGED))));
  }

  @Test
  void theJavaExceptionNamesTheBuilderMethodThatDeclaresTheExemption() {
    assertThatThrownBy(() -> ManifestRenderer.builder().build().render(Clusters.belowBaseline()))
        .isInstanceOf(InvalidManifestsException.class)
        .hasMessageContaining("spec.workers.hostNetwork: violates PodSecurity \"baseline:latest\"")
        .hasMessageContaining("  hint: call Workers.Builder#hostNetwork(false), or declare an exemption with"
            + " Workers.Builder#podSecurity(PodSecurityExemption.of(PodSecurityLevel.PRIVILEGED, reason))")
        .hasMessageNotContaining("alluxio-k8s.dev/pod-security-level");
  }

  @Test
  void mountsAndVolumesOfTheWorkersAreTracedToTheAttributesThatGiveThem() throws InvalidManifestsException {
    AlluxioCluster cluster = Clusters.minimal();
    RenderResult result = ManifestRenderer.builder().allowInvalidOutput(true).build().render(cluster);
    List<Component> components = result.cluster().objects().stream().map(o -> o.component()).toList();
    SpecTrace trace = SpecTrace.of(cluster.spec(), components, result.cluster().trees());
    int worker = components.indexOf(Component.WORKER);
    ObjectRef ref = new ObjectRef("apps/v1", "DaemonSet", "", "alluxio-worker", worker);

    // The worker container mounts the domain socket directory first, then the tier directories.
    assertThat(trace.explain(finding(ref, "spec.template.spec.containers[0].volumeMounts[0].mountPath")).path())
        .isEqualTo("spec.shortCircuit.mountPath");
    assertThat(trace.explain(finding(ref, "spec.template.spec.containers[0].volumeMounts[1].mountPath")).path())
        .isEqualTo("spec.tieredStore.levels[0].directories[0].path");
    assertThat(trace.explain(finding(ref, "spec.template.spec.volumes[1].emptyDir")).path())
        .isEqualTo("spec.tieredStore.levels[0].directories[0]");
    assertThat(trace.explain(finding(ref, "spec.template.spec.securityContext.runAsUser")))
        .satisfies(d -> assertThat(d.path()).isEqualTo("spec.runAs"))
        .satisfies(d -> assertThat(d.defaultNote()).isEqualTo("Alluxio runs as user 1000 by default"));
  }

  private static Diagnostic finding(ObjectRef ref, String objectPath) {
    return Diagnostic.onObject("K8S-X", Severity.ERROR, ref, objectPath, "is wrong", Remedy.none(), Optional.empty());
  }

  @Test
  void findingsOnFieldsTheSpecDidNotShapeKeepTheirObjectPathAndAdvice() {
    Diagnostic practice = Diagnostic.onObject("PRACTICE-RESOURCES", Severity.WARNING,
        new ObjectRef("apps/v1", "DaemonSet", "", "alluxio-worker", 0), "spec.template.spec.containers[0].resources",
        "no limits", Remedy.advice("set resources.limits.memory"), Optional.empty());
    Provenance worker = PodOrigins.of(Clusters.minimal().spec(), Component.WORKER, Map.of());

    assertThat(worker.explain(practice)).isEqualTo(practice);
  }

  @Test
  void parentsOfObjectPathsStepOverIndexesAndQuotedKeys() {
    assertThat(Provenance.parent("spec.volumes[2]")).isEqualTo("spec.volumes");
    assertThat(Provenance.parent("metadata.annotations['a.b/c']")).isEqualTo("metadata.annotations");
    assertThat(Provenance.parent("spec")).isEmpty();
  }
}
