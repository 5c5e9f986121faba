package dev.alluxiok8s.model.mount;

import static dev.alluxiok8s.model.check.ModelAssertions.problem;
import static dev.alluxiok8s.model.check.ModelAssertions.problemsOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.alluxiok8s.model.ClusterSpec;
import dev.alluxiok8s.model.check.SpecRule;
import dev.alluxiok8s.model.metrics.Metrics;
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
}
