package dev.alluxiok8s.helm.mapping;

import static dev.alluxiok8s.helm.mapping.TieredStoreImportTest.errors;
import static org.assertj.core.api.Assertions.assertThat;

import dev.alluxiok8s.helm.ChartLine;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A value the model refuses is reported at the values key it was read from, not at the top of the
 * file: each case breaks one model attribute and names the key (line, column, path) the error points at.
 */
class ModelProblemPlacementTest {

  static Stream<Arguments> brokenAttributes() {
    return Stream.of(
        Arguments.of(ChartLine.V0_5, "user: -1\n", "config.yaml:3:1: error: user: "),
        Arguments.of(ChartLine.V0_5, "group: -1\n", "config.yaml:3:1: error: group: "),
        Arguments.of(ChartLine.V0_5, "fsGroup: -1\n", "config.yaml:3:1: error: fsGroup: "),
        Arguments.of(ChartLine.V0_5, "secrets:\n  master:\n    Bad_Name: /secrets/x\n", "config.yaml:4:3: error: secrets.master: "),
        Arguments.of(ChartLine.V0_5, "secrets:\n  worker:\n    Bad_Name: /secrets/x\n", "config.yaml:4:3: error: secrets.worker: "),
        Arguments.of(ChartLine.V0_5, "journal:\n  folder: relative\n", "config.yaml:4:3: error: journal.folder: "),
        Arguments.of(ChartLine.V0_5, "  alluxio.master.journal.folder: relative\n",
            "config.yaml:3:3: error: properties.\"alluxio.master.journal.folder\": "),
        Arguments.of(ChartLine.V0_6, "fuse:\n  enabled: true\n  mountPoint: relative\n", "config.yaml:5:3: error: fuse.mountPoint: "),
        Arguments.of(ChartLine.V0_5, "image: 'Bad Repo'\n", "config.yaml:3:1: error: image: "),
        Arguments.of(ChartLine.V0_5, "imageTag: 'bad tag'\n", "config.yaml:3:1: error: imageTag: "),
        Arguments.of(ChartLine.V0_5, "fuse:\n  image: 'Bad Repo'\n", "config.yaml:4:3: error: fuse.image: "),
        Arguments.of(ChartLine.V0_5, "fuse:\n  imageTag: 'bad tag'\n", "config.yaml:4:3: error: fuse.imageTag: "),
        Arguments.of(ChartLine.V0_6, "imagePullSecrets: [Bad_Name]\n", "config.yaml:3:20: error: imagePullSecrets[0]: "),
        Arguments.of(ChartLine.V0_6, "metastore:\n  mountPath: relative\n", "config.yaml:4:3: error: metastore.mountPath: "),
        // Problems of the parts a mapper builds inside an area (a volume, the ports, a node
        // selector, a tier level) name attributes relative to the part; each still lands at its key.
        Arguments.of(ChartLine.V0_6, "journal:\n  size: 0Gi\n",
            "config.yaml:4:3: error: journal.size: must be greater than 0 (spec.journal.volume.size)"),
        Arguments.of(ChartLine.V0_6, "journal:\n  volumeType: emptyDir\n  medium: Bogus\n",
            "config.yaml:5:3: error: journal.medium: "),
        Arguments.of(ChartLine.V0_6, "journal:\n  storageClass: Bad_Class\n",
            "config.yaml:4:3: error: journal.storageClass: "),
        Arguments.of(ChartLine.V0_5, "journal:\n  format:\n    job:\n      activeDeadlineSeconds: -5\n",
            "config.yaml:6:7: error: journal.format.job.activeDeadlineSeconds: "),
        Arguments.of(ChartLine.V0_6, "metastore:\n  volumeType: persistentVolumeClaim\n  size: 1x\n",
            "config.yaml:5:3: error: metastore.size: "),
        Arguments.of(ChartLine.V0_6, "metastore:\n  volumeType: emptyDir\n  medium: Bogus\n",
            "config.yaml:5:3: error: metastore.medium: "),
        Arguments.of(ChartLine.V0_6, "metastore:\n  volumeType: persistentVolumeClaim\n  storageClass: Bad_Class\n",
            "config.yaml:5:3: error: metastore.storageClass: "),
        Arguments.of(ChartLine.V0_6, "tieredstore:\n  levels:\n  - {level: 0, mediumtype: MEM, path: relative, quota: 1G}\n",
            "config.yaml:5:33: error: tieredstore.levels[0].path: "),
        Arguments.of(ChartLine.V0_6,
            "tieredstore:\n  levels:\n  - {level: 0, mediumtype: MEM, path: /dev/shm, quota: 1G, high: 0.5, low: 0.9}\n",
            "config.yaml:5:71: error: tieredstore.levels[0].low: "),
        Arguments.of(ChartLine.V0_6, "master:\n  ports:\n    rpc: 70000\n", "config.yaml:5:5: error: master.ports.rpc: "),
        Arguments.of(ChartLine.V0_6, "master:\n  ports:\n    rpc: 19999\n",
            "config.yaml:4:3: error: master.ports: port 19999 is already used by rpc (spec.masters.ports.web)"),
        Arguments.of(ChartLine.V0_6, "jobMaster:\n  ports:\n    rpc: 20002\n",
            "config.yaml:4:3: error: jobMaster.ports: port 20002 is already used by jobRpc (spec.masters.ports.jobWeb)"),
        Arguments.of(ChartLine.V0_6, "worker:\n  ports:\n    web: 0\n", "config.yaml:5:5: error: worker.ports.web: "),
        Arguments.of(ChartLine.V0_6, "worker:\n  ports:\n    rpc: 30000\n",
            "config.yaml:4:3: error: worker.ports: port 30000 is already used by rpc (spec.workers.ports.web)"),
        Arguments.of(ChartLine.V0_6, "jobWorker:\n  ports:\n    rpc: 30002\n",
            "config.yaml:4:3: error: jobWorker.ports: port 30002 is already used by jobRpc (spec.workers.ports.jobData)"),
        Arguments.of(ChartLine.V0_6, "jobWorker:\n  ports:\n    data: 70000\n",
            "config.yaml:5:5: error: jobWorker.ports.data: "),
        Arguments.of(ChartLine.V0_6, "master:\n  nodeSelector:\n    Bad Key: x\n",
            "config.yaml:5:5: error: master.nodeSelector.\"Bad Key\": "),
        Arguments.of(ChartLine.V0_6, "worker:\n  nodeSelector:\n    a: 'bad value!'\n",
            "config.yaml:5:5: error: worker.nodeSelector.a: "),
        Arguments.of(ChartLine.V0_6, "fuse:\n  enabled: true\n  nodeSelector:\n    a: 'bad value!'\n",
            "config.yaml:6:5: error: fuse.nodeSelector.a: "),
        Arguments.of(ChartLine.V0_5, "nodeSelector:\n  Bad Key: x\n",
            "config.yaml:4:3: error: nodeSelector.\"Bad Key\": "),
        // Attributes the file leaves at the chart's default are placed at the nearest key the file gives.
        Arguments.of(ChartLine.V0_6, "master:\n  resources:\n    limits:\n      memory: 512Mi\n",
            "config.yaml:4:3: error: master.resources: must be less than or equal to memory limit of 512Mi "
                + "(spec.masters.master.resources.requests.memory)"),
        // A process inside an area (the masters' master) names its problems under both.
        Arguments.of(ChartLine.V0_6, "master:\n  jvmOptions: [Xmx4g]\n",
            "config.yaml:4:3: error: master.jvmOptions: \"Xmx4g\" is not a JVM option (it must start with '-', e.g. -Xmx4g) "
                + "(spec.masters.master.jvmOptions[0])"),
        Arguments.of(ChartLine.V0_6, "jobMaster:\n  jvmOptions: [Xmx4g]\n", "config.yaml:4:3: error: jobMaster.jvmOptions: "),
        Arguments.of(ChartLine.V0_6, "worker:\n  jvmOptions: [Xmx4g]\n", "config.yaml:4:3: error: worker.jvmOptions: "),
        Arguments.of(ChartLine.V0_6, "jobWorker:\n  jvmOptions: [Xmx4g]\n", "config.yaml:4:3: error: jobWorker.jvmOptions: "),
        Arguments.of(ChartLine.V0_6, "journal:\n  accessModes: [ReadWriteOnce, ReadWriteOnce]\n",
            "config.yaml:4:3: error: journal.accessModes: lists a mode twice"),
        Arguments.of(ChartLine.V0_6, "  alluxio.zookeeper.enabled: 'true'\n  alluxio.zookeeper.address: zk:2181\n"
            + "master:\n  count: 3\njournal:\n  volumeType: emptyDir\n",
            "config.yaml:8:3: error: journal.volumeType: 3 masters share one UFS journal folder, which needs a "
                + "persistentVolumeClaim"),
        Arguments.of(ChartLine.V0_6, "fuse:\n  enabled: true\n  jvmOptions: [Xmx1g]\n", "config.yaml:5:3: error: fuse.jvmOptions: "),
        Arguments.of(ChartLine.V0_6, "fuse:\n  enabled: true\n  mountOptions: ['-o']\n", "config.yaml:5:3: error: fuse.mountOptions: "),
        Arguments.of(ChartLine.V0_6, "worker:\n  fuseEnabled: true\nfuse:\n  mountPath: relative\n",
            "config.yaml:6:3: error: fuse.mountPath: "),
        Arguments.of(ChartLine.V0_6, "master:\n  properties:\n    alluxio.user.file.writetype.default: 'MUST CACHE'\n",
            "config.yaml:5:5: error: master.properties.\"alluxio.user.file.writetype.default\": the value may not contain white space"),
        Arguments.of(ChartLine.V0_6,
            "tieredstore:\n  levels:\n  - {level: 0, mediumtype: MEM, path: /dev/shm, quota: 1G, high: 1.5}\n",
            "config.yaml:5:60: error: tieredstore.levels[0].high: "),
        Arguments.of(ChartLine.V0_6, "tieredstore:\n  levels:\n  - {level: 0, alias: SSD, mediumtype: SSD, path: /mnt/a, quota: 1G}\n"
            + "  - {level: 1, alias: SSD, mediumtype: SSD, path: /mnt/b, quota: 1G}\n",
            "config.yaml:6:16: error: tieredstore.levels[1].alias: SSD is already the alias of levels[0]"),
        Arguments.of(ChartLine.V0_5, "domainHostPath: relative\n", "config.yaml:3:1: error: domainHostPath: "),
        Arguments.of(ChartLine.V0_6, "shortCircuit:\n  hostPath: relative\n", "config.yaml:4:3: error: shortCircuit.hostPath: "),
        Arguments.of(ChartLine.V0_5, "  alluxio.worker.data.server.domain.socket.address: relative\n",
            "config.yaml:3:3: error: properties.\"alluxio.worker.data.server.domain.socket.address\": "));
  }

  @ParameterizedTest
  @MethodSource("brokenAttributes")
  void aModelProblemPointsAtTheKeyItWasReadFrom(ChartLine line, String yaml, String expectedStart) {
    assertThat(errors(line, yaml)).anySatisfy(e -> assertThat(e).startsWith(expectedStart))
        .noneSatisfy(e -> assertThat(e).startsWith("config.yaml:1:1:"));
  }
}
