package dev.alluxiok8s.model.check;

import static dev.alluxiok8s.model.check.ModelAssertions.found;
import static dev.alluxiok8s.model.check.ModelAssertions.problem;
import static dev.alluxiok8s.model.check.ModelAssertions.problemsOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.alluxiok8s.kube.diagnostic.Diagnostic;
import dev.alluxiok8s.kube.podsecurity.PodSecurityLevel;
import dev.alluxiok8s.model.ClusterSpec;
import dev.alluxiok8s.model.ImmutableClusterSpec;
import dev.alluxiok8s.model.fuse.Fuse;
import dev.alluxiok8s.model.logserver.LogServer;
import dev.alluxiok8s.model.master.Masters;
import dev.alluxiok8s.model.process.JobMasterProcess;
import dev.alluxiok8s.model.process.JobWorkerProcess;
import dev.alluxiok8s.model.process.JvmMemory;
import dev.alluxiok8s.model.process.MasterProcess;
import dev.alluxiok8s.model.process.Resources;
import dev.alluxiok8s.model.process.WorkerProcess;
import dev.alluxiok8s.model.proxy.Proxy;
import dev.alluxiok8s.model.security.PodSecurityExemption;
import dev.alluxiok8s.model.tieredstore.MediumType;
import dev.alluxiok8s.model.tieredstore.TierDirectory;
import dev.alluxiok8s.model.tieredstore.TierLevel;
import dev.alluxiok8s.model.tieredstore.TierVolume;
import dev.alluxiok8s.model.tieredstore.TieredStore;
import dev.alluxiok8s.model.ufs.UnderStorage;
import dev.alluxiok8s.model.volume.VolumeKind;
import dev.alluxiok8s.model.worker.Workers;
import org.junit.jupiter.api.Test;

class MemoryBudgetsTest {

  private static ImmutableClusterSpec.Builder spec() {
    return ClusterSpec.builder().underStorage(UnderStorage.at("s3a://bucket/alluxio/"));
  }

  private static TieredStore memoryTier(String quota, TierVolume volume) {
    return TieredStore.builder().addLevels(TierLevel.builder().alias(MediumType.MEM)
        .addDirectories(TierDirectory.builder().path("/dev/shm").quota(quota).volume(volume).build()).build()).build();
  }

  @Test
  void theDefaultsHoldTheirProcesses() {
    ClusterSpec spec = spec().fuse(Fuse.builder().enabled(true)
        .podSecurity(PodSecurityExemption.of(PodSecurityLevel.PRIVILEGED, "FUSE mounts")).build()).build();

    assertThat(found(p -> MemoryBudgets.check(spec, p))).isEmpty();
  }

  @Test
  void aMemoryTierOnTheNodesSharedMemoryCountsAgainstTheWorkersLimit() {
    // tiered-mem-ssd as it was: a 4Gi MEM tier on the node's /dev/shm in a 4Gi worker.
    assertThat(problemsOf("ClusterSpec", () -> spec()
        .tieredStore(memoryTier("4Gi", TierVolume.of(VolumeKind.HOST_PATH))).build()))
        .containsExactly(problem("workers.worker.resources.limits.memory", "4Gi is below what the process uses: "
            + "heap 1Gi + direct memory 512Mi + JVM overhead 256Mi + memory-backed tier directories 4Gi = 5888Mi; "
            + "raise the limit to at least 5888Mi, or lower -Xmx or -XX:MaxDirectMemorySize in "
            + "workers.worker.jvmOptions or the tier quotas"));
  }

  @Test
  void aMasterHeapAboveItsLimitIsRefused() {
    assertThat(problemsOf("ClusterSpec", () -> spec().masters(Masters.builder()
        .master(MasterProcess.builder().resources(Resources.of("1", "4Gi")).addJvmOptions("-Xmx4g").build())
        .build()).build()))
        .containsExactly(problem("masters.master.resources.limits.memory", "4Gi is below what the process uses: "
            + "heap 4Gi + direct memory 128Mi + JVM overhead 256Mi = 4480Mi; raise the limit to at least 4480Mi, or "
            + "lower -Xmx or -XX:MaxDirectMemorySize in masters.master.jvmOptions"));
  }

  /** What a process at {@code path} with a 1Gi limit is told when its JVM needs {@code total}. */
  private static Diagnostic below1Gi(String path, String heap, String direct, String total) {
    return problem(path + ".resources.limits.memory", "1Gi is below what the process uses: heap " + heap + " + direct memory "
        + direct + " + JVM overhead 256Mi = " + total + "; raise the limit to at least " + total + ", or lower -Xmx or "
        + "-XX:MaxDirectMemorySize in " + path + ".jvmOptions");
  }

  @Test
  void everyProcessThatRunsHasItsOwnBudget() {
    Resources oneGi = Resources.of("1", "1Gi");
    PodSecurityExemption mounts = PodSecurityExemption.of(PodSecurityLevel.PRIVILEGED, "FUSE mounts");

    assertThat(problemsOf("ClusterSpec", () -> spec()
        .masters(Masters.builder().jobMaster(JobMasterProcess.builder().resources(oneGi).addJvmOptions("-Xmx2g").build()).build())
        .workers(Workers.builder().jobWorker(JobWorkerProcess.builder().resources(oneGi).addJvmOptions("-Xmx2g").build()).build())
        .fuse(Fuse.builder().enabled(true).podSecurity(mounts).resources(oneGi).addJvmOptions("-Xmx2g").build())
        .logServer(LogServer.builder().enabled(true).resources(oneGi).addJvmOptions("-Xmx2g").build())
        .proxy(Proxy.builder().enabled(true).resources(oneGi).addJvmOptions("-Xmx2g").build())
        .build()))
        .containsExactly(
            below1Gi("masters.jobMaster", "2Gi", "128Mi", "2432Mi"),
            below1Gi("workers.jobWorker", "2Gi", "128Mi", "2432Mi"),
            below1Gi("fuse", "2Gi", "2Gi", "4352Mi"),
            below1Gi("logServer", "2Gi", "128Mi", "2432Mi"),
            below1Gi("proxy", "2Gi", "512Mi", "2816Mi"));
  }

  @Test
  void componentsThatDoNotRunAreNotBudgeted() {
    Resources oneGi = Resources.of("1", "1Gi");
    ClusterSpec spec = spec()
        .fuse(Fuse.builder().resources(oneGi).addJvmOptions("-Xmx8g").build())
        .logServer(LogServer.builder().resources(oneGi).addJvmOptions("-Xmx8g").build())
        .proxy(Proxy.builder().resources(oneGi).addJvmOptions("-Xmx8g").build())
        .build();

    assertThat(spec.proxy().jvmOptions()).containsExactly("-Xmx8g");
  }

  @Test
  void aWorkerWithoutMemoryBackedTiersIsToldOfItsJvmOnly() {
    TieredStore ssd = TieredStore.builder().addLevels(TierLevel.builder().alias(MediumType.SSD)
        .addDirectories(TierDirectory.at("/mnt/ssd", "500Gi")).build()).build();
    WorkerProcess worker = WorkerProcess.builder().resources(Resources.of("1", "1Gi")).addJvmOptions("-Xmx1g").build();

    assertThat(problemsOf("ClusterSpec", () -> spec().tieredStore(ssd).workers(Workers.builder().worker(worker).build()).build()))
        .containsExactly(below1Gi("workers.worker", "1Gi", "512Mi", "1792Mi"));
  }

  @Test
  void aLimitOfExactlyWhatTheJvmNeedsIsEnough() {
    MasterProcess exact = MasterProcess.builder().resources(Resources.of("1", "896Mi"))
        .addJvmOptions("-Xmx512m", "-XX:MaxDirectMemorySize=128m").build();
    MasterProcess short1Mi = MasterProcess.builder().resources(Resources.of("1", "895Mi"))
        .addJvmOptions("-Xmx512m", "-XX:MaxDirectMemorySize=128m").build();

    assertThat(spec().masters(Masters.builder().master(exact).build()).build().masters().master()).isEqualTo(exact);
    assertThat(problemsOf("ClusterSpec", () -> spec().masters(Masters.builder().master(short1Mi).build()).build()))
        .containsExactly(problem("masters.master.resources.limits.memory", "895Mi is below what the process uses: heap "
            + "512Mi + direct memory 128Mi + JVM overhead 256Mi = 896Mi; raise the limit to at least 896Mi, or lower -Xmx or "
            + "-XX:MaxDirectMemorySize in masters.master.jvmOptions"));
  }

  @Test
  void onlyTheWorkersJvmMakesRoomForTheMemoryTiers() {
    // The default tiered store holds 1Gi in RAM; a 2Gi worker leaves its JVM 768Mi beside the overhead.
    WorkerProcess worker = WorkerProcess.builder().resources(Resources.of("1", "2Gi")).build();
    MasterProcess master = MasterProcess.builder().resources(Resources.of("1", "1536Mi")).build();
    ClusterSpec spec = spec().masters(Masters.builder().master(master).build())
        .workers(Workers.builder().worker(worker).build()).build();

    assertThat(MemoryBudgets.jvmOf(spec, spec.workers().worker())).isEqualTo(new JvmMemory(512L << 20, 256L << 20));
    assertThat(MemoryBudgets.jvmOf(spec, spec.masters().master())).isEqualTo(JvmMemory.MASTER);
  }

  @Test
  void aMemoryBackedDirectoryWithoutAQuotaCannotBeBudgeted() {
    TieredStore noQuota = TieredStore.builder().addLevels(TierLevel.builder().alias(MediumType.MEM)
        .addDirectories(TierDirectory.builder().path("/dev/shm").build()).build()).build();

    assertThat(problemsOf("ClusterSpec", () -> spec().tieredStore(noQuota).build()))
        .containsExactly(problem("tieredStore.levels[0].directories[0].quota", "is required: the directory is "
            + "held in RAM, which counts against the worker's memory limit, so its size must be known"));
  }

  @Test
  void diskTiersAndUnlimitedWorkersAreNotCounted() {
    TieredStore ssd = TieredStore.builder().addLevels(TierLevel.builder().alias(MediumType.SSD)
        .addDirectories(TierDirectory.at("/mnt/ssd", "500Gi")).build()).build();
    WorkerProcess unlimited = WorkerProcess.builder().resources(Resources.builder().putRequests("cpu", "1").build())
        .build();

    assertThat(found(p -> MemoryBudgets.check(spec().tieredStore(ssd).build(), p))).isEmpty();
    assertThat(found(p -> MemoryBudgets.check(spec().workers(Workers.builder().worker(unlimited).build())
        .tieredStore(memoryTier("64Gi", TierVolume.of(VolumeKind.EMPTY_DIR))).build(), p))).isEmpty();
  }
}
