package dev.alluxiok8s.model.check;

import static dev.alluxiok8s.model.check.ModelAssertions.found;
import static dev.alluxiok8s.model.check.ModelAssertions.problem;
import static dev.alluxiok8s.model.check.ModelAssertions.problemsOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.alluxiok8s.kube.podsecurity.PodSecurityLevel;
import dev.alluxiok8s.model.ClusterSpec;
import dev.alluxiok8s.model.ImmutableClusterSpec;
import dev.alluxiok8s.model.fuse.Fuse;
import dev.alluxiok8s.model.master.Masters;
import dev.alluxiok8s.model.process.MasterProcess;
import dev.alluxiok8s.model.process.Resources;
import dev.alluxiok8s.model.process.WorkerProcess;
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
