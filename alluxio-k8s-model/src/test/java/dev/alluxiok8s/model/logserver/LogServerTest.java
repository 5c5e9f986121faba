package dev.alluxiok8s.model.logserver;

import static dev.alluxiok8s.model.check.ModelAssertions.problem;
import static dev.alluxiok8s.model.check.ModelAssertions.problemsOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.alluxiok8s.kube.podsecurity.PodSecurityLevel;
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
}
