package dev.alluxiok8s.render.master;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alluxiok8s.model.AlluxioCluster;
import dev.alluxiok8s.model.master.ExtraServicePort;
import dev.alluxiok8s.model.master.Masters;
import dev.alluxiok8s.render.Clusters;
import io.kubernetes.client.openapi.models.V1Service;
import io.kubernetes.client.openapi.models.V1ServicePort;
import java.util.List;
import org.junit.jupiter.api.Test;

/** spec.masters.extraServicePorts on the governing Service and each master's own, after Alluxio's ports. */
class MasterServicePortsTest {

  @Test
  void everyMasterServiceCarriesTheExtraPortsAfterAlluxiosOwn() {
    AlluxioCluster cluster = Clusters.with(spec -> spec.masters(Masters.builder().count(1)
        .addExtraServicePorts(ExtraServicePort.builder().name("exporter").port(9100).build(),
            ExtraServicePort.builder().name("stats").port(8125).targetPort(18125).protocol("UDP").build())
        .build()));
    List<V1Service> services = new MasterRenderer(Clusters.context(cluster)).services().stream()
        .map(o -> (V1Service) o.object()).toList();

    assertThat(services).hasSize(2).allSatisfy(service -> assertThat(service.getSpec().getPorts())
        .extracting(p -> p.getName() + " " + p.getPort() + "->" + p.getTargetPort() + "/" + p.getProtocol())
        .containsExactly("rpc 19998->rpc/TCP", "web 19999->web/TCP", "job-rpc 20001->job-rpc/TCP",
            "job-web 20002->job-web/TCP", "exporter 9100->9100/TCP", "stats 8125->18125/UDP"));
  }

  @Test
  void noneByDefault() {
    List<V1ServicePort> ports = ((V1Service) new MasterRenderer(Clusters.context(Clusters.minimal())).services().get(0)
        .object()).getSpec().getPorts();
    assertThat(ports).extracting(V1ServicePort::getName).containsExactly("rpc", "web", "job-rpc", "job-web");
  }
}
