package dev.alluxiok8s.validation.finding;

import dev.alluxiok8s.kube.diagnostic.Severity;
import dev.alluxiok8s.kube.diagnostic.SourceLocation;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class FindingFormatTest {

  private static final ObjectRef MASTER = new ObjectRef("apps/v1", "StatefulSet", "alluxio", "alluxio-master");

  @Test
  void aLocatedFindingStartsWithItsLocation() {
    Finding f = new Finding("K8S-X", Severity.ERROR, MASTER, "spec.replicas", "must be positive", "set 1",
        Optional.of(new SourceLocation("deploy/master.yaml", 12, 7)), 0);

    assertThat(FindingFormat.line(f, "alluxio.yaml"))
        .isEqualTo("deploy/master.yaml:12:7: error: StatefulSet/alluxio/alluxio-master: spec.replicas: must be positive [K8S-X]");
  }

  @Test
  void anUnlocatedFindingUsesTheFallbackOrNothing() {
    Finding f = new Finding("PRACTICE-Y", Severity.WARNING, MASTER, "", "is odd", "", Optional.empty(), 0);

    assertThat(FindingFormat.line(f, "alluxio.yaml")).isEqualTo("alluxio.yaml: warning: StatefulSet/alluxio/alluxio-master: is odd [PRACTICE-Y]");
    assertThat(FindingFormat.line(f, "")).isEqualTo("warning: StatefulSet/alluxio/alluxio-master: is odd [PRACTICE-Y]");
  }
}
