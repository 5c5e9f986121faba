package dev.alluxiok8s.model.worker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alluxiok8s.model.placement.DnsPolicy;
import dev.alluxiok8s.model.process.JobWorkerProcess;
import dev.alluxiok8s.model.process.WorkerProcess;
import org.junit.jupiter.api.Test;

class WorkersTest {

  @Test
  void onTheHostNetworkByDefaultAsInAlluxiosGuide() {
    Workers workers = Workers.builder().build();
    assertThat(workers.hostNetwork()).isTrue();
    assertThat(workers.effectiveDnsPolicy()).isEqualTo(DnsPolicy.CLUSTER_FIRST_WITH_HOST_NET);
    assertThat(workers.worker()).isEqualTo(WorkerProcess.defaults());
    assertThat(workers.jobWorker()).isEqualTo(JobWorkerProcess.defaults());
  }

  @Test
  void offTheHostNetworkResolvesClusterNamesFirst() {
    assertThat(Workers.builder().hostNetwork(false).build().effectiveDnsPolicy()).isEqualTo(DnsPolicy.CLUSTER_FIRST);
    assertThat(Workers.builder().dnsPolicy(DnsPolicy.NONE).build().effectiveDnsPolicy()).isEqualTo(DnsPolicy.NONE);
  }
}
