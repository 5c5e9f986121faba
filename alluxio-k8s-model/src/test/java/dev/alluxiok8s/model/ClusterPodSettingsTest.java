package dev.alluxiok8s.model;

import static dev.alluxiok8s.model.check.ModelAssertions.problem;
import static dev.alluxiok8s.model.check.ModelAssertions.problemsOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.alluxiok8s.kube.podsecurity.PodSecurityLevel;
import dev.alluxiok8s.model.check.SpecRule;
import dev.alluxiok8s.model.fuse.Fuse;
import dev.alluxiok8s.model.logserver.LogServer;
import dev.alluxiok8s.model.master.MasterPorts;
import dev.alluxiok8s.model.master.Masters;
import dev.alluxiok8s.model.placement.DnsPolicy;
import dev.alluxiok8s.model.proxy.Proxy;
import dev.alluxiok8s.model.security.PodSecurityExemption;
import dev.alluxiok8s.model.security.RunAs;
import dev.alluxiok8s.model.ufs.UnderStorage;
import dev.alluxiok8s.model.worker.WorkerPorts;
import dev.alluxiok8s.model.worker.Workers;
import org.junit.jupiter.api.Test;

/** What the cluster checks about its components' pods: DNS, ports on the node's network, the ServiceAccount. */
class ClusterPodSettingsTest {

  private static ImmutableClusterSpec.Builder spec() {
    return ClusterSpec.builder().underStorage(UnderStorage.at("s3a://my-bucket/alluxio/"));
  }

  private static String privilegedPort(int port) {
    return "port " + port + " is below 1024, which only root may bind on the node's network, and the processes run as "
        + "user 1000 without NET_BIND_SERVICE; use a port from 1024 up, or run the pods off the host network";
  }

  @Test
  void noComponentMayHaveTheDnsPolicyNone() {
    String none = "None needs a dnsConfig, which a spec cannot give: the pods would have no name server at all (the API "
        + "server refuses it); use ClusterFirst, ClusterFirstWithHostNet or Default";

    assertThat(problemsOf("ClusterSpec", () -> spec()
        .masters(Masters.builder().dnsPolicy(DnsPolicy.NONE).build())
        .workers(Workers.builder().dnsPolicy(DnsPolicy.NONE).build())
        .fuse(Fuse.builder().enabled(true).dnsPolicy(DnsPolicy.NONE)
            .podSecurity(PodSecurityExemption.of(PodSecurityLevel.PRIVILEGED, "FUSE mounts")).build())
        .logServer(LogServer.builder().enabled(true).dnsPolicy(DnsPolicy.NONE).build())
        .proxy(Proxy.builder().enabled(true).dnsPolicy(DnsPolicy.NONE).build())
        .build()))
        .containsExactly(
            problem(SpecRule.DNS_POLICY, "masters.dnsPolicy", none),
            problem(SpecRule.DNS_POLICY, "workers.dnsPolicy", none),
            problem(SpecRule.DNS_POLICY, "fuse.dnsPolicy", none),
            problem(SpecRule.DNS_POLICY, "logServer.dnsPolicy", none),
            problem(SpecRule.DNS_POLICY, "proxy.dnsPolicy", none));
  }

  @Test
  void portsBelow1024OnTheNodesNetworkNeedRoot() {
    ImmutableClusterSpec.Builder lowPorts = spec()
        .masters(Masters.builder().hostNetwork(true).ports(MasterPorts.builder().rpc(998).build()).build())
        .workers(Workers.builder().ports(WorkerPorts.builder().rpc(999).build()).build())
        .logServer(LogServer.builder().enabled(true).hostNetwork(true).port(1000).build())
        .proxy(Proxy.builder().enabled(true).hostNetwork(true).port(1001).build());

    assertThat(problemsOf("ClusterSpec", lowPorts::build))
        .containsExactly(
            problem(SpecRule.PRIVILEGED_PORT, "masters.ports.rpc", privilegedPort(998)),
            problem(SpecRule.PRIVILEGED_PORT, "workers.ports.rpc", privilegedPort(999)),
            problem(SpecRule.PRIVILEGED_PORT, "logServer.port", privilegedPort(1000)),
            problem(SpecRule.PRIVILEGED_PORT, "proxy.port", privilegedPort(1001)));
    assertThat(lowPorts.runAs(RunAs.root()).build().proxy().port()).isEqualTo(1001);
  }

  @Test
  void portsBelow1024OffTheNodesNetworkNeedNothing() {
    ClusterSpec spec = spec()
        .masters(Masters.builder().ports(MasterPorts.builder().rpc(998).build()).build())
        .workers(Workers.builder().hostNetwork(false).ports(WorkerPorts.builder().rpc(999).build()).build())
        .logServer(LogServer.builder().enabled(true).port(1000).build())
        .proxy(Proxy.builder().enabled(true).port(80).build())
        .build();

    assertThat(spec.proxy().port()).isEqualTo(80);
  }

  @Test
  void aHostNetworkProxyMeetsTheHostNetworkServersOfItsNode() {
    Workers onNode = Workers.builder().build();
    assertThat(problemsOf("ClusterSpec", () -> spec().workers(onNode)
        .proxy(Proxy.builder().enabled(true).hostNetwork(true).port(29999).build()).build()))
        .containsExactly(problem("proxy.port", "port 29999 is already used by workers.ports.rpc"));
    assertThat(problemsOf("ClusterSpec", () -> spec().masters(Masters.builder().hostNetwork(true).build())
        .proxy(Proxy.builder().enabled(true).hostNetwork(true).port(19999).build()).build()))
        .containsExactly(problem("proxy.port", "port 19999 is already used by masters.ports.web"));
  }

  @Test
  void aProxyOnlySharesPortsWhenItAndTheOtherAreOnTheNodesNetwork() {
    // The proxy on its own network, the masters off the node's network, the workers off it, the proxy disabled.
    assertThat(spec().proxy(Proxy.builder().enabled(true).port(29999).build()).build().proxy().port()).isEqualTo(29999);
    assertThat(spec().proxy(Proxy.builder().enabled(true).hostNetwork(true).port(19999).build()).build().proxy().port())
        .isEqualTo(19999);
    assertThat(spec().workers(Workers.builder().hostNetwork(false).build())
        .proxy(Proxy.builder().enabled(true).hostNetwork(true).port(29999).build()).build().proxy().port()).isEqualTo(29999);
    assertThat(spec().proxy(Proxy.builder().hostNetwork(true).port(29999).build()).build().proxy().port()).isEqualTo(29999);
  }

  @Test
  void theServiceAccountIsAKubernetesName() {
    assertThat(spec().serviceAccountName("alluxio.reader").build().serviceAccountName()).contains("alluxio.reader");
    assertThat(problemsOf("ClusterSpec", () -> spec().serviceAccountName("Alluxio_Reader").build()))
        .containsExactly(problem("serviceAccountName", "\"Alluxio_Reader\" is not a ServiceAccount name (a DNS-1123 "
            + "subdomain: lower-case letters, digits, '-' and '.', at most 253)"));
  }

  @Test
  void port1IsPrivilegedAnd1024IsNot() {
    Masters onNode = Masters.builder().hostNetwork(true).ports(MasterPorts.builder().rpc(1).web(1024).build()).build();

    assertThat(problemsOf("ClusterSpec", () -> spec().masters(onNode).build()))
        .containsExactly(problem(SpecRule.PRIVILEGED_PORT, "masters.ports.rpc", privilegedPort(1)));
  }
}
