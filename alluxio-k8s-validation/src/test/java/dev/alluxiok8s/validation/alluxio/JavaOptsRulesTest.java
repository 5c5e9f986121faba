package dev.alluxiok8s.validation.alluxio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.alluxiok8s.kube.diagnostic.Diagnostic;
import dev.alluxiok8s.kube.diagnostic.Severity;
import dev.alluxiok8s.properties.check.PropertyChecker;
import dev.alluxiok8s.validation.KubernetesValidator;
import dev.alluxiok8s.validation.ValidationReport;
import dev.alluxiok8s.validation.manifest.Manifests;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class JavaOptsRulesTest {

  private static final String CONFIG_MAP = """
      apiVersion: v1
      kind: ConfigMap
      metadata:
        name: alluxio-config
      data:
        ALLUXIO_JAVA_OPTS: |-
          -Dalluxio.user.file.writetype.defualt=CACHE_THROUGH -Dalluxio.user.metrics.collection.enabled=on
          -Dalluxio.user.block.size.bytes.default=64XB -Daws.accessKeyId=AKIA -XX:+UseContainerSupport
        ALLUXIO_MASTER_JAVA_OPTS: -Dalluxio.worker.session.timeout=1min -Dalluxio.master.hostname=${ALLUXIO_MASTER_HOSTNAME}
        ALLUXIO_WORKER_JAVA_OPTS: -Dalluxio.worker.session.timeout=1min -Dalluxio.underfs.address=s3://bucket/
        ALLUXIO_WORKER_TIEREDSTORE_LEVEL0_DIRS_PATH: /dev/shm
      """;

  @Test
  void everyOptionOfEveryVariableIsCheckedAtItsVariable() throws Exception {
    List<Diagnostic> found = alluxioFindings(validate(CONFIG_MAP, true));

    assertThat(found).extracting(d -> d.location().orElseThrow().line() + " " + d.severity() + " " + d.message()
        .replaceAll(":.*", "") + " [" + d.ruleId() + "]")
        .containsExactlyInAnyOrder(
            "6 ERROR alluxio.user.file.writetype.defualt [ALLUXIO-PROPERTY-UNKNOWN]",
            "6 ERROR alluxio.user.metrics.collection.enabled [ALLUXIO-PROPERTY-VALUE]",
            "6 ERROR alluxio.user.block.size.bytes.default [ALLUXIO-PROPERTY-VALUE]",
            // Alluxio 2.9 knows the chart's aws.accessKeyId as an old name of s3a.accessKeyId.
            "6 WARNING aws.accessKeyId [ALLUXIO-PROPERTY-DEPRECATED]",
            "9 WARNING alluxio.worker.session.timeout [ALLUXIO-PROPERTY-SCOPE]",
            "10 WARNING alluxio.underfs.address [ALLUXIO-PROPERTY-DEPRECATED]",
            "10 WARNING alluxio.underfs.address [ALLUXIO-PROPERTY-SCOPE]");
    assertThat(found).allSatisfy(d -> assertThat(d.location().orElseThrow().file()).isEqualTo("config.yaml"));
    assertThat(found.get(0).path()).startsWith("data.ALLUXIO_");
  }

  @Test
  void theCheckIsOptIn() throws Exception {
    assertThat(alluxioFindings(validate(CONFIG_MAP, false))).isEmpty();
  }

  /** Alluxio's own chart renders only properties Alluxio 2.9 reads: no errors in any reference case. */
  @Test
  void theChartsRenderedConfigMapsHaveNoAlluxioErrors() throws Exception {
    Path reference = Path.of(System.getProperty("alluxio.k8s.reference", "../../shared/reference"));
    assumeTrue(Files.isDirectory(reference), "../shared/reference is absent");
    List<Path> rendered;
    try (Stream<Path> walk = Files.walk(reference, 3)) {
      rendered = walk.filter(p -> p.getFileName().toString().equals("rendered.yaml"))
          .filter(p -> p.getParent().getParent().getFileName().toString().equals("alluxio-helm-0.6.54")).sorted().toList();
    }
    assertThat(rendered).isNotEmpty();
    for (Path file : rendered) {
      ValidationReport report = KubernetesValidator.builder().alluxioProperties(true).build()
          .validate(Manifests.read(file));
      assertThat(alluxioFindings(report)).as(file.toString()).filteredOn(d -> d.severity() == Severity.ERROR).isEmpty();
    }
  }

  private static ValidationReport validate(String yaml, boolean alluxio) throws Exception {
    return KubernetesValidator.builder().alluxioProperties(alluxio).build().validate(Manifests.read("config.yaml", yaml));
  }

  private static List<Diagnostic> alluxioFindings(ValidationReport report) {
    return report.findings().stream().filter(d -> d.ruleId().startsWith("ALLUXIO-PROPERTY")).toList();
  }

  @Test
  void ruleIdsAreThePropertyCheckersOwn() {
    assertThat(List.of(PropertyChecker.UNKNOWN, PropertyChecker.VALUE, PropertyChecker.DEPRECATED, PropertyChecker.SCOPE))
        .allSatisfy(id -> assertThat(id).startsWith("ALLUXIO-PROPERTY-"));
  }
}
