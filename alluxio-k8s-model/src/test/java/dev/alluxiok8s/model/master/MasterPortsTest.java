package dev.alluxiok8s.model.master;

import static dev.alluxiok8s.model.check.ModelAssertions.problem;
import static dev.alluxiok8s.model.check.ModelAssertions.problemsOf;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MasterPortsTest {

  @Test
  void defaultsAreAlluxios() {
    MasterPorts ports = MasterPorts.builder().build();
    assertThat(new int[] {ports.rpc(), ports.web(), ports.embedded(), ports.jobRpc(), ports.jobWeb(), ports.jobEmbedded()})
        .containsExactly(19998, 19999, 19200, 20001, 20002, 20003);
  }

  @Test
  void acceptsOtherDistinctPorts() {
    assertThat(MasterPorts.builder().rpc(9998).web(9999).build().rpc()).isEqualTo(9998);
  }

  @Test
  void refusesAPortUsedTwiceInThePod() {
    assertThat(problemsOf("MasterPorts", () -> MasterPorts.builder().web(19998).jobWeb(19200).build()))
        .containsExactly(
            problem("web", "port 19998 is already used by rpc"),
            problem("jobWeb", "port 19200 is already used by embedded"));
  }

  @Test
  void refusesAPortOutOfRange() {
    assertThat(problemsOf("MasterPorts", () -> MasterPorts.builder().jobEmbedded(70000).build()))
        .containsExactly(problem("jobEmbedded", "must be between 1 and 65535, inclusive, got 70000"));
  }
}
