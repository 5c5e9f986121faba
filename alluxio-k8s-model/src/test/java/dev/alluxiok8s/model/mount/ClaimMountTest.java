package dev.alluxiok8s.model.mount;

import static dev.alluxiok8s.model.check.ModelAssertions.problem;
import static dev.alluxiok8s.model.check.ModelAssertions.problemsOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.alluxiok8s.model.ClusterSpec;
import dev.alluxiok8s.model.ImmutableClusterSpec;
import dev.alluxiok8s.model.check.SpecRule;
import dev.alluxiok8s.model.metastore.Metastore;
import dev.alluxiok8s.model.metastore.MetastoreType;
import dev.alluxiok8s.model.metrics.Metrics;
import dev.alluxiok8s.model.shortcircuit.ShortCircuit;
import dev.alluxiok8s.model.tieredstore.MediumType;
import dev.alluxiok8s.model.tieredstore.TierDirectory;
import dev.alluxiok8s.model.tieredstore.TierLevel;
import dev.alluxiok8s.model.tieredstore.TieredStore;
import dev.alluxiok8s.model.ufs.UnderStorage;
import org.junit.jupiter.api.Test;

class ClaimMountTest {

  private static dev.alluxiok8s.model.ImmutableClusterSpec.Builder spec() {
    return ClusterSpec.builder().underStorage(UnderStorage.at("s3a://my-bucket/alluxio/"));
  }

  @Test
  void aClaimMountNamesAClaimAndASafeDirectory() {
    assertThat(ClaimMount.of("shared-jars", "/opt/extra-jars").claimName()).isEqualTo("shared-jars");
    assertThat(problemsOf("ClaimMount", () -> ClaimMount.of("Shared_Jars", "relative")))
        .extracting(d -> d.path()).containsExactly("claimName", "mountPath");
    assertThat(problemsOf("ClaimMount", () -> ClaimMount.of("jars", "/opt/alluxio/lib")))
        .extracting(d -> d.path()).containsExactly("mountPath");
  }

  @Test
  void claimMountsStayOffTheDirectoriesAlluxioK8sMounts() {
    // The default journal folder is /journal, the default MEM tier /dev/shm, the socket /opt/domain.
    assertThat(problemsOf("ClusterSpec", () -> spec().metrics(Metrics.builder().enabled(true).build())
        .addClaimMounts(ClaimMount.of("a", "/journal/x"), ClaimMount.of("b", "/secrets"), ClaimMount.of("c", "/config"),
            ClaimMount.of("d", "/configmaps/hadoop"))
        .build()))
        .containsExactly(
            problem(SpecRule.SAME_DIRECTORY, "claimMounts[0].mountPath", "\"/journal/x\" is the same directory as, or nested "
                + "with, spec.journal.folder (\"/journal\"), which alluxio-k8s mounts in the same containers; choose a "
                + "directory of its own"),
            problem(SpecRule.SAME_DIRECTORY, "claimMounts[1].mountPath", "\"/secrets\" is the same directory as, or nested "
                + "with, the Secrets of spec.secrets (\"/secrets\"), which alluxio-k8s mounts in the same containers; choose "
                + "a directory of its own"),
            problem(SpecRule.SAME_DIRECTORY, "claimMounts[2].mountPath", "\"/config\" is the same directory as, or nested "
                + "with, metrics.properties (spec.metrics) (\"/config/metrics\"), which alluxio-k8s mounts in the same "
                + "containers; choose a directory of its own"),
            problem(SpecRule.SAME_DIRECTORY, "claimMounts[3].mountPath", "\"/configmaps/hadoop\" is the same directory as, "
                + "or nested with, the ConfigMaps of spec.configMaps (\"/configmaps\"), which alluxio-k8s mounts in the same "
                + "containers; choose a directory of its own"));
  }

  @Test
  void aClaimIsMountedOnceAndTwoClaimsNeverHideEachOther() {
    assertThat(problemsOf("ClusterSpec", () -> spec()
        .addClaimMounts(ClaimMount.of("a", "/mnt/a"), ClaimMount.of("a", "/mnt/b"), ClaimMount.of("c", "/mnt/a/inner"))
        .build()))
        .containsExactly(
            problem("claimMounts[1].claimName", "claim \"a\" is already mounted by claimMounts[0]; mount it once"),
            problem(SpecRule.SAME_DIRECTORY, "claimMounts[2].mountPath", "\"/mnt/a/inner\" is the same directory as, or "
                + "nested with, claimMounts[0].mountPath (\"/mnt/a\"); one claim would hide the other"));
  }

  @Test
  void aClaimBesideOurDirectoriesIsFine() {
    ClusterSpec ok = spec().addClaimMounts(ClaimMount.of("jars", "/opt/extra-jars"), ClaimMount.of("data", "/mnt/data"))
        .build();
    assertThat(ok.claimMounts()).extracting(ClaimMount::mountPath).containsExactly("/opt/extra-jars", "/mnt/data");
  }

  @Test
  void claimMountsStayOffTheMetastoreTheTiersAndTheSocketDirectory() {
    // Two levels of two directories each: the claim lands on the second of the second.
    TieredStore tiers = TieredStore.builder()
        .addLevels(TierLevel.builder().alias(MediumType.MEM).addDirectories(TierDirectory.at("/dev/shm", "1Gi")).build())
        .addLevels(TierLevel.builder().alias(MediumType.SSD)
            .addDirectories(TierDirectory.at("/mnt/ssd0", "10Gi"), TierDirectory.at("/mnt/ssd1", "10Gi")).build())
        .build();
    ImmutableClusterSpec.Builder claims = spec().tieredStore(tiers)
        .addClaimMounts(ClaimMount.of("a", "/rocks/data"), ClaimMount.of("b", "/mnt/ssd1"), ClaimMount.of("c", "/opt/domain"));

    assertThat(problemsOf("ClusterSpec", () -> claims.metastore(Metastore.builder().type(MetastoreType.ROCKS).mountPath("/rocks")
        .build()).build()))
        .containsExactly(
            problem(SpecRule.SAME_DIRECTORY, "claimMounts[0].mountPath", "\"/rocks/data\" is the same directory as, or nested "
                + "with, spec.metastore.mountPath (\"/rocks\"), which alluxio-k8s mounts in the same containers; choose a "
                + "directory of its own"),
            problem(SpecRule.SAME_DIRECTORY, "claimMounts[1].mountPath", "\"/mnt/ssd1\" is the same directory as, or nested "
                + "with, spec.tieredStore.levels[1].directories[1].path (\"/mnt/ssd1\"), which alluxio-k8s mounts in the same "
                + "containers; choose a directory of its own"),
            problem(SpecRule.SAME_DIRECTORY, "claimMounts[2].mountPath", "\"/opt/domain\" is the same directory as, or nested "
                + "with, spec.shortCircuit.mountPath (\"/opt/domain\"), which alluxio-k8s mounts in the same containers; "
                + "choose a directory of its own"));
  }

  @Test
  void aHeapMetastoreAndADisabledSocketLeaveTheirDirectoriesFree() {
    ClusterSpec spec = spec().shortCircuit(ShortCircuit.disabled())
        .metastore(Metastore.builder().mountPath("/rocks").build())
        .addClaimMounts(ClaimMount.of("a", "/rocks/data"), ClaimMount.of("c", "/opt/domain")).build();

    assertThat(spec.claimMounts()).hasSize(2);
  }
}
