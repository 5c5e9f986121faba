package dev.alluxiok8s.model.proxy;

import static dev.alluxiok8s.model.check.ModelAssertions.problem;
import static dev.alluxiok8s.model.check.ModelAssertions.problemsOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.alluxiok8s.model.process.JvmMemory;
import org.junit.jupiter.api.Test;

class ProxyTest {

  @Test
  void offByDefaultADaemonSetOnAlluxiosPort() {
    Proxy proxy = Proxy.builder().build();
    assertThat(proxy.enabled()).isFalse();
    assertThat(proxy.kind()).isEqualTo(ProxyKind.DAEMON_SET);
    assertThat(proxy.replicas()).isEqualTo(1);
    assertThat(proxy.port()).isEqualTo(39999);
    assertThat(proxy.hostNetwork()).isFalse();
    assertThat(proxy.resources().limits()).containsEntry("cpu", "4").containsEntry("memory", "4Gi");
    // It moves file data, so its JVM gets the worker's direct memory, not the master's.
    assertThat(JvmMemory.defaultsOf(proxy)).isEqualTo(JvmMemory.WORKER);
  }

  @Test
  void aDeploymentTakesACount() {
    assertThat(Proxy.builder().kind(ProxyKind.DEPLOYMENT).replicas(3).build().replicas()).isEqualTo(3);
  }

  @Test
  void refusesACountForADaemonSetAndBadNumbers() {
    assertThat(problemsOf("Proxy", () -> Proxy.builder().replicas(2).build()))
        .containsExactly(problem("replicas", "only applies to kind Deployment: a DaemonSet runs one proxy per node"));
    assertThat(problemsOf("Proxy", () -> Proxy.builder().kind(ProxyKind.DEPLOYMENT).replicas(0).port(70000).build()))
        .containsExactly(
            problem("port", "must be a port number from 1 to 65535, got 70000"),
            problem("replicas", "must be at least 1, got 0"));
  }

  @Test
  void takesEveryPortFrom1To65535AndChecksItsProcessSettings() {
    assertThat(Proxy.builder().port(1).build().port()).isEqualTo(1);
    assertThat(Proxy.builder().port(65535).build().port()).isEqualTo(65535);
    assertThat(problemsOf("Proxy", () -> Proxy.builder().addJvmOptions("Xmx1g").build()))
        .containsExactly(problem("jvmOptions[0]", "\"Xmx1g\" is not a JVM option (it must start with '-', e.g. -Xmx4g)"));
  }
}
