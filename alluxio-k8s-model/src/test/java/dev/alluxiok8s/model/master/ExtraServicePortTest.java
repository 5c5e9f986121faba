package dev.alluxiok8s.model.master;

import static dev.alluxiok8s.model.check.ModelAssertions.problem;
import static dev.alluxiok8s.model.check.ModelAssertions.problemsOf;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExtraServicePortTest {

  private static ExtraServicePort port(String name, int number) {
    return ExtraServicePort.builder().name(name).port(number).build();
  }

  @Test
  void aPortForwardsToTheSameNumberOverTcpUnlessTold() {
    ExtraServicePort exporter = port("exporter", 9100);
    assertThat(exporter.protocol()).isEqualTo("TCP");
    assertThat(exporter.effectiveTargetPort()).isEqualTo(9100);
    assertThat(ExtraServicePort.builder().from(exporter).targetPort(9101).build().effectiveTargetPort()).isEqualTo(9101);
  }

  @Test
  void takesEveryPortFrom1To65535OnBothSides() {
    assertThat(ExtraServicePort.builder().name("low").port(1).targetPort(65535).build().effectiveTargetPort()).isEqualTo(65535);
    assertThat(ExtraServicePort.builder().name("high").port(65535).targetPort(1).build().effectiveTargetPort()).isEqualTo(1);
  }

  @Test
  void refusesBadNamesNumbersAndProtocols() {
    assertThat(problemsOf("ExtraServicePort", () -> ExtraServicePort.builder().name("Exporter").port(0).targetPort(70000)
        .protocol("HTTP").build()))
        .containsExactly(
            problem("name", "\"Exporter\" is not a port name: must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)"),
            problem("port", "must be between 1 and 65535, inclusive, got 0"),
            problem("targetPort", "must be between 1 and 65535, inclusive, got 70000"),
            problem("protocol", "\"HTTP\" is not one of TCP, UDP, SCTP"));
  }

  @Test
  void theMastersRefuseExtraPortsThatMeetTheirOwnOrEachOther() {
    assertThat(problemsOf("Masters", () -> Masters.builder()
        .addExtraServicePorts(port("web", 9100), port("exporter", 19999), port("exporter", 9100)).build()))
        .containsExactly(
            problem("extraServicePorts[0].name", "name \"web\" is already used by alluxio-k8s's own port web"),
            problem("extraServicePorts[1].port", "port 19999 is already used by ports.web"),
            problem("extraServicePorts[2].name", "name \"exporter\" is already used by extraServicePorts[1]"),
            problem("extraServicePorts[2].port", "port 9100 is already used by extraServicePorts[0]"));
    assertThat(Masters.builder().addExtraServicePorts(port("exporter", 9100)).build().extraServicePorts()).hasSize(1);
  }
}
