package dev.alluxiok8s.upgrade.objects;

import static dev.alluxiok8s.upgrade.ManifestPairs.input;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Alluxio process a workload runs, from its containers' names or the entrypoint's first argument. */
class WorkloadRoleTest {

  @ParameterizedTest(name = "{0} with container {1} and args [{2}]: {3}")
  @CsvSource(delimiter = '|', value = {
      "StatefulSet | alluxio-master | x | MASTER",
      "StatefulSet | master | master-only | MASTER",
      "Deployment | jm | job-master | JOB_MASTER",
      "DaemonSet | alluxio-worker | x | WORKER",
      "ReplicaSet | w | worker-only | WORKER",
      "DaemonSet | alluxio-fuse | x | FUSE",
      "DaemonSet | f | fuse | FUSE",
      "Deployment | nginx | master2 | OTHER",
      "Job | alluxio-master | master | ''",
      "Pod | alluxio-master | master | ''",
  })
  void aWorkloadsRoleComesFromItsContainer(String kind, String container, String firstArgument, String role) {
    DeployedObject object = input("x.yaml", """
        apiVersion: apps/v1
        kind: %s
        metadata: {name: x}
        spec:
          template:
            spec:
              containers: [{name: %s, args: [%s, other]}]
        """.formatted(kind, container, firstArgument)).objects().get(0);

    assertThat(WorkloadRole.of(object)).isEqualTo(role.isEmpty() ? Optional.empty() : Optional.of(WorkloadRole.valueOf(role)));
  }

  @ParameterizedTest(name = "containers {0}: {1}")
  @CsvSource(delimiter = '|', value = {
      // The earliest role in restart order wins, whatever the containers' order.
      "[{name: alluxio-worker}, {name: alluxio-master}] | MASTER",
      "[{name: sidecar, args: []}, {name: alluxio-job-master}] | JOB_MASTER",
      "[{name: sidecar, args: {a: b}}] | OTHER",
  })
  void theFirstRoleInRestartOrderWins(String containers, String role) {
    DeployedObject object = input("x.yaml", """
        apiVersion: apps/v1
        kind: StatefulSet
        metadata: {name: x}
        spec:
          template:
            spec:
              containers: %s
        """.formatted(containers)).objects().get(0);

    assertThat(WorkloadRole.of(object)).contains(WorkloadRole.valueOf(role));
  }
}
