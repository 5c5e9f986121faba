package dev.alluxiok8s.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.alluxiok8s.kube.podsecurity.PodSecurityLevel;
import dev.alluxiok8s.model.AlluxioCluster;
import dev.alluxiok8s.model.journal.Journal;
import dev.alluxiok8s.model.journal.JournalPersistentVolume;
import dev.alluxiok8s.model.security.PodSecurityExemption;
import dev.alluxiok8s.model.security.RunAs;
import dev.alluxiok8s.model.ufs.CredentialReference;
import dev.alluxiok8s.model.ufs.UnderStorage;
import dev.alluxiok8s.model.worker.Workers;
import dev.alluxiok8s.render.layout.Layout;
import dev.alluxiok8s.render.output.Overwrite;
import dev.alluxiok8s.kube.diagnostic.Diagnostic;
import dev.alluxiok8s.render.master.JournalNode;
import dev.alluxiok8s.render.security.MasterPodSecurity;
import dev.alluxiok8s.render.security.PodSecurityAnnotations;
import dev.alluxiok8s.render.security.WorkerPodSecurity;
import io.kubernetes.client.openapi.models.V1DaemonSet;
import io.kubernetes.client.openapi.models.V1StatefulSet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestRendererTest {

  private static final AlluxioCluster EXEMPT_WORKERS = Clusters.with(spec -> spec
      .underStorage(UnderStorage.builder().rootUri("s3a://analytics/alluxio/")
          .addCredentials(CredentialReference.of("aws.accessKeyId", "alluxio-s3", "access-key-id"))
          .build())
      .workers(Workers.builder()
          .podSecurity(PodSecurityExemption.of(PodSecurityLevel.PRIVILEGED,
              "short-circuit reads need the node's domain socket directory and host networking"))
          .build()));

  @Test
  void workersBelowBaselineWithoutADeclaredExemptionAreRefused() {
    assertThatThrownBy(() -> ManifestRenderer.builder().build().render(Clusters.belowBaseline()))
        .isInstanceOfSatisfying(InvalidManifestsException.class, e -> assertThat(e.report().errors())
            .extracting(Diagnostic::ruleId)
            .containsExactly("PSS-BASELINE-HOST-NAMESPACES", "PSS-BASELINE-HOSTPATH"));
  }

  @Test
  void theMinimalClusterRendersWithTheExemptionItsDefaultsDeclareAsAWarning() throws Exception {
    RenderResult result = ManifestRenderer.builder().build().render(Clusters.minimal());

    assertThat(result.report().errors()).isEmpty();
    assertThat(result.report().warnings()).singleElement().satisfies(w -> {
      assertThat(w.ruleId()).isEqualTo(WorkerPodSecurity.RULE);
      assertThat(w.path()).isEqualTo("spec.workers.podSecurity");
      assertThat(w.message())
          .contains("host networking (spec.workers.hostNetwork, true by default)", "/tmp/alluxio-domain (hostPath)");
    });
    assertThat(result.cluster().warnings()).isEqualTo(result.report().warnings());
    assertThat(daemonSet(result).getMetadata().getAnnotations())
        .containsEntry(PodSecurityAnnotations.LEVEL, "privileged")
        .hasEntrySatisfying(PodSecurityAnnotations.REASON,
            r -> assertThat(r).contains("host networking (spec.workers.hostNetwork, true by default)"));
  }

  @Test
  void aDeclaredExemptionAndExternalSecretsRenderWithoutErrorsOrWarnings() throws Exception {
    RenderResult result = ManifestRenderer.builder().build().render(EXEMPT_WORKERS);

    assertThat(result.report().errors()).isEmpty();
    assertThat(result.report().warnings()).isEmpty();
    assertThat(result.stream()).isEqualTo(result.cluster().toYaml());
  }

  @Test
  void warningsAboutAlluxioPropertiesJoinTheReportAtTheSpecsAttributesUnlessTurnedOff() throws Exception {
    AlluxioCluster cluster = AlluxioCluster.builder().from(EXEMPT_WORKERS)
        .spec(dev.alluxiok8s.model.ClusterSpec.builder().from(EXEMPT_WORKERS.spec())
            .putProperties("alluxio.master.journal.flush.timeout.ms", "5min").build())
        .build();

    assertThat(ManifestRenderer.builder().build().render(cluster).report().warnings())
        .extracting(Diagnostic::path, Diagnostic::ruleId)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("spec.properties.\"alluxio.master.journal.flush.timeout.ms\"",
            "ALLUXIO-PROPERTY-DEPRECATED"));
    assertThat(ManifestRenderer.builder().propertyWarnings(false).build().render(cluster).report().warnings()).isEmpty();
  }

  @Test
  void customizedObjectsAreValidatedToo() {
    ManifestRenderer renderer = ManifestRenderer.builder()
        .customization(Customization.forKind(V1StatefulSet.class, sts -> sts.getSpec().setServiceName("nowhere")))
        .build();

    assertThatThrownBy(() -> renderer.render(EXEMPT_WORKERS))
        .isInstanceOfSatisfying(InvalidManifestsException.class, e -> assertThat(e.report().errors())
            .extracting(Diagnostic::ruleId).contains("BUNDLE-STS-SERVICENAME"));
  }

  @Test
  void mastersAreHeldToTheRestrictedLevel() {
    ManifestRenderer renderer = ManifestRenderer.builder()
        .customization(Customization.forKind(V1StatefulSet.class, sts ->
            sts.getSpec().getTemplate().getSpec().getContainers().get(0).getSecurityContext().setAllowPrivilegeEscalation(true)))
        .build();

    assertThatThrownBy(() -> renderer.render(EXEMPT_WORKERS))
        .isInstanceOfSatisfying(InvalidManifestsException.class, e -> assertThat(e.report().errors())
            .extracting(f -> f.ruleId() + " " + f.object().orElseThrow().name())
            .containsExactly("PSS-RESTRICTED-PRIVILEGE-ESCALATION alluxio-master"));
  }

  @Test
  void mastersBelowRestrictedSaySoWithTheirReason() throws Exception {
    AlluxioCluster root = Clusters.with(spec -> spec.from(EXEMPT_WORKERS.spec()).runAs(RunAs.root()));
    AlluxioCluster demoJournal = Clusters.with(spec -> spec.from(EXEMPT_WORKERS.spec())
        .journal(Journal.builder().persistentVolume(JournalPersistentVolume.builder().build()).build()));

    for (AlluxioCluster cluster : List.of(root, demoJournal)) {
      RenderResult result = ManifestRenderer.builder().build().render(cluster);
      V1StatefulSet sts = (V1StatefulSet) result.cluster().objects().stream()
          .filter(o -> o.object() instanceof V1StatefulSet).findFirst().orElseThrow().object();

      assertThat(sts.getMetadata().getAnnotations()).containsEntry(PodSecurityAnnotations.LEVEL, "baseline")
          .containsKey(PodSecurityAnnotations.REASON);
      assertThat(result.report().infos()).extracting(f -> f.ruleId() + " " + f.object().orElseThrow().name())
          .contains("PSS-EXEMPT alluxio-master");
    }
    // Each says so at the attribute that makes the masters fall below restricted.
    assertThat(ManifestRenderer.builder().build().render(root).report().warnings())
        .extracting(w -> w.ruleId() + " " + w.path())
        .containsExactly(MasterPodSecurity.RULE + " spec.runAs.user");
    assertThat(ManifestRenderer.builder().build().render(demoJournal).report().warnings())
        .extracting(w -> w.ruleId() + " " + w.path())
        .containsExactly(JournalNode.RULE + " spec.journal.persistentVolume.nodeName",
            MasterPodSecurity.RULE + " spec.journal.persistentVolume");
    assertThat(ManifestRenderer.builder().build().render(EXEMPT_WORKERS).cluster().objects().stream()
        .filter(o -> o.object() instanceof V1StatefulSet).findFirst().orElseThrow().object().getMetadata().getAnnotations())
        .isNullOrEmpty();
  }

  @Test
  void expertsMayWriteInvalidOutputAndKeepTheReport() throws Exception {
    RenderResult result = ManifestRenderer.builder().allowInvalidOutput(true).build().render(Clusters.belowBaseline());

    assertThat(result.report().hasErrors()).isTrue();
  }

  @Test
  void writesTheLayoutAsAWholeFolder(@TempDir Path tmp) throws Exception {
    Path out = tmp.resolve("deploy");

    ManifestRenderer.builder().build().write(EXEMPT_WORKERS, out, Layout.KUBECTL, Overwrite.IF_MARKED);

    assertThat(out.resolve("master/alluxio-master-statefulset.yaml")).exists();
    assertThat(out.resolve("worker/alluxio-worker-daemonset.yaml")).exists();
    assertThat(Files.readString(out.resolve("alluxio-configmap.yaml"))).contains("kind: ConfigMap");
  }

  @Test
  void nothingIsWrittenWhenValidationFails(@TempDir Path tmp) {
    Path out = tmp.resolve("deploy");

    assertThatThrownBy(() -> ManifestRenderer.builder().build()
        .write(Clusters.belowBaseline(), out, Layout.KUBECTL, Overwrite.IF_MARKED))
        .isInstanceOf(InvalidManifestsException.class);
    assertThat(out).doesNotExist();
  }

  private static V1DaemonSet daemonSet(RenderResult result) {
    return (V1DaemonSet) result.cluster().objects().stream()
        .filter(o -> o.object() instanceof V1DaemonSet).findFirst().orElseThrow().object();
  }
}
