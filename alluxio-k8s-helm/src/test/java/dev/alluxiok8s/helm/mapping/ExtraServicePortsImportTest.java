package dev.alluxiok8s.helm.mapping;

import static dev.alluxiok8s.helm.mapping.TieredStoreImportTest.errors;
import static dev.alluxiok8s.helm.mapping.TieredStoreImportTest.read;
import static org.assertj.core.api.Assertions.assertThat;

import dev.alluxiok8s.helm.ChartLine;
import dev.alluxiok8s.model.master.ExtraServicePort;
import org.junit.jupiter.api.Test;

/** Chart 0.6.x's master.extraServicePorts onto spec.masters.extraServicePorts. */
class ExtraServicePortsImportTest {

  @Test
  void eachItemBecomesATcpPortToTheSameNumber() throws Exception {
    assertThat(read(ChartLine.V0_6, "master:\n  extraServicePorts:\n  - {name: exporter, port: 9100}\n")
        .cluster().spec().masters().extraServicePorts())
        .containsExactly(ExtraServicePort.builder().name("exporter").port(9100).build());
  }

  @Test
  void everyBadPortIsReportedAtItsKey() {
    assertThat(errors(ChartLine.V0_6, """
        master:
          extraServicePorts:
          - {name: Exporter, port: 9100}
          - {name: web, port: 9101}
          - {name: other, port: 19998}
          - {name: lonely}
        """)).containsExactlyInAnyOrder(
        "config.yaml:5:6: error: master.extraServicePorts[0].name: \"Exporter\" is not a port name: must contain only "
            + "alpha-numeric characters (a-z, 0-9), and hyphens (-) (spec.masters.extraServicePorts[0].name)",
        "config.yaml:6:6: error: master.extraServicePorts[1].name: name \"web\" is already used by alluxio-k8s's own "
            + "port web (spec.masters.extraServicePorts[0].name)",
        "config.yaml:7:19: error: master.extraServicePorts[2].port: port 19998 is already used by ports.rpc "
            + "(spec.masters.extraServicePorts[1].port)",
        "config.yaml:8:5: error: master.extraServicePorts[3]: an extra Service port needs name and port");
  }
}
