package dev.alluxiok8s.validation.workload;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alluxiok8s.validation.finding.FieldPath;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A container of a pod template and its name. */
class PodTemplateTest {

  @Test
  void aContainerWithoutAStringNameHasAnEmptyName() {
    FieldPath at = FieldPath.ROOT.field("spec").field("containers").index(0);

    assertThat(new PodTemplate.Container(Map.of("name", "worker"), at, "containers").name()).isEqualTo("worker");
    assertThat(new PodTemplate.Container(Map.of(), at, "containers").name()).isEmpty();
    assertThat(new PodTemplate.Container(Map.of("name", 7), at, "containers").name()).isEmpty();
  }
}
