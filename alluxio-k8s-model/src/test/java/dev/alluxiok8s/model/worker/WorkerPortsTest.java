package dev.alluxiok8s.model.worker;

import static dev.alluxiok8s.model.check.ModelAssertions.problem;
import static dev.alluxiok8s.model.check.ModelAssertions.problemsOf;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WorkerPortsTest {

  @Test
  void defaultsAreAlluxios() {
    WorkerPorts ports = WorkerPorts.builder().build();
    assertThat(new int[] {ports.rpc(), ports.web(), ports.jobRpc(), ports.jobData(), ports.jobWeb()})
        .containsExactly(29999, 30000, 30001, 30002, 30003);
  }

  @Test
  void refusesAPortUsedTwiceOrOutOfRange() {
    assertThat(problemsOf("WorkerPorts", () -> WorkerPorts.builder().jobData(29999).jobWeb(0).build()))
        .containsExactly(
            problem("jobData", "port 29999 is already used by rpc"),
            problem("jobWeb", "must be between 1 and 65535, inclusive, got 0"));
  }
}
