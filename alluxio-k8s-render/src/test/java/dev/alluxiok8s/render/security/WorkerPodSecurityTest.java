package dev.alluxiok8s.render.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alluxiok8s.kube.diagnostic.Remedy;
import dev.alluxiok8s.kube.diagnostic.Severity;
import dev.alluxiok8s.kube.podsecurity.PodSecurityLevel;
import dev.alluxiok8s.model.security.PodSecurityExemption;
import dev.alluxiok8s.model.shortcircuit.ShortCircuit;
import dev.alluxiok8s.model.tieredstore.MediumType;
import dev.alluxiok8s.model.tieredstore.TierDirectory;
import dev.alluxiok8s.model.tieredstore.TierLevel;
import dev.alluxiok8s.model.tieredstore.TieredStore;
import dev.alluxiok8s.model.worker.Workers;
import dev.alluxiok8s.render.Clusters;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkerPodSecurityTest {

  @Test
  void theDefaultsDeclareTheirOwnExemptionAndWarnAtTheAttributeThatMakesItExplicit() {
    ImpliedExemption implied = WorkerPodSecurity.implied(Clusters.minimal().spec()).orElseThrow();

    assertThat(implied.exemption().level()).isEqualTo(PodSecurityLevel.PRIVILEGED);
    assertThat(implied.exemption().reason()).isEqualTo("workers use host networking (spec.workers.hostNetwork, true"
        + " by default), so clients reach a worker at its node's address; short-circuit reads (spec.shortCircuit, on"
        + " by default) use the node directory /tmp/alluxio-domain (hostPath) for the domain socket");
    assertThat(implied.warning().severity()).isEqualTo(Severity.WARNING);
    assertThat(implied.warning().path()).isEqualTo("spec.workers.podSecurity");
    assertThat(implied.warning().message()).startsWith("workers fall below Pod Security baseline: workers use host networking")
        .endsWith("; the worker DaemonSet declares the exemption (level privileged) with this reason");
    // Both defaults would have to go to stay at baseline, so only the declaration is offered.
    assertThat(implied.warning().remedy())
        .isEqualTo(new Remedy.DeclareExemption("spec.workers.podSecurity", PodSecurityLevel.PRIVILEGED));
  }

  @Test
  void withOneDefaultLeftSwitchingItOffIsTheOtherWayOut() {
    ImpliedExemption implied = WorkerPodSecurity.implied(
        Clusters.with(spec -> spec.shortCircuit(ShortCircuit.disabled())).spec()).orElseThrow();

    assertThat(implied.exemption().reason()).doesNotContain("short-circuit");
    assertThat(implied.warning().remedy()).isEqualTo(new Remedy.AnyOf(List.of(
        new Remedy.DeclareExemption("spec.workers.podSecurity", PodSecurityLevel.PRIVILEGED),
        new Remedy.SetAttribute("spec.workers.hostNetwork", "false"))));
  }

  @Test
  void aDeclaredExemptionIsTheOneTheWorkersCarry() {
    PodSecurityExemption declared = PodSecurityExemption.of(PodSecurityLevel.PRIVILEGED, "host networking for locality");
    var spec = Clusters.with(s -> s.workers(Workers.builder().podSecurity(declared).build())).spec();

    assertThat(WorkerPodSecurity.implied(spec)).isEmpty();
    assertThat(WorkerPodSecurity.of(spec)).contains(declared);
  }

  @Test
  void workersThatNeedNothingOfTheNodeNeedNoExemption() {
    var spec = Clusters.with(s -> s.workers(Workers.builder().hostNetwork(false).build())
        .shortCircuit(ShortCircuit.disabled())).spec();

    assertThat(WorkerPodSecurity.of(spec)).isEmpty();
  }

  @Test
  void whatTheSpecAsksOfTheNodeItselfIsNotCoveredByADefault() {
    var ownSocketDirectory = Clusters.with(s -> s.shortCircuit(ShortCircuit.builder().hostPath("/var/alluxio").build()));
    var hostPathTier = Clusters.with(s -> s.tieredStore(TieredStore.builder().addLevels(TierLevel.builder()
        .alias(MediumType.SSD).addDirectories(TierDirectory.at("/mnt/ssd", "100Gi")).build()).build()));

    assertThat(WorkerPodSecurity.of(ownSocketDirectory.spec())).isEmpty();
    assertThat(WorkerPodSecurity.of(hostPathTier.spec())).isEmpty();
  }
}
