package dev.alluxiok8s.model.container;

import static dev.alluxiok8s.model.check.ModelAssertions.problem;
import static dev.alluxiok8s.model.check.ModelAssertions.problemsOf;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VolumeMountTest {

  @Test
  void writableUnlessToldAndAtAnyDepthOfItsVolume() {
    VolumeMount logs = VolumeMount.builder().name("scratch").mountPath("/logs").subPath("logs/today").build();
    assertThat(logs.readOnly()).isFalse();
    assertThat(logs.subPath()).contains("logs/today");
    assertThat(VolumeMount.builder().name("scratch").mountPath("/logs").subPath("..logs").build().subPath()).contains("..logs");
  }

  @Test
  void aSubPathStaysInsideItsVolume() {
    for (String escape : new String[] {"/etc", "../etc", "logs/../../etc", "logs/..", ""}) {
      assertThat(problemsOf("VolumeMount", () -> VolumeMount.builder().name("scratch").mountPath("/logs").subPath(escape).build()))
          .as(escape)
          .containsExactly(problem("subPath", "\"" + escape + "\" must be a relative path inside the volume, without '..'"));
    }
  }
}
