package dev.alluxiok8s.model.pod;

import static dev.alluxiok8s.model.check.ModelAssertions.problem;
import static dev.alluxiok8s.model.check.ModelAssertions.problemsOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.alluxiok8s.kube.podsecurity.PodSecurityLevel;
import dev.alluxiok8s.model.ClusterSpec;
import dev.alluxiok8s.model.ImmutableClusterSpec;
import dev.alluxiok8s.model.check.SpecRule;
import dev.alluxiok8s.model.container.ClaimSource;
import dev.alluxiok8s.model.container.EmptyDirSource;
import dev.alluxiok8s.model.container.ExtraVolume;
import dev.alluxiok8s.model.container.HostPathSource;
import dev.alluxiok8s.model.container.ObjectVolumeSource;
import dev.alluxiok8s.model.container.Sidecar;
import dev.alluxiok8s.model.container.SidecarPort;
import dev.alluxiok8s.model.container.VolumeMount;
import dev.alluxiok8s.model.image.Image;
import dev.alluxiok8s.model.logserver.LogServer;
import dev.alluxiok8s.model.fuse.Fuse;
import dev.alluxiok8s.model.master.Masters;
import dev.alluxiok8s.model.metastore.Metastore;
import dev.alluxiok8s.model.metastore.MetastoreType;
import dev.alluxiok8s.model.proxy.Proxy;
import dev.alluxiok8s.model.security.PodSecurityExemption;
import dev.alluxiok8s.model.ufs.UnderStorage;
import dev.alluxiok8s.model.worker.Workers;
import org.junit.jupiter.api.Test;

class PodAdditionRulesTest {

  private static final Image SHIPPER = Image.builder().repository("fluent/fluent-bit").tag("2.2.0").build();
  private static final ExtraVolume SCRATCH = ExtraVolume.builder().name("scratch").emptyDir(EmptyDirSource.builder().build()).build();
  private static final ExtraVolume NODE_LOGS = ExtraVolume.builder().name("node-logs")
      .hostPath(HostPathSource.of("/var/log/alluxio")).build();

  /** A cluster on S3 with everything else at its defaults. */
  private static ImmutableClusterSpec.Builder spec() {
    return ClusterSpec.builder().underStorage(UnderStorage.at("s3a://my-bucket/alluxio/"));
  }

  @Test
  void aPodTakesVolumesMountsAndSidecarsThatReferToThem() {
    PodExtras pod = PodExtras.builder().addVolumes(SCRATCH, ExtraVolume.builder().name("ca")
            .configMap(ObjectVolumeSource.configMap("corp-ca")).build())
        .addVolumeMounts(VolumeMount.of("ca", "/etc-ca"))
        .addContainers(Sidecar.builder().name("shipper").image(SHIPPER).addVolumeMounts(VolumeMount.of("scratch", "/work"))
            .build())
        .shareProcessNamespace(true).build();

    ClusterSpec spec = spec().workers(Workers.builder().pod(pod).build()).build();

    assertThat(spec.workers().pod().containers()).extracting(Sidecar::name).containsExactly("shipper");
  }

  @Test
  void namesAndReferencesInsideOnePodAreCheckedTogether() {
    assertThat(problemsOf("PodExtras", () -> PodExtras.builder()
        .addVolumes(SCRATCH, SCRATCH, ExtraVolume.builder().name("alluxio-journal").persistentVolumeClaim(ClaimSource.of("j")).build())
        .addVolumeMounts(VolumeMount.of("scratch", "/work"), VolumeMount.of("missing", "/work/"))
        .addContainers(Sidecar.builder().name("shipper").image(SHIPPER).build(),
            Sidecar.builder().name("shipper").image(SHIPPER).build())
        .build()))
        .containsExactly(
            problem("volumes[1].name", "\"scratch\" is given twice"),
            problem(SpecRule.RESERVED_NAME, "volumes[2].name", "\"alluxio-journal\" is not available: volume names starting "
                + "with alluxio- are alluxio-k8s' own"),
            problem("volumeMounts[1].name", "\"missing\" is not one of the pod's volumes; declare it in volumes (declared: "
                + "alluxio-journal, scratch)"),
            problem("volumeMounts[1].mountPath", "\"/work/\" is mounted twice in one container"),
            problem("containers[1].name", "\"shipper\" is given twice"));
  }

  @Test
  void theNodesProcessesAndDirectoriesNeedADeclaredPrivilegedExemption() {
    PodExtras pod = PodExtras.builder().hostPID(true).addVolumes(NODE_LOGS).build();

    assertThat(problemsOf("ClusterSpec", () -> spec().masters(Masters.builder().pod(pod).build()).build()))
        .containsExactly(
            problem(SpecRule.HOST_ACCESS, "masters.pod.hostPID", "sharing the node's process namespace takes the pods to "
                + "Pod Security privileged; declare it with masters.podSecurity (level privileged and the reason), which "
                + "is written on the workload for the cluster's admission to see"),
            problem(SpecRule.HOST_ACCESS, "masters.pod.volumes[0].hostPath", "a node directory takes the pods below Pod "
                + "Security baseline; declare it with masters.podSecurity (level privileged and the reason), which is "
                + "written on the workload for the cluster's admission to see"));
    Masters declared = Masters.builder().pod(pod)
        .podSecurity(PodSecurityExemption.of(PodSecurityLevel.PRIVILEGED, "a profiler attaches from the node")).build();
    assertThat(spec().masters(declared).build().masters().pod().hostPID()).isTrue();
  }

  @Test
  void aSidecarMountsOnlyThePodsVolumes() {
    assertThat(problemsOf("PodExtras", () -> PodExtras.builder().addVolumes(SCRATCH)
        .addContainers(Sidecar.builder().name("shipper").image(SHIPPER)
            .addVolumeMounts(VolumeMount.of("scratch", "/work"), VolumeMount.of("logs", "/logs")).build())
        .build()))
        .containsExactly(problem("containers[0].volumeMounts[1].name", "\"logs\" is not one of the pod's volumes; declare it "
            + "in volumes (declared: scratch)"));
  }

  @Test
  void aBaselineExemptionDoesNotCoverTheNodesProcesses() {
    Masters baseline = Masters.builder().pod(PodExtras.builder().hostPID(true).build())
        .podSecurity(PodSecurityExemption.of(PodSecurityLevel.BASELINE, "a profiler attaches from the node")).build();

    assertThat(problemsOf("ClusterSpec", () -> spec().masters(baseline).build()))
        .containsExactly(problem(SpecRule.HOST_ACCESS, "masters.pod.hostPID", "sharing the node's process namespace takes "
            + "the pods to Pod Security privileged; declare it with masters.podSecurity (level privileged and the reason), "
            + "which is written on the workload for the cluster's admission to see"));
  }

  @Test
  void mountsStayOffTheClustersDirectoriesAndSidecarPortsOffTheComponents() {
    PodExtras pod = PodExtras.builder().addVolumes(SCRATCH)
        .addVolumeMounts(VolumeMount.of("scratch", "/dev/shm/cache"), VolumeMount.of("scratch", "/secrets/extra"))
        .addContainers(Sidecar.builder().name("exporter").image(SHIPPER)
            .addPorts(SidecarPort.builder().containerPort(30000).build()).build())
        .build();

    assertThat(problemsOf("ClusterSpec", () -> spec().workers(Workers.builder().pod(pod).build()).build()))
        .containsExactly(
            problem(SpecRule.RESERVED_NAME, "workers.pod.volumeMounts[0].mountPath", "\"/dev/shm/cache\" is the same "
                + "directory as, or nested with, /dev/shm (spec.tieredStore.levels[0].directories[0].path), which "
                + "alluxio-k8s mounts; choose a directory of its own"),
            problem(SpecRule.RESERVED_NAME, "workers.pod.volumeMounts[1].mountPath", "\"/secrets/extra\" is the same "
                + "directory as, or nested with, /secrets (where alluxio-k8s mounts Secrets and the metrics "
                + "configuration), which alluxio-k8s mounts; choose a directory of its own"),
            problem("workers.pod.containers[0].ports[0].containerPort", "30000 is already workers.ports.web in the same pod"));
  }

  @Test
  void mountsStayOffTheJournalTheMetastoreTheSocketAndFuse() {
    PodExtras pod = PodExtras.builder().addVolumes(SCRATCH).addVolumeMounts(VolumeMount.of("scratch", "/journal/x"),
        VolumeMount.of("scratch", "/rocks/x"), VolumeMount.of("scratch", "/opt/domain/x"), VolumeMount.of("scratch", "/mnt/alluxio-fuse"))
        .build();
    Fuse fuse = Fuse.builder().enabled(true).podSecurity(PodSecurityExemption.of(PodSecurityLevel.PRIVILEGED, "FUSE mounts"))
        .build();

    assertThat(problemsOf("ClusterSpec", () -> spec().workers(Workers.builder().pod(pod).build()).fuse(fuse)
        .metastore(Metastore.builder().type(MetastoreType.ROCKS).mountPath("/rocks").build()).build()))
        .containsExactly(
            problem(SpecRule.RESERVED_NAME, "workers.pod.volumeMounts[0].mountPath", "\"/journal/x\" is the same directory "
                + "as, or nested with, /journal (spec.journal.folder), which alluxio-k8s mounts; choose a directory of its own"),
            problem(SpecRule.RESERVED_NAME, "workers.pod.volumeMounts[1].mountPath", "\"/rocks/x\" is the same directory "
                + "as, or nested with, /rocks (spec.metastore.mountPath), which alluxio-k8s mounts; choose a directory of its own"),
            problem(SpecRule.RESERVED_NAME, "workers.pod.volumeMounts[2].mountPath", "\"/opt/domain/x\" is the same directory "
                + "as, or nested with, /opt/domain (spec.shortCircuit.mountPath), which alluxio-k8s mounts; choose a directory "
                + "of its own"),
            problem(SpecRule.RESERVED_NAME, "workers.pod.volumeMounts[3].mountPath", "\"/mnt/alluxio-fuse\" is the same "
                + "directory as, or nested with, /mnt/alluxio-fuse (spec.fuse.mountPoint), which alluxio-k8s mounts; choose a "
                + "directory of its own"));
  }

  @Test
  void volumeNamesTheRendererGivesItsOwnVolumesAreTaken() {
    assertThat(problemsOf("PodExtras", () -> PodExtras.builder().addVolumes(
        ExtraVolume.builder().name("socket-dir").emptyDir(EmptyDirSource.builder().build()).build(),
        ExtraVolume.builder().name("ssd-1-0").emptyDir(EmptyDirSource.builder().build()).build()).build()))
        .containsExactly(
            problem(SpecRule.RESERVED_NAME, "volumes[0].name", "\"socket-dir\" is not available: alluxio-k8s names one of its "
                + "own volumes so"),
            problem(SpecRule.RESERVED_NAME, "volumes[1].name", "\"ssd-1-0\" is not available: alluxio-k8s names one of its "
                + "own volumes so"));
  }

  @Test
  void fuseTheLogServerAndTheProxyNeedTheirOwnExemptionForTheNodesProcesses() {
    PodExtras hostPid = PodExtras.builder().hostPID(true).build();
    PodSecurityExemption mounts = PodSecurityExemption.of(PodSecurityLevel.PRIVILEGED, "FUSE mounts");

    assertThat(problemsOf("ClusterSpec", () -> spec()
        .fuse(Fuse.builder().enabled(true).podSecurity(PodSecurityExemption.of(PodSecurityLevel.BASELINE, "FUSE"))
            .pod(hostPid).build())
        .logServer(LogServer.builder().enabled(true).pod(hostPid).build())
        .proxy(Proxy.builder().enabled(true).pod(hostPid).build())
        .build()))
        .extracting(d -> d.path())
        .containsExactly("fuse.pod.hostPID", "logServer.pod.hostPID", "proxy.pod.hostPID");
    assertThat(spec().fuse(Fuse.builder().enabled(true).podSecurity(mounts).pod(hostPid).build()).build().fuse().pod().hostPID())
        .isTrue();
  }
}
