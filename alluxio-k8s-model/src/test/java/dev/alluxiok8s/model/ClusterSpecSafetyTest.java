package dev.alluxiok8s.model;

import static dev.alluxiok8s.model.check.ModelAssertions.problem;
import static dev.alluxiok8s.model.check.ModelAssertions.problemsOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.alluxiok8s.model.check.SpecRule;
import dev.alluxiok8s.model.journal.Journal;
import dev.alluxiok8s.model.metastore.Metastore;
import dev.alluxiok8s.model.metastore.MetastoreType;
import dev.alluxiok8s.model.process.JobMasterProcess;
import dev.alluxiok8s.model.master.Masters;
import dev.alluxiok8s.model.process.WorkerProcess;
import dev.alluxiok8s.model.tieredstore.MediumType;
import dev.alluxiok8s.model.tieredstore.TierDirectory;
import dev.alluxiok8s.model.tieredstore.TierLevel;
import dev.alluxiok8s.model.tieredstore.TieredStore;
import dev.alluxiok8s.model.ufs.UnderStorage;
import dev.alluxiok8s.model.worker.Workers;
import org.junit.jupiter.api.Test;

/** What a careless or hostile spec tries across parts: managed properties through JVM options, one directory twice, defaults it never wrote. */
class ClusterSpecSafetyTest {

  private static ImmutableClusterSpec.Builder spec() {
    return ClusterSpec.builder().underStorage(UnderStorage.at("s3a://my-bucket/alluxio/"));
  }

  @Test
  void aManagedPropertyCannotSlipInAsAJvmOption() {
    assertThat(problemsOf("ClusterSpec", () -> spec()
        .workers(Workers.builder().worker(WorkerProcess.builder().addJvmOptions("-Xmx2g", "-Dalluxio.master.journal.type=EMBEDDED")
            .build()).build())
        .masters(Masters.builder().jobMaster(JobMasterProcess.builder().addJvmOptions("-Dalluxio.job.master.hostname").build()).build())
        .build()))
        .containsExactly(
            problem(SpecRule.MANAGED_PROPERTY, "masters.jobMaster.jvmOptions[0]", "sets \"alluxio.job.master.hostname\", which is computed from "
                + "spec.masters (computed per master); set that instead"),
            problem(SpecRule.MANAGED_PROPERTY, "workers.worker.jvmOptions[1]", "sets \"alluxio.master.journal.type\", which is computed from "
                + "spec.journal.type; set that instead"));
  }

  @Test
  void theRenderersOwnBindHostsAreManaged() {
    assertThat(problemsOf("ClusterSpec", () -> spec().putProperties("alluxio.worker.bind.host", "1.2.3.4").build()))
        .containsExactly(problem(SpecRule.MANAGED_PROPERTY, "properties.\"alluxio.worker.bind.host\"",
            "is computed from spec.workers (bound to every address of the pod); set that instead"));
  }

  @Test
  void oneDirectoryGivenTwiceIsRefusedAtTheSecondSpelling() {
    TieredStore store = TieredStore.builder().addLevels(TierLevel.builder().alias(MediumType.SSD)
        .addDirectories(TierDirectory.at("/mnt/ssd", "1Gi"), TierDirectory.at("/mnt/ssd/", "1Gi"),
            TierDirectory.at("/mnt/ssd/inner", "1Gi")).build()).build();
    assertThat(problemsOf("ClusterSpec", () -> spec().tieredStore(store).build()))
        .containsExactly(
            problem(SpecRule.SAME_DIRECTORY, "tieredStore.levels[0].directories[1].path", "\"/mnt/ssd/\" is the same directory as, or nested with, "
                + "tieredStore.levels[0].directories[0].path (\"/mnt/ssd\"); give each tier directory its own"),
            problem(SpecRule.SAME_DIRECTORY, "tieredStore.levels[0].directories[2].path", "\"/mnt/ssd/inner\" is the same directory as, or nested "
                + "with, tieredStore.levels[0].directories[0].path (\"/mnt/ssd\"); give each tier directory its own"));
  }

  @Test
  void aCollisionWithADefaultIsReportedWhereTheUserWrote() {
    Metastore rocks = Metastore.builder().type(MetastoreType.ROCKS).build();
    assertThat(problemsOf("ClusterSpec", () -> spec().metastore(rocks).journal(Journal.builder().folder("/metastore/j").build()).build()))
        .containsExactly(problem(SpecRule.SAME_DIRECTORY, "journal.folder", "\"/metastore/j\" overlaps the RocksDB metastore, at /metastore by "
            + "default; choose another folder, or move the metastore with spec.metastore.mountPath"));
    assertThat(problemsOf("ClusterSpec", () -> spec().metastore(Metastore.builder().from(rocks).mountPath("/journal/").build()).build()))
        .containsExactly(problem(SpecRule.SAME_DIRECTORY, "metastore.mountPath", "\"/journal/\" overlaps the journal folder \"/journal\"; each needs its own volume"));
  }
}
