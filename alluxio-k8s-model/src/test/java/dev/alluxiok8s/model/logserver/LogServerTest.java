package dev.alluxiok8s.model.logserver;

import static dev.alluxiok8s.model.check.ModelAssertions.problem;
import static dev.alluxiok8s.model.check.ModelAssertions.problemsOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.alluxiok8s.kube.podsecurity.PodSecurityLevel;
import dev.alluxiok8s.model.check.SpecRule;
import dev.alluxiok8s.model.placement.DnsPolicy;
import dev.alluxiok8s.model.security.PodSecurityExemption;
import dev.alluxiok8s.model.volume.VolumeKind;
import org.junit.jupiter.api.Test;

class LogServerTest {

  @Test
  void offByDefaultOnAlluxiosPortWithAFourGibibyteClaim() {
    LogServer logServer = LogServer.builder().build();
    assertThat(logServer.enabled()).isFalse();
    assertThat(logServer.port()).isEqualTo(45600);
    assertThat(logServer.volume().kind()).isEqualTo(VolumeKind.PERSISTENT_VOLUME_CLAIM);
    assertThat(logServer.volume().size()).isEqualTo("4Gi");
    assertThat(logServer.hostNetwork()).isFalse();
    assertThat(logServer.effectiveDnsPolicy()).isEqualTo(DnsPolicy.CLUSTER_FIRST);
    assertThat(logServer.resources().limits()).containsEntry("memory", "2Gi");
  }

  @Test
  void keepsLogsOnANodeDirectoryWithADeclaredExemption() {
    LogServer logServer = LogServer.builder().enabled(true)
        .volume(LogVolume.builder().kind(VolumeKind.HOST_PATH).path("/var/log/alluxio").build())
        .podSecurity(PodSecurityExemption.of(PodSecurityLevel.PRIVILEGED, "logs on the node")).build();
    assertThat(logServer.volume().path()).contains("/var/log/alluxio");
  }

  @Test
  void refusesAHostPathVolumeWithoutAnExemptionAndABadPort() {
    assertThat(problemsOf("LogServer", () -> LogServer.builder().port(0)
        .volume(LogVolume.builder().kind(VolumeKind.HOST_PATH).path("/var/log/alluxio").build()).build()))
        .containsExactly(
            problem("port", "must be a port number from 1 to 65535, got 0"),
            problem("podSecurity", "a hostPath log volume is below the baseline Pod Security level: declare an "
                + "exemption with its reason (level privileged), or use kind persistentVolumeClaim or emptyDir"));
  }

  @Test
  void refusesAVolumeWhoseAttributesDoNotFitItsKind() {
    assertThat(problemsOf("LogVolume", () -> LogVolume.builder().kind(VolumeKind.HOST_PATH).storageClass("standard").build()))
        .containsExactly(
            problem("storageClass", "only applies to kind persistentVolumeClaim"),
            problem("path", "is required for kind hostPath: the node directory that holds the logs"));
    assertThat(problemsOf("LogVolume", () -> LogVolume.builder().size("10 gigs").path("/var/log").build()))
        .extracting(p -> p.path()).containsExactly("size", "path");
  }

  @Test
  void takesEveryPortFrom1To65535AndChecksItsProcessSettings() {
    assertThat(LogServer.builder().port(1).build().port()).isEqualTo(1);
    assertThat(LogServer.builder().port(65535).build().port()).isEqualTo(65535);
    assertThat(problemsOf("LogServer", () -> LogServer.builder().addJvmOptions("Xmx1g").build()))
        .containsExactly(problem("jvmOptions[0]", "\"Xmx1g\" is not a JVM option (it must start with '-', e.g. -Xmx4g)"));
  }

  @Test
  void refusesAVolumeOfNoSizeOrInMilliBytesOfABadClassOrOnASystemDirectory() {
    assertThat(problemsOf("LogVolume", () -> LogVolume.builder().size("0").storageClass("Fast_SSD").build()))
        .containsExactly(
            problem("size", "must be greater than 0"),
            problem("storageClass", "\"Fast_SSD\" is not a storage class name (lower-case letters, digits, '-' and '.')"));
    assertThat(problemsOf("LogVolume", () -> LogVolume.builder().size("512m").build()))
        .containsExactly(problem(SpecRule.SIZE_UNIT, "size", "\"512m\" is 0.512 bytes ('m' means milli); did you mean 512Mi?"));
    assertThat(problemsOf("LogVolume", () -> LogVolume.builder().kind(VolumeKind.HOST_PATH).path("/etc/alluxio-logs").build()))
        .containsExactly(problem(SpecRule.SAFE_PATH, "path", "\"/etc/alluxio-logs\" is inside /etc, a system directory on the "
            + "node; use a directory of its own, such as /mnt/alluxio-ssd"));
  }
}
